package dev.piiguard.core.known;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings a value takes inside a JSON string as common serialisers write it: the escapes
 * JSON requires ({@code \"}, {@code \\}, control characters), with characters beyond ASCII kept
 * or written as {@code \u00fc} (lower-case hex, as Python writes them) or {@code \u00FC} (upper
 * case, as Jackson's {@code ESCAPE_NON_ASCII} does), and the characters Gson escapes for HTML
 * ({@code <}, {@code >}, {@code &}, {@code =}, {@code '}) kept or escaped: {@code O'Brien} is
 * {@code O\u0027Brien} in a body Gson wrote.
 */
final class JsonSpellings {
  private static final String HTML_UNSAFE = "<>&='";

  private JsonSpellings() {}

  /** The spellings of {@code value} other than itself, none longer than {@code maxLength}. */
  static Set<String> of(String value, int maxLength) {
    Set<String> spellings = new LinkedHashSet<>();
    for (NonAscii nonAscii : NonAscii.values()) {
      for (boolean htmlSafe : new boolean[] {false, true}) {
        String spelling = escaped(value, nonAscii, htmlSafe);
        if (!spelling.equals(value) && spelling.length() <= maxLength) {
          spellings.add(spelling);
        }
      }
    }
    return spellings;
  }

  /** How characters beyond ASCII are written. */
  private enum NonAscii { KEPT, LOWER_CASE_HEX, UPPER_CASE_HEX }

  private static String escaped(String value, NonAscii nonAscii, boolean htmlSafe) {
    StringBuilder spelling = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char unit = value.charAt(i);
      if (unit == '"' || unit == '\\') {
        spelling.append('\\').append(unit);
      } else if (unit < 0x20 || unit > 0x7E && nonAscii != NonAscii.KEPT
          || htmlSafe && HTML_UNSAFE.indexOf(unit) >= 0) {
        String hex = String.format(Locale.ROOT, "%04x", (int) unit);
        spelling.append("\\u").append(nonAscii == NonAscii.UPPER_CASE_HEX ? hex.toUpperCase(Locale.ROOT) : hex);
      } else {
        spelling.append(unit);
      }
    }
    return spelling.toString();
  }
}
