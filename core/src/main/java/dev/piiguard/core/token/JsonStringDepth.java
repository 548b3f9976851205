package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.json.JsonStrings;

/**
 * Tells how many JSON strings deep the next unit of a JSON text stands, the text being fed in
 * order over any number of calls.
 *
 * <p>Depth 0 is outside any string, 1 inside a string of the text itself, 2 inside a string of a
 * JSON document written as the content of a depth-1 string (an OpenAI tool call's {@code
 * arguments}), and so on up to {@link #MAXIMUM_DEPTH}. Each level lexes the decoded content of the
 * string it sits in; that content counts as JSON only if it opens as JSON does (an object with a
 * quote or its closing brace, an array with a value or its closing bracket) and only until that
 * value closes, so prose with quotes ({@code [Ship to "…"] confirmed}) stays plain text. The text
 * itself is a JSON document, or with {@link #ofContent} the decoded content of a JSON string,
 * which may be JSON (a tool call's streamed arguments) or not.
 * Malformed input gives some depth and never an exception; memory is a few small arrays.
 */
final class JsonStringDepth {

  /** The deepest level tracked; strings deeper still report this depth. */
  static final int MAXIMUM_DEPTH = 8;

  /** In JSON, outside any string; 0, so that level 1 starts there. */
  private static final int OUTSIDE = 0;
  /** Content of the string below, before its first non-whitespace unit. */
  private static final int WAITING = 1;
  /** Content that is not JSON, or whose JSON value has closed: ignored. */
  private static final int PLAIN = 2;
  /** Content that opened with a brace: JSON if a quote or the closing brace comes next. */
  private static final int OPENED_OBJECT = 3;
  /** Content that opened with a bracket: JSON if a value or the closing bracket comes next. */
  private static final int OPENED_ARRAY = 4;
  /** Inside a string; this and the states below count as inside. */
  private static final int IN_STRING = 5;
  /** Inside a string, after a backslash. */
  private static final int ESCAPE = 6;
  /** Inside a string, in the four hex digits after backslash u. */
  private static final int HEX_DIGITS = 7;
  /** What may follow an array's opening bracket in JSON, besides true, false and null. */
  private static final String ARRAY_STARTS = "\"{[]-0123456789";
  private static final int NO_UNIT = -1; // nothing for the level above

  private final int[] states = new int[MAXIMUM_DEPTH]; // per level, one of the states above
  /** Whether the text is a string's content, JSON or not, rather than a JSON document. */
  private final boolean content;
  private final int[] nestings = new int[MAXIMUM_DEPTH];
  /** Per level, the hex digits read after backslash u, behind a 1 bit that four digits push past 0xFFFF. */
  private final int[] hexDigits = new int[MAXIMUM_DEPTH];

  /** A depth for a JSON document. */
  JsonStringDepth() {
    this(false);
  }

  private JsonStringDepth(boolean content) {
    this.content = content;
    if (content) {
      states[0] = WAITING;
    }
  }

  /**
   * A depth for the decoded content of a JSON string, as an event stream's text deltas carry it:
   * prose, where a value needs no escaping, or JSON, where a value in its strings does.
   */
  static JsonStringDepth ofContent() {
    return new JsonStringDepth(true);
  }

  /**
   * How many times a value written at the next unit must be JSON-escaped: once per string it
   * stands in; in a JSON document at least once (a token outside its strings is taken to stand in
   * one), in a string's content not at all outside strings.
   */
  int escapes() {
    return content ? depth() : Math.max(1, depth());
  }

  /** {@code value} JSON-escaped {@code depth} times, unchanged for depth 0. */
  static String escaped(String value, int depth) {
    String result = value;
    for (int level = 0; level < depth; level++) {
      result = JsonStrings.escape(result);
    }
    return result;
  }

  /** Feeds the units {@code [from, to)} of {@code text}. */
  void feed(CharSequence text, int from, int to) {
    for (int index = from; index < to; index++) {
      feed(text.charAt(index));
    }
  }

