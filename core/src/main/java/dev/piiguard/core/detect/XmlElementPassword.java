package dev.piiguard.core.detect;

/**
 * A password as the content of an XML element named for it ({@link SecretFormat.Kind#PASSWORD}
 * with the sign {@code >}): Maven's {@code <password>…</password>}, WS-Security's {@code
 * <wsse:Password Type="…#PasswordText">…</wsse:Password>} as SOAP clients log it, and the
 * element of a key or name attribute ({@code <entry key="password">…</entry>}). The content
 * must be the whole element, up to its closing tag, and hold no space, so that markup and prose
 * stay quiet.
 */
final class XmlElementPassword {
  /** How far before a tag's name its {@code <} may be: a namespace prefix, {@code wsse:}. */
  private static final int MAX_TAG_PREFIX = 32;
  /** How far back the content before a closing tag is read, in units: within the lookbehind. */
  private static final int MAX_BACKWARD_UNITS = 128;

  private XmlElementPassword() {}

  /**
   * Where the content after the password name that starts at {@code nameStart} and its sign at
   * {@code sign} starts: after an opening tag ({@code <password>}), before a closing tag ({@code
   * </wsse:Password>}), or after the tag of a key or name attribute whose value's closing quote
   * is the sign ({@code <entry key="password">}); -1 when there is none.
   */
  static int valueStart(Text text, int nameStart, int sign) {
    if (text.at(sign) != '>') {
      return isAttributeElement(text, sign, sign + 2) ? sign + 2 : -1;
    }
    int tag = tagStart(text, nameStart);
    if (tag < 0) {
      return -1;
    }
    return isClosingTag(text, tag) ? contentStartBefore(text, tag) : sign + 1;
  }

  /**
   * The end of the content that starts at {@code start} (see {@link #valueStart}), or -1 when it
   * is longer than {@code maxLength} characters or runs up to no closing tag.
   */
  static int valueEnd(Text text, int start, int sign, int maxLength) {
    if (start > sign) {
      return contentEnd(text, start, maxLength);
    }
    int end = start;
    while (text.at(end) != '<') {
      end++; // before a closing tag: contentStartBefore read the content up to it
    }
    return text.codePointCount(start, end) <= maxLength ? end : -1;
  }

  /**
   * Where the tag whose name ends with the password name starting at {@code nameStart} starts
   * (its {@code <}), or -1 when the name is not a tag's ({@code <password>}, {@code
   * </wsse:Password>}, {@code <db.password>}).
   */
  private static int tagStart(Text text, int nameStart) {
    int i = nameStart - 1;
    while (nameStart - i <= MAX_TAG_PREFIX && isNameChar(text.at(i))) {
      i--;
    }
    if (text.at(i) == '/') {
      i--;
    }
    return text.at(i) == '<' ? i : -1;
  }

  /** Whether the tag that starts at {@code tagStart} is a closing one. */
  private static boolean isClosingTag(Text text, int tagStart) {
    return text.at(tagStart + 1) == '/';
  }

  /**
   * The end of the content that starts at {@code start}, right after an opening tag, or -1 when
   * it is empty or does not run up to a closing tag ({@code </}).
   */
  private static int contentEnd(Text text, int start, int maxLength) {
    int i = start;
    for (int characters = 0; characters <= maxLength; characters++) {
      int length = contentCharLength(text, i);
      if (length == 0) {
        return i > start && text.at(i) == '<' && text.at(i + 1) == '/' ? i : -1;
      }
      i += length;
    }
    return -1;
  }

  /**
   * The start of the content that ends at the closing tag at {@code tagStart}, when the opening
   * tag before it has attributes ({@code <wsse:Password Type="…">}; one without is read from its
   * own end); -1 when there is none.
   */
  private static int contentStartBefore(Text text, int tagStart) {
    int i = tagStart;
    while (tagStart - i < MAX_BACKWARD_UNITS) {
      int previous = text.codePointStartBefore(i);
      if (previous < text.start() || contentCharLength(text, previous) != i - previous) {
        break;
      }
      i = previous;
    }
    int quote = text.at(i - 2);
    return i < tagStart && text.at(i - 1) == '>' && (quote == '"' || quote == '\'') ? i : -1;
  }

  /**
   * Whether the content of the element of a key or name attribute starts at {@code start}: its
   * value, whose closing quote is at {@code closingQuote}, comes after {@code key=} or {@code
   * name=} and right before the tag's end ({@code <entry key="password">}).
   */
  static boolean isAttributeElement(Text text, int closingQuote, int start) {
    if (text.at(start - 1) != '>') {
      return false;
    }
    int i = closingQuote - 1;
    while (closingQuote - i <= MAX_TAG_PREFIX && isNameChar(text.at(i))) {
      i--;
    }
    return text.at(i) == text.at(closingQuote) && text.at(i - 1) == '='
        && (text.matchesIgnoreCase(i - 4, "key") || text.matchesIgnoreCase(i - 5, "name"));
  }

  /**
   * The units of the content's character at {@code i}, or 0 at a space, a tag's sign or a
   * character beyond ASCII that is not part of a value ({@link NamedPassword#nonAsciiLength}).
   */
  private static int contentCharLength(Text text, int i) {
    int unit = text.at(i);
    if (unit > ' ' && unit < 0x7F) {
      return unit == '<' || unit == '>' ? 0 : 1;
    }
    return unit < 0x80 ? 0 : NamedPassword.nonAsciiLength(text, i);
  }

  private static boolean isNameChar(int c) {
    return Ascii.isWordChar(c) || c == '.' || c == '-' || c == ':';
  }
}
