package dev.piiguard.core.json;

/**
 * Writes text as the content of a JSON string. Escapes what JSON requires (quote, backslash,
 * control characters) and also DEL, the C1 control characters (of which U+0085, next line, ends a
 * line for Python's {@code str.splitlines}), the line and paragraph separators U+2028 and U+2029
 * (which end a line in JavaScript) and lone surrogates (which no UTF-8 encoder can write), so
 * that the output is valid JSON, UTF-8 safe and one line for any reader of JSON Lines.
 */
public final class JsonStrings {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /** Appends {@code value} in double quotes, escaped. */
  public static void appendQuoted(StringBuilder out, CharSequence value) {
    out.append('"');
    appendEscaped(out, value);
    out.append('"');
  }

  /** Appends {@code value} escaped as the content of a JSON string, without quotes. */
  public static void appendEscaped(StringBuilder out, CharSequence value) {
    int length = value.length();
    int plain = 0;
    while (plain < length && !mayNeedEscape(value.charAt(plain))) {
      plain++;
    }
    out.append(value, 0, plain);
    for (int i = plain; i < length; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
              || isLoneSurrogate(value, i)) {
            out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** {@code value} escaped as the content of a JSON string, without quotes. */
  public static String escape(CharSequence value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    appendEscaped(out, value);
    return out.toString();
  }

  private static boolean mayNeedEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F && c <= 0x9F || c >= '\u2028';
  }

  private static boolean isLoneSurrogate(CharSequence value, int index) {
    char c = value.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(value.charAt(index - 1));
    }
    return false;
  }
}
