package dev.piiguard.core.detect;

/**
 * The armor of a private key: a PEM block (RFC 7468) or an OpenPGP one (RFC 4880, section 6.2)
 * from its {@code -----BEGIN} line, whose label ends with {@code PRIVATE KEY} or {@code PRIVATE
 * KEY BLOCK}, to its {@code -----END} line. Certificates and public keys are no secret and are
 * left alone.
 */
final class PrivateKeyBlock {
  private static final String DASHES = "-----";
  private static final String END_LINE = "-----END ";
  private static final int MAX_LABEL_LENGTH = 40;
  /**
   * The shortest run of base64 that counts as a line of a key (PEM writes 64 characters a line,
   * OpenSSH 70): prose after a {@code BEGIN} line has no such run.
   */
  private static final int MIN_LINE = 40;
  /** The most characters of header lines before the first line of base64. */
  private static final int MAX_HEADERS = 256;
  /**
   * What may stand before the first line of base64 besides the alphabet: line breaks, also
   * written as JSON escapes, and the header lines of encrypted PEM and of OpenPGP ({@code
   * Proc-Type: 4,ENCRYPTED}, {@code Comment: Alice <alice@example.org>}).
   */
  private static final String BEFORE_BASE64 = " \t\r\n\\:,-.()<>@'";
  /** What may stand between the lines of base64: line breaks, also as JSON escapes, or spaces. */
  private static final String BETWEEN_BASE64 = " \t\r\n\\";
  /** Base64 characters decoded to read a {@code BEGIN} line: 60 bytes, more than the longest. */
  private static final int DECODED_LINE_BASE64 = 80;
  /** The most white space between two string literals a key is written in. */
  private static final int MAX_CONCATENATION_GAP = 24;

  private PrivateKeyBlock() {}

  /**
   * The end of the private key block whose {@code -----BEGIN} ends at {@code beginEnd}: after its
   * {@code -----END …-----} line, or after its last character of base64 when the text stops
   * before that line (a cut log line), or after the {@code -----BEGIN} line itself when nothing
   * but white space follows it in the text (a scan line by line, as {@code piiguard scan} does,
   * sees the key's lines apart). Returns -1 when the label names no private key, or the body has
   * no line of base64 or fewer than {@code minLength} characters of {@code alphabet}; looks at
   * most {@code maxLength} characters past the label. A key written as string literals joined in
   * source code ({@code "…\\n" +} on each line) is read through the quotes.
   */
  static int end(Text text, int beginEnd, boolean[] alphabet, int minLength, int maxLength) {
    if (text.at(beginEnd) != ' ') {
      return -1;
    }
    int labelEnd = labelEnd(text, beginEnd + 1);
    if (!text.matches(labelEnd, DASHES) || !namesPrivateKey(text, labelEnd)) {
      return -1;
    }
    int bodyStart = labelEnd + DASHES.length();
    if (onlySpaceFollows(text, bodyStart)) {
      return bodyStart;
    }
    int limit = bodyStart + maxLength;
    int base64Count = 0;
    int lastBase64End = -1;
    int run = 0;
    boolean inBase64 = false;
    for (int i = bodyStart; i < limit; i++) {
      int c = text.at(i);
      if (c == '-' && text.matches(i, END_LINE)) {
        int endLabelEnd = labelEnd(text, i + END_LINE.length());
        boolean closed = text.matches(endLabelEnd, DASHES);
        boolean enough = inBase64 && base64Count >= minLength;
        return !enough ? -1 : closed ? endLabelEnd + DASHES.length() : i;
      }
      if (c >= 0 && c < 128 && alphabet[c]) {
        base64Count++;
        lastBase64End = i + 1;
        inBase64 |= ++run >= MIN_LINE;
        continue;
      }
      run = 0;
      int concatenated = c == '"' || c == '\'' ? concatenationEnd(text, i, c) : -1;
      if (concatenated > 0) {
        i = concatenated - 1;
      } else if (c < 0 || (inBase64 ? BETWEEN_BASE64 : BEFORE_BASE64).indexOf(c) < 0
          || !inBase64 && i - bodyStart > MAX_HEADERS) {
        break;
      }
    }
    return inBase64 && base64Count >= minLength ? lastBase64End : -1;
  }

  /** Whether only white space and backslashes, or JSON escapes of line breaks, end the text. */
  private static boolean onlySpaceFollows(Text text, int from) {
    int i = from;
    while (i < text.end()) {
      int c = text.at(i);
      if (c == '\\' && text.isLineBreakEscape(i)) {
        i = text.escapeEnd(i);
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\') {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the next string literal's content starts when the {@code quote} at {@code i} closes one
   * that the next continues ({@code "…" +⏎ "…"}, or Python's {@code "…"⏎ "…"}); -1 otherwise.
   */
  private static int concatenationEnd(Text text, int i, int quote) {
    int j = i + 1;
    boolean plus = false;
    while (j - i < MAX_CONCATENATION_GAP) {
      int c = text.at(j);
      if (c == '+' && !plus) {
        plus = true;
      } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      j++;
    }
    return j > i + 1 && text.at(j) == quote ? j + 1 : -1;
  }

  /**
   * Whether the base64 from {@code start} to {@code end} decodes to the {@code -----BEGIN} line of
   * a private key; {@code scratch} takes the decoded start.
   */
  static boolean isBase64OfOne(Text text, int start, int end, StringBuilder scratch) {
    scratch.setLength(0);
    Base64Text.decode(text, start, Math.min(end, start + DECODED_LINE_BASE64), scratch);
    String begin = "-----BEGIN ";
    int labelEnd = scratch.indexOf(DASHES, begin.length());
    boolean privateKey = scratch.indexOf(begin) == 0 && labelEnd > 0
        && (endsWith(scratch, labelEnd, " PRIVATE KEY")
          || endsWith(scratch, labelEnd, " PRIVATE KEY BLOCK"));
    scratch.setLength(0);
    return privateKey;
  }

  private static boolean endsWith(CharSequence chars, int end, String suffix) {
    int start = end - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (chars.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int labelEnd(Text text, int labelStart) {
    int i = labelStart;
    while (i - labelStart < MAX_LABEL_LENGTH && (Ascii.isUpper(text.at(i)) || text.at(i) == ' ')) {
      i++;
    }
    return i;
  }

  private static boolean namesPrivateKey(Text text, int labelEnd) {
    return endsWithWords(text, labelEnd, "PRIVATE KEY")
        || endsWithWords(text, labelEnd, "PRIVATE KEY BLOCK");
  }

  /** Whether the label ending at {@code end} ends with {@code words}, a space before them. */
  private static boolean endsWithWords(Text text, int end, String words) {
    int start = end - words.length();
    return text.matches(start, words) && text.at(start - 1) == ' ';
  }
}
