package dev.piiguard.core.detect;

/**
 * Where the lines of a table start and end: after a line feed, or after its escape in a JSON
 * string ({@code \\n}; in JSON in JSON {@code \\\\n}), as a table in a system prompt or a tool
 * result is sent; a line may also start right after the quote that opens a JSON string value
 * ({@code "content":"| id | name | phone |\\n…}).
 */
final class TableLines {
  /** The longest line read, in characters (code points). */
  static final int MAX_LINE = 4096;
  /** The most backslashes read before the {@code n} of an escaped line break. */
  static final int MAX_BACKSLASHES = 8;
  /** The most spaces read between a separator and its cell (Markdown pads cells). */
  static final int MAX_PADDING = 8;

  private TableLines() {}

  /** Where the line break that ends at {@code index} starts, or -1. */
  static int lineBreakEndingAt(Text text, int index) {
    int c = text.at(index);
    if (c == '\n') {
      return index;
    }
    int backslashes = c == 'n' ? text.backslashesBefore(index, MAX_BACKSLASHES) : 0;
    return backslashes > 0 ? index - backslashes : -1;
  }

  /** Whether a line break or a carriage return, also escaped, starts at {@code index}. */
  static boolean startsLineBreak(Text text, int index) {
    int c = text.at(index);
    if (c == '\n' || c == '\r') {
      return true;
    }
    int backslashes = c == '\\' ? text.backslashesFrom(index, MAX_BACKSLASHES) : 0;
    int letter = text.at(index + backslashes);
    return backslashes > 0 && (letter == 'n' || letter == 'r');
  }

  /**
   * How many characters the tab escaped in a JSON string at {@code index} takes ({@code \t}, in
   * JSON in JSON {@code \\t}), or 0 when none starts there: a TSV table sent in a JSON string.
   */
  static int escapedTabLength(Text text, int index) {
    int backslashes = text.at(index) == '\\' ? text.backslashesFrom(index, MAX_BACKSLASHES) : 0;
    return backslashes > 0 && text.at(index + backslashes) == 't' ? backslashes + 1 : 0;
  }

  /** Whether the {@code t} at {@code index} ends an escaped tab ({@link #escapedTabLength}). */
  static boolean endsEscapedTab(Text text, int index) {
    return text.at(index) == 't' && text.backslashesBefore(index, MAX_BACKSLASHES) > 0;
  }

  /**
   * Where the line after the line break at {@code index} starts, or -1 when no line feed follows:
   * carriage returns, also escaped, and backslashes may stand before the line feed ({@code \r\n}
   * as a JSON string holds it, also when a log shows its last escape as a line break).
   */
  static int nextLineStart(Text text, int index) {
    for (int i = index; i - index <= 2 * (MAX_BACKSLASHES + 1); ) {
      int c = text.at(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        i++;
        continue;
      }
      int backslashes = c == '\\' ? text.backslashesFrom(i, MAX_BACKSLASHES) : 0;
      int letter = text.at(i + backslashes);
      if (backslashes == 0 || letter != 'n' && letter != 'r' && letter != '\n') {
        return -1;
      }
      i += backslashes + (letter == '\n' ? 0 : 1);
      if (letter == 'n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the line with {@code index} starts, after a line break or the quote that opens a JSON
   * string; -1 when the line is longer than {@link #MAX_LINE} characters.
   */
  static int lineStartBefore(Text text, int index) {
    int i = index;
    int characters = 0;
    while (text.at(i - 1) >= 0 && lineBreakEndingAt(text, i - 1) < 0
        && !opensJsonValue(text, i - 1)) {
      if (characters >= MAX_LINE) {
        return -1;
      }
      i--;
      characters += text.startsCodePoint(i) ? 1 : 0;
    }
    return i;
  }

  /** Where the line with {@code index} ends, at most {@link #MAX_LINE} characters on. */
  static int lineEnd(Text text, int index) {
    int i = index;
    int characters = 0;
    while (text.at(i) >= 0 && !startsLineBreak(text, i) && characters < MAX_LINE) {
      characters += text.startsCodePoint(i) ? 1 : 0;
      i++;
    }
    return i;
  }

  /**
   * Where the line above the one that starts at {@code lineStart} starts, or -1 when no line
   * break stands before it or the line above is too long.
   */
  static int lineAbove(Text text, int lineStart) {
    int lineBreak = lineBreakEndingAt(text, lineStart - 1);
    return lineBreak < 0 ? -1 : lineStartBefore(text, lineBreak);
  }

  /**
   * Whether the quote at {@code index} opens a JSON string value, also escaped in JSON in JSON:
   * {@code "content":"…}, {@code \\"csv\\":\\"…}.
   */
  private static boolean opensJsonValue(Text text, int index) {
    if (text.at(index) != '"') {
      return false;
    }
    int before = index - 1 - text.backslashesBefore(index, MAX_BACKSLASHES);
    while (text.at(before) == ' ' && index - before <= MAX_PADDING) {
      before--; // "content": "…, as Python's json.dumps writes it
    }
    return text.at(before) == ':';
  }
}