  /**
   * Feeds the units {@code [from, to)} of {@code units}, stepping over the units that change
   * nothing: outside strings all but a quote, and in a string whose content is plain text all but a
   * quote and a backslash. Replies are mostly such text, so this is what keeps restoring fast.
   */
  void feed(Units units, int from, int to) {
    int index = from;
    while (index < to) {
      if (content && states[0] == PLAIN) {
        return;
      }
      if (states[0] == OUTSIDE && !content || states[0] == IN_STRING && states[1] == PLAIN) {
        while (index < to && units.at(index) != '"' && units.at(index) != '\\') {
          index++;
        }
        if (index == to) {
          return;
        }
      }
      feed((char) units.at(index));
      index++;
    }
  }

  /** Feeds the next unit of the text. */
  void feed(char unit) {
    int next = unit;
    for (int level = 0; level < MAXIMUM_DEPTH && next != NO_UNIT; level++) {
      next = step(level, (char) next);
    }
  }

  /** How many JSON strings deep the next unit stands. */
  int depth() {
    int depth = 0;
    while (depth < MAXIMUM_DEPTH && states[depth] >= IN_STRING) {
      depth++;
    }
    return depth;
  }

  /** Moves one level on by {@code unit}; answers the decoded string content unit, if any. */
  private int step(int level, char unit) {
    switch (states[level]) {
      case OUTSIDE -> outside(level, unit);
      case IN_STRING -> {
        if (unit == '"') {
          states[level] = OUTSIDE;
        } else if (unit == '\\') {
          states[level] = ESCAPE;
        } else {
          return unit;
        }
      }
      case ESCAPE -> {
        if (unit != 'u') {
          states[level] = IN_STRING;
          return unescaped(unit);
        }
        states[level] = HEX_DIGITS;
        hexDigits[level] = 1;
      }
      case HEX_DIGITS -> {
        int digit = hexDigit(unit);
        if (digit < 0) {
          states[level] = IN_STRING;
          return step(level, unit);
        }
        hexDigits[level] = hexDigits[level] << 4 | digit;
        if (hexDigits[level] > 0xFFFF) {
          states[level] = IN_STRING;
          return hexDigits[level] & 0xFFFF;
        }
      }
      case WAITING -> {
        if (unit == '{' || unit == '[') {
          states[level] = unit == '{' ? OPENED_OBJECT : OPENED_ARRAY;
          nestings[level] = 1;
        } else if (!isWhitespace(unit)) {
          states[level] = PLAIN;
        }
      }
      case OPENED_OBJECT, OPENED_ARRAY -> {
        boolean json = states[level] == OPENED_OBJECT ? unit == '"' || unit == '}'
            : ARRAY_STARTS.indexOf(unit) >= 0 || unit == 't' || unit == 'f' || unit == 'n';
        if (json) {
          states[level] = OUTSIDE;
          outside(level, unit);
        } else if (!isWhitespace(unit)) {
          states[level] = PLAIN;
        }
      }
      default -> { }
    }
    return NO_UNIT;
  }

  private void outside(int level, char unit) {
    if (unit == '"') {
      states[level] = IN_STRING;
      if (level + 1 < MAXIMUM_DEPTH) {
        states[level + 1] = WAITING;
      }
    } else if (level > 0 || content) {
      if (unit == '{' || unit == '[') {
        nestings[level]++;
      } else if ((unit == '}' || unit == ']') && --nestings[level] <= 0) {
        states[level] = PLAIN;
      }
    }
  }

  private static boolean isWhitespace(char unit) {
    return unit == ' ' || unit == '\n' || unit == '\r' || unit == '\t';
  }

  /** The unit that a backslash and {@code unit} stand for; any other unit stands for itself. */
  private static char unescaped(char unit) {
    return switch (unit) {
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> unit;
    };
  }

  private static int hexDigit(char unit) {
    char lower = (char) (unit | 0x20);
    return unit >= '0' && unit <= '9' ? unit - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }
}
