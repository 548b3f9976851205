package dev.piiguard.core.detect;

/**
 * Tells the message ids of mail headers from e-mail addresses: {@code Message-ID:
 * <20240312.4F3A@mail.example>} has the shape of an address but names a mail, and every ticket
 * that quotes mail headers has some.
 */
final class MessageIds {
  /**
   * How the names of headers and keys whose {@code <…@…>} values are message ids end, their
   * letters in lower case without dashes and underscores: {@code Message-ID}, {@code
   * X-Google-Original-Message-ID}, {@code messageId} as nodemailer logs it, {@code message_id},
   * {@code In-Reply-To}, {@code References}, {@code Content-ID}.
   */
  private static final String[] NAME_ENDINGS = {"messageid", "inreplyto", "references", "contentid"};
  /** The most units of a name read back. */
  private static final int MAX_NAME = 48;
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
    if (text.at(i) != ':' && text.at(i) != '=') {
      return false;
    }
    i--;
    while (i > limit && (text.at(i) == ' ' || text.at(i) == '"' || text.at(i) == '\'')) {
      i--; // "messageId":, {'Message-ID': …
    }
    return namesMessageIds(text, i);
  }

  /**
   * Whether the header or key name that ends at {@code last} ends as one of {@link
   * #NAME_ENDINGS} does, at a part of the name ({@code X-Message-ID}, {@code originalMessageId};
   * not {@code xmessageid}).
   */
  private static boolean namesMessageIds(Text text, int last) {
    for (String ending : NAME_ENDINGS) {
      int i = last;
      int k = ending.length() - 1;
      while (k >= 0 && last - i < MAX_NAME) {
        int c = text.at(i);
        if (c == '-' || c == '_') {
          i--;
        } else if (Ascii.isLetter(c) && Ascii.toLower(c) == ending.charAt(k)) {
          i--;
          k--;
        } else {
          break;
        }
      }
      if (k < 0 && startsNamePart(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a part of a name starts at {@code i}: after a dash, an underscore or no letter, or as
   * the upper-case start of a camel-case part ({@code messageId}'s {@code m}, {@code
   * originalMessageId}'s {@code M}).
   */
  private static boolean startsNamePart(Text text, int i) {
    int before = text.before(i);
    return !Ascii.isLetter(before) || Ascii.isUpper(text.at(i)) && Ascii.isLower(before);
  }

  /** Whether the unit at {@code i} may stand between message ids: space, quotes, escape. */
  private static boolean isBetweenIds(Text text, int i) {
    int c = text.at(i);
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\''
        || c == '\\' || text.endsEscape(i);
  }
}
