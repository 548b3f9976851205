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
   * What may stand between the lines of base64 besides the alphabet: line breaks, also written as
   * JSON escapes, and the header lines of encrypted PEM and of OpenPGP ({@code Proc-Type: 4,
   * ENCRYPTED}, {@code Version: GnuPG v2.0.22}).
   */
  private static final String BETWEEN_BASE64 = " \t\r\n\\:,-.()";

  private PrivateKeyBlock() {}

  /**
   * The end of the private key block whose {@code -----BEGIN} ends at {@code beginEnd}: after its
   * {@code -----END …-----} line, or after its last character of base64 when the text stops
   * before that line (a cut log line), or after the {@code -----BEGIN} line itself when the text
   * ends there (a scan line by line, as {@code piiguard scan} does, sees the key's lines apart).
   * Returns -1 when the label names no private key or the body has fewer than {@code minLength}
   * characters of {@code alphabet}; looks at most {@code maxLength} characters past the label.
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
    if (text.at(bodyStart) < 0) {
      return bodyStart;
    }
    int limit = bodyStart + maxLength;
    int base64Count = 0;
    int lastBase64End = -1;
    for (int i = bodyStart; i < limit; i++) {
      int c = text.at(i);
      if (c == '-' && text.matches(i, END_LINE)) {
        int endLabelEnd = labelEnd(text, i + END_LINE.length());
        boolean closed = text.matches(endLabelEnd, DASHES);
        return base64Count < minLength ? -1 : closed ? endLabelEnd + DASHES.length() : i;
      }
      if (c >= 0 && c < 128 && alphabet[c]) {
        base64Count++;
        lastBase64End = i + 1;
      } else if (c < 0 || BETWEEN_BASE64.indexOf(c) < 0) {
        break;
      }
    }
    return base64Count < minLength ? -1 : lastBase64End;
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
