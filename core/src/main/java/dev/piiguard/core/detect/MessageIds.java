package dev.piiguard.core.detect;

/**
 * Tells the message ids of mail headers from e-mail addresses: {@code Message-ID:
 * <20240312.4F3A@mail.example>} has the shape of an address but names a mail, and every ticket
 * that quotes mail headers has some.
 */
final class MessageIds {
  /** Mail headers whose {@code <…@…>} values are message ids, not addresses. */
  private static final String[] HEADERS = {
    "message-id", "in-reply-to", "references", "content-id", "resent-message-id", "x-message-id"
  };
  /** How far back a message id's header name may be: the ids before it in a References line. */
  private static final int REACH = 2048;

  private MessageIds() {}

  /**
   * Whether the address-like value at {@code localStart} is in angle brackets after a header
   * that holds message ids ({@code Message-ID: <20240312.4F3A@mail.example>}, {@code
   * References: <a@x.example> <b@x.example>}): the id of a mail, in every ticket with mail
   * headers, not anyone's address.
   */
  static boolean isMessageId(Text text, int localStart) {
    int limit = Math.max(text.start(), localStart - REACH);
    int i = localStart - 1;
    while (i > limit && text.at(i) != '<') {
      int c = text.at(i);
      if (c == ' ' || c == '>' || c == '\n' || c == '"') {
        return false;
      }
      i--;
    }
    if (text.at(i) != '<') {
      return false;
    }
    i--;
    while (i > limit) { // back over spaces, quotes, line breaks and the ids before this one
      int c = text.at(i);
      if (c == '>') {
        while (i > limit && text.at(i) != '<') {
          i--;
        }
      } else if (!isBetweenIds(text, i)) {
        break;
      }
      i--;
    }
    if (text.at(i) != ':') {
      return false;
    }
    int nameEnd = text.at(i - 1) == '"' ? i - 1 : i;
    for (String header : HEADERS) {
      int start = nameEnd - header.length();
      if (text.matchesIgnoreCase(start, header) && !Ascii.isWordChar(text.before(start))
          && text.before(start) != '-') {
        return true;
      }
    }
    return false;
  }

  /** Whether the unit at {@code i} may stand between message ids: space, quote, escape. */
  private static boolean isBetweenIds(Text text, int i) {
    int c = text.at(i);
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\\'
        || text.endsEscape(i);
  }
}
