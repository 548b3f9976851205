package dev.piiguard.core.detect;

/**
 * Reads the header of the table column a value stands in, so that the column's name can say what
 * the value is where no word stands near it: a customer table in CSV (comma, semicolon or tab
 * separated, fields may be quoted) or in Markdown, as system prompts and tool results carry them:
 *
 * <pre>
 * id,name,email,phone
 * 1001,Jane Doe,jane@example.com,07700 900357
 * </pre>
 *
 * The header is the first line of the block of lines that hold the same separator, read up to
 * {@link #MAX_LINES} lines above the value. Read only for a value a detector found valid and
 * found no word for.
 */
final class TableColumnLabel {
  /** The most lines read above a value for its table's header. */
  private static final int MAX_LINES = 64;
  /** The longest line read. */
  private static final int MAX_LINE = 1024;
  /** The most backslashes read before the {@code n} of an escaped line break. */
  private static final int MAX_BACKSLASHES = 8;
  /** The most spaces between a Markdown table's bar and its cell. */
  private static final int MAX_PADDING = 8;

  private TableColumnLabel() {}

  /**
   * Whether the value at {@code start} is a field of a table whose header names its column with
   * one of {@code words} ({@code phone}, {@code Mobile number}, {@code phone_number}).
   */
  static boolean headerHolds(ContextWords words, ScanContext context, int start) {
    Text text = context.text;
    int fieldStart = text.at(start - 1) == '"' ? start - 1 : start;
    boolean firstColumn = lineBreakEndingAt(text, fieldStart - 1) >= 0;
    int separator = firstColumn ? firstSeparatorAfter(text, fieldStart)
        : separatorBefore(text, fieldStart);
    if (separator < 0) {
      return false; // read first: most numbers stand in prose, whose lines may be long
    }
    int lineStart = firstColumn ? fieldStart : lineStartBefore(text, fieldStart);
    if (lineStart < 0 || lineBreakEndingAt(text, lineStart - 1) < 0) {
      return false; // no line above it
    }
    int column = separatorsBetween(text, lineStart, fieldStart, separator);
    int separators = separatorsBetween(text, lineStart, lineEnd(text, fieldStart), separator);
    int header = headerLineStart(context, lineStart, separator, separators);
    context.tableRowLine = lineStart;
    context.tableSeparator = separator;
    context.tableSeparators = separators;
    context.tableHeaderLine = header;
    return header >= 0 && fieldHolds(words, text, header, column, separator);
  }

  /**
   * The separator that ends the field before the one at {@code fieldStart}, spaces between (a
   * Markdown cell's, {@code 1001, Jane Doe, 07700 900357}), or -1.
   */
  private static int separatorBefore(Text text, int fieldStart) {
    int i = fieldStart - 1;
    while (text.at(i) == ' ' && fieldStart - i <= MAX_PADDING) {
      i--;
    }
    return isSeparator(text.at(i)) ? text.at(i) : -1;
  }

  private static boolean isSeparator(int c) {
    return c == ',' || c == ';' || c == '\t' || c == '|';
  }

  /**
   * The first separator of a table on the line from {@code from}, or -1: the separator after a
   * field of the first column ({@code 078051120,Jane,…}).
   */
  private static int firstSeparatorAfter(Text text, int from) {
    for (int i = from; i < from + MAX_LINE && text.at(i) >= 0 && !startsLineBreak(text, i); i++) {
      if (isSeparator(text.at(i))) {
        return text.at(i);
      }
    }
    return -1;
  }

  /**
   * Where the line break that ends at {@code index} starts, or -1: a line feed, or its escape in a
   * JSON string ({@code \\n}; in JSON in JSON {@code \\\\n}), as a table in a system prompt is
   * sent.
   */
  static int lineBreakEndingAt(Text text, int index) {
    int c = text.at(index);
    if (c == '\n') {
      return index;
    }
    int backslashes = c == 'n' ? text.backslashesBefore(index, MAX_BACKSLASHES) : 0;
    return backslashes > 0 ? index - backslashes : -1;
  }

  /** Whether a line break (see {@link #lineBreakEndingAt}) or a carriage return starts at {@code index}. */
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
   * Where the line with {@code index} starts, after a line break or the quote that opens a JSON
   * string ({@code "content":"| id | name | phone |\\n…}); -1 when the line is longer than
   * {@link #MAX_LINE}.
   */
  private static int lineStartBefore(Text text, int index) {
    int i = index;
    while (text.at(i - 1) >= 0 && lineBreakEndingAt(text, i - 1) < 0
        && !opensJsonValue(text, i - 1)) {
      if (index - i >= MAX_LINE) {
        return -1;
      }
      i--;
    }
    return i;
  }

  /**
   * Whether the quote at {@code index} opens a JSON string value, also escaped in JSON in JSON:
   * {@code "content":"…}, {@code \\"csv\\":\\"…}.
   */
  private static boolean opensJsonValue(Text text, int index) {
    if (text.at(index) != '"') {
      return false;
    }
    return text.at(index - 1 - text.backslashesBefore(index, MAX_BACKSLASHES)) == ':';
  }

  /** Where the line with {@code index} ends, at most {@link #MAX_LINE} units on. */
  private static int lineEnd(Text text, int index) {
    int i = index;
    while (text.at(i) >= 0 && !startsLineBreak(text, i) && i - index < MAX_LINE) {
      i++;
    }
    return i;
  }

  /**
   * The start of the first line of the block of lines that hold {@code separators} times {@code
   * separator}, as the line at {@code lineStart} does, and end with it (a sentence above the table
   * with commas in it ends the block); -1 when the block goes on farther than {@link #MAX_LINES}
   * lines. A row of the table whose header was read before leads to that header.
   */
  private static int headerLineStart(ScanContext context, int lineStart, int separator,
      int separators) {
    Text text = context.text;
    int line = lineStart;
    for (int lines = 0; lines < MAX_LINES; lines++) {
      if (line == context.tableRowLine && separator == context.tableSeparator
          && separators == context.tableSeparators) {
        return context.tableHeaderLine;
      }
      int lineBreak = lineBreakEndingAt(text, line - 1);
      if (lineBreak < 0) {
        return line;
      }
      int above = lineStartBefore(text, lineBreak);
      if (above < 0 || separatorsBetween(text, above, lineBreak, separator) != separators) {
        return line;
      }
      line = above;
    }
    return -1;
  }

  /** How many {@code separator} characters outside double quotes stand in [from, to). */
  private static int separatorsBetween(Text text, int from, int to, int separator) {
    int count = 0;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether field {@code column} (counted in separators before it) of the line at {@code line}
   * holds one of {@code words}.
   */
  private static boolean fieldHolds(ContextWords words, Text text, int line, int column,
      int separator) {
    int i = line;
    int seen = 0;
    boolean quoted = false;
    while (seen < column) {
      int c = text.at(i);
      if (c < 0 || startsLineBreak(text, i) || i - line >= MAX_LINE) {
        return false;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        seen++;
      }
      i++;
    }
    int fieldEnd = i;
    while (text.at(fieldEnd) >= 0 && text.at(fieldEnd) != separator
        && !startsLineBreak(text, fieldEnd) && fieldEnd - i < MAX_LINE) {
      fieldEnd++;
    }
    int word = words.nearestBefore(text, fieldEnd, fieldEnd - i);
    return word > i;
  }
}
