package dev.piiguard.core.detect;

import java.util.Arrays;

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
 * The header is the first line of the block of lines that hold as many separators as the value's
 * line, however far above it (an export's phone column may be empty for hundreds of rows);
 * {@link ColumnNames} tells what its fields name. Each header is read once per scan, and the lines
 * above a row are read only up to the row of the same table read last ({@link Memory}), so a
 * table is read about once however many values it holds; read only for a value a detector found
 * valid and found no word for.
 */
final class TableColumnLabel {
  /** The longest line read, in characters (code points). */
  private static final int MAX_LINE = 4096;
  /** The most columns whose names are remembered. */
  private static final int MAX_COLUMNS = 128;
  /** The longs that hold a bit per column of one kind. */
  private static final int WORDS = MAX_COLUMNS / Long.SIZE;
  /** The most backslashes read before the {@code n} of an escaped line break. */
  private static final int MAX_BACKSLASHES = 8;
  /** The most spaces between a separator and its cell (Markdown pads cells). */
  private static final int MAX_PADDING = 8;

  private TableColumnLabel() {}

  /**
   * What a scan remembers of the table rows it read last, one per separator (a line may hold
   * several: {@code 1, 2 | 3; 4}), so that the values of one row and the rows of one table read
   * their line and their header once.
   */
  static final class Memory {
    private final Row[] rows = {new Row(','), new Row(';'), new Row('\t'), new Row('|')};

    void clear() {
      for (Row row : rows) {
        row.lineStart = -1;
        row.namedHeader = -1;
      }
    }

    private Row rowOf(int separator) {
      for (Row row : rows) {
        if (row.separator == separator) {
          return row;
        }
      }
      throw new IllegalArgumentException("no table separator");
    }
  }

  /** The row of a table read last with one separator. */
  private static final class Row {
    private final int separator;
    /** Where the row's line starts and ends; -1 when no row is remembered. */
    private int lineStart = -1;
    private int lineEnd;
    private int separators;
    /** The last field of the row read, its column, and whether it stands in quotes. */
    private int fieldStart;
    private int column;
    private boolean quoted;
    /** Where the table's header starts, -1 when it has none. */
    private int headerLine = -1;
    /** Per kind of column, a bit for each of the first columns the header names so. */
    private final long[] named = new long[ColumnNames.KINDS * WORDS];
    /** The header line {@link #named} was read from, or -1. */
    private int namedHeader = -1;

    private Row(int separator) {
      this.separator = separator;
    }
  }

  /**
   * Whether the value at {@code start} is a field of a table whose header names its column as
   * holding values of {@code kind} (see {@link ColumnNames}).
   */
  static boolean inColumnOf(int kind, ScanContext context, int start) {
    Text text = context.text;
    int fieldStart = text.at(start - 1) == '"' ? start - 1 : start;
    boolean firstColumn = lineBreakEndingAt(text, fieldStart - 1) >= 0;
    int separator = firstColumn ? firstSeparatorAfter(text, fieldStart)
        : separatorBefore(text, fieldStart);
    if (separator < 0) {
      return false; // read first: most numbers stand in prose, whose lines may be long
    }
    Row row = context.tableRow.rowOf(separator);
    if (row.lineStart >= 0 && fieldStart >= row.fieldStart && fieldStart < row.lineEnd) {
      readOn(row, text, fieldStart); // another value of the row read last
    } else if (!readRow(row, text, fieldStart, firstColumn)) {
      return false;
    }
    return row.headerLine >= 0 && row.headerLine != row.lineStart && !row.quoted
        && row.column < MAX_COLUMNS
        && (row.named[kind * WORDS + row.column / Long.SIZE] & 1L << row.column) != 0;
  }

  /** Moves the row's last field on to {@code fieldStart}, counting separators outside quotes. */
  private static void readOn(Row row, Text text, int fieldStart) {
    for (int i = row.fieldStart; i < fieldStart; i++) {
      int c = text.at(i);
      if (c == '"') {
        row.quoted = !row.quoted;
      } else if (c == row.separator && !row.quoted) {
        row.column++;
      }
    }
    row.fieldStart = fieldStart;
  }

  /**
   * Reads the row of the field at {@code fieldStart} and, unless the row before it was of the
   * same table, its header; false when the field stands in no row of a table.
   */
  private static boolean readRow(Row row, Text text, int fieldStart, boolean firstColumn) {
    int separator = row.separator;
    int lineStart = firstColumn ? fieldStart : lineStartBefore(text, fieldStart);
    int lineEnd = lineEnd(text, fieldStart);
    if (lineStart < 0 || lineBreakEndingAt(text, lineStart - 1) < 0) {
      // no line above it, or a line too long for a table: the rest of it is no row either
      remember(row, fieldStart, lineEnd, -1, -1);
      return false;
    }
    int separators = separatorsBetween(text, lineStart, lineEnd, separator);
    int header = followsRememberedRow(row, text, lineStart, separators)
        ? row.headerLine : headerLineStart(row, text, lineStart, separators);
    if (header >= 0 && header != lineStart && header != row.namedHeader) {
      for (int kind = 0; kind < ColumnNames.KINDS; kind++) {
        nameColumns(row.named, kind, text, header, separator);
      }
      row.namedHeader = header; // read once per table, not for a line that is its own header
    }
    remember(row, lineStart, lineEnd, separators, header);
    readOn(row, text, fieldStart);
    return true;
  }

  private static void remember(Row row, int lineStart, int lineEnd, int separators, int header) {
    row.lineStart = lineStart;
    row.lineEnd = lineEnd;
    row.separators = separators;
    row.fieldStart = lineStart;
    row.column = 0;
    row.quoted = false;
    row.headerLine = header;
  }

  /**
   * Whether the line at {@code lineStart} comes right after the row remembered, with as many
   * separators: the next row of the same table, whose header is known.
   */
  private static boolean followsRememberedRow(Row row, Text text, int lineStart, int separators) {
    if (row.lineStart < 0 || separators != row.separators || lineStart <= row.lineEnd
        || lineStart - row.lineEnd > 2 * (MAX_BACKSLASHES + 1)) {
      return false;
    }
    int lineBreak = lineBreakEndingAt(text, lineStart - 1);
    if (lineBreak < row.lineEnd) {
      return false;
    }
    for (int i = row.lineEnd; i < lineBreak; i++) {
      int c = text.at(i);
      if (c != '\r' && c != '\\' && c != 'r') {
        return false; // a blank line between: another table's header may follow
      }
    }
    return true;
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
    int characters = 0;
    for (int i = from; characters < MAX_LINE && text.at(i) >= 0 && !startsLineBreak(text, i);
        i++) {
      if (isSeparator(text.at(i))) {
        return text.at(i);
      }
      characters += text.startsCodePoint(i) ? 1 : 0;
    }
    return -1;
  }

  /**
   * Where the line break that ends at {@code index} starts, or -1: a line feed, or its escape in a
   * JSON string ({@code \\n}; in JSON in JSON {@code \\\\n}), as a table in a system prompt is
   * sent.
   */
  private static int lineBreakEndingAt(Text text, int index) {
    int c = text.at(index);
    if (c == '\n') {
      return index;
    }
    int backslashes = c == 'n' ? text.backslashesBefore(index, MAX_BACKSLASHES) : 0;
    return backslashes > 0 ? index - backslashes : -1;
  }

  /**
   * Whether a line break (see {@link #lineBreakEndingAt}) or a carriage return, also escaped,
   * starts at {@code index}.
   */
  private static boolean startsLineBreak(Text text, int index) {
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
   * {@link #MAX_LINE} characters.
   */
  private static int lineStartBefore(Text text, int index) {
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

  /** Where the line with {@code index} ends, at most {@link #MAX_LINE} characters on. */
  private static int lineEnd(Text text, int index) {
    int i = index;
    int characters = 0;
    while (text.at(i) >= 0 && !startsLineBreak(text, i) && characters < MAX_LINE) {
      characters += text.startsCodePoint(i) ? 1 : 0;
      i++;
    }
    return i;
  }

  /**
   * The start of the first line of the block of lines that hold {@code separators} times {@code
   * separator}, as the line at {@code lineStart} does, and end with it (a sentence above the table
   * with commas in it ends the block). A row below the row remembered leads to the remembered
   * header.
   */
  private static int headerLineStart(Row row, Text text, int lineStart, int separators) {
    int line = lineStart;
    while (true) {
      if (line == row.lineStart) {
        return row.headerLine;
      }
      int lineBreak = lineBreakEndingAt(text, line - 1);
      if (lineBreak < 0) {
        return line;
      }
      int above = lineStartBefore(text, lineBreak);
      if (above < 0 || separatorsBetween(text, above, lineBreak, row.separator) != separators) {
        return line;
      }
      line = above;
    }
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
   * Sets in {@code named}, from {@code kind * WORDS}, a bit for each of the first {@link
   * #MAX_COLUMNS} fields of the header line at {@code line} whose name says its column holds
   * values of {@code kind}, and clears the others.
   */
  private static void nameColumns(long[] named, int kind, Text text, int line, int separator) {
    Arrays.fill(named, kind * WORDS, (kind + 1) * WORDS, 0);
    int fieldStart = line;
    boolean quoted = false;
    int characters = 0;
    for (int i = line, column = 0; column < MAX_COLUMNS && characters <= MAX_LINE; i++) {
      int c = text.at(i);
      boolean ends = c < 0 || startsLineBreak(text, i);
      if (ends || c == separator && !quoted) {
        if (ColumnNames.names(kind, text, fieldStart, i)) {
          named[kind * WORDS + column / Long.SIZE] |= 1L << column;
        }
        if (ends) {
          break;
        }
        column++;
        fieldStart = i + 1;
      } else if (c == '"') {
        quoted = !quoted;
      }
      characters += text.startsCodePoint(i) ? 1 : 0;
    }
  }

}
