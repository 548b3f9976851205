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
 * The header is the first line of the block of lines that hold as many separators as the value's
 * line, read up to {@link #MAX_LINES} lines above it. A column is named for a kind of value when
 * its header's last word is such a name ({@code phone}, {@code Mobile}, {@code phone_number},
 * {@code Mobile No.}; not {@code call_id} or {@code mobile_revenue_cents}). Each header is read
 * once per scan ({@link Memory}); read only for a value a detector found valid and found no word
 * for.
 */
final class TableColumnLabel {
  /** A column of phone numbers. */
  static final int PHONE = 0;
  /** A column of US Social Security numbers. */
  static final int SSN = 1;
  /** The header names of each kind of column, by the kind's number. */
  private static final ContextWords[] NAMES = {
    ContextWords.of("phone", "phones", "telephone", "tel", "telefon", "telefono", "telephon",
        "mobile", "mob", "mobil", "cell", "cellphone", "cellular", "handy", "portable", "fax",
        "landline", "whatsapp", "msisdn", "telefonnummer", "rufnummer", "mobilnummer",
        "handynummer", "festnetz", "celular", "cel", "cellulare", "telefoon", "telefoonnummer",
        "tlf", "mobiel", "telefone", "telemovel", "movil", "komorka", "gsm"),
    ContextWords.of("ssn", "ssns", "tin", "taxpayer")
  };
  /** Words after a name that say the column holds its numbers: {@code phone_number}. */
  private static final ContextWords NUMBER_SUFFIXES = ContextWords.of(
      "number", "numbers", "no", "nr", "num", "nummer", "numero");
  /** {@code social_security_number}: "security" names an SSN column after "social" only. */
  private static final ContextWords SECURITY = ContextWords.of("security");
  private static final ContextWords SOCIAL = ContextWords.of("social", "soc");
  /** The most lines read above a value for its table's header. */
  private static final int MAX_LINES = 64;
  /** The longest line read, in characters (code points). */
  private static final int MAX_LINE = 1024;
  /** The most columns whose names are remembered. */
  private static final int MAX_COLUMNS = 64;
  /** The most backslashes read before the {@code n} of an escaped line break. */
  private static final int MAX_BACKSLASHES = 8;
  /** The most spaces between a separator and its cell (Markdown pads cells). */
  private static final int MAX_PADDING = 8;

  private TableColumnLabel() {}

  /**
   * What a scan remembers of the table row it read last, so that the values of one row and the
   * rows of one table read their line and their header once.
   */
  static final class Memory {
    /** Where the row's line starts and ends; -1 when no row is remembered. */
    private int lineStart = -1;
    private int lineEnd;
    private int separator;
    private int separators;
    /** The last field of the row read, and its column. */
    private int fieldStart;
    private int column;
    /** Where the table's header starts, -1 when it has none. */
    private int headerLine;
    /** Per kind of column, a bit for each of the first columns the header names so. */
    private final long[] named = new long[NAMES.length];

    void clear() {
      lineStart = -1;
    }
  }

  /**
   * Whether the value at {@code start} is a field of a table whose header names its column as
   * holding values of {@code kind} ({@link #PHONE}, {@link #SSN}).
   */
  static boolean inColumnOf(int kind, ScanContext context, int start) {
    Text text = context.text;
    Memory memory = context.tableRow;
    int fieldStart = text.at(start - 1) == '"' ? start - 1 : start;
    boolean firstColumn = lineBreakEndingAt(text, fieldStart - 1) >= 0;
    int separator = firstColumn ? firstSeparatorAfter(text, fieldStart)
        : separatorBefore(text, fieldStart);
    if (separator < 0) {
      return false; // read first: most numbers stand in prose, whose lines may be long
    }
    if (memory.lineStart >= 0 && separator == memory.separator
        && fieldStart >= memory.fieldStart && fieldStart < memory.lineEnd) {
      memory.column += separatorsBetween(text, memory.fieldStart, fieldStart, separator);
      memory.fieldStart = fieldStart; // another value of the row read last
    } else if (!readRow(context, fieldStart, firstColumn, separator)) {
      return false;
    }
    return memory.headerLine >= 0 && memory.column < MAX_COLUMNS
        && (memory.named[kind] & 1L << memory.column) != 0;
  }

  /**
   * Reads the row of the field at {@code fieldStart} and, unless the row before it was of the
   * same table, its header into the scan's {@link Memory}; false when the field stands in no
   * row of a table.
   */
  private static boolean readRow(ScanContext context, int fieldStart, boolean firstColumn,
      int separator) {
    Text text = context.text;
    Memory memory = context.tableRow;
    int lineStart = firstColumn ? fieldStart : lineStartBefore(text, fieldStart);
    int lineEnd = lineEnd(text, fieldStart);
    if (lineStart < 0 || lineBreakEndingAt(text, lineStart - 1) < 0) {
      // no line above it, or a line too long for a table: the rest of it is no row either
      remember(memory, fieldStart, lineEnd, separator, -1, 0, -1);
      return false;
    }
    int separators = separatorsBetween(text, lineStart, lineEnd, separator);
    int header = followsRememberedRow(memory, text, lineStart, separator, separators)
        ? memory.headerLine : headerLineStart(memory, text, lineStart, separator, separators);
    if (header != memory.headerLine || separator != memory.separator || memory.lineStart < 0) {
      for (int kind = 0; kind < NAMES.length; kind++) {
        memory.named[kind] = header < 0 ? 0 : namedColumns(kind, text, header, separator);
      }
    }
    remember(memory, lineStart, lineEnd, separator, separators,
        separatorsBetween(text, lineStart, fieldStart, separator), header);
    memory.fieldStart = fieldStart;
    return true;
  }

  private static void remember(Memory memory, int lineStart, int lineEnd, int separator,
      int separators, int column, int header) {
    memory.lineStart = lineStart;
    memory.lineEnd = lineEnd;
    memory.separator = separator;
    memory.separators = separators;
    memory.fieldStart = lineStart;
    memory.column = column;
    memory.headerLine = header;
  }

  /**
   * Whether the line at {@code lineStart} comes right after the row remembered, with as many
   * separators: the next row of the same table, whose header is known.
   */
  private static boolean followsRememberedRow(Memory memory, Text text, int lineStart,
      int separator, int separators) {
    if (memory.lineStart < 0 || separator != memory.separator
        || separators != memory.separators || lineStart <= memory.lineEnd
        || lineStart - memory.lineEnd > 2 * (MAX_BACKSLASHES + 1)) {
      return false;
    }
    int lineBreak = lineBreakEndingAt(text, lineStart - 1);
    return lineBreak >= memory.lineEnd && lineBreak - memory.lineEnd <= MAX_BACKSLASHES + 1;
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
  static int lineBreakEndingAt(Text text, int index) {
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
    return text.at(index - 1 - text.backslashesBefore(index, MAX_BACKSLASHES)) == ':';
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
   * with commas in it ends the block); -1 when the block goes on farther than {@link #MAX_LINES}
   * lines. A row below the row remembered leads to the remembered header.
   */
  private static int headerLineStart(Memory memory, Text text, int lineStart, int separator,
      int separators) {
    int line = lineStart;
    for (int lines = 0; lines < MAX_LINES; lines++) {
      if (line == memory.lineStart && separator == memory.separator) {
        return memory.headerLine;
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
   * A bit for each of the first {@link #MAX_COLUMNS} fields of the header line at {@code line}
   * whose name says its column holds values of {@code kind}.
   */
  private static long namedColumns(int kind, Text text, int line, int separator) {
    long named = 0;
    int fieldStart = line;
    boolean quoted = false;
    int characters = 0;
    for (int i = line, column = 0; column < MAX_COLUMNS && characters <= MAX_LINE; i++) {
      int c = text.at(i);
      boolean ends = c < 0 || startsLineBreak(text, i);
      if (ends || c == separator && !quoted) {
        if (namesKind(kind, text, fieldStart, i)) {
          named |= 1L << column;
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
    return named;
  }

  /**
   * Whether the header field from {@code start} to {@code end} names a column of {@code kind}:
   * its last word is such a name, or a word for "number" after one ({@code Mobile No.}); for
   * phones also a label in another script ({@code 電話番号}, {@code Телефон}).
   */
  private static boolean namesKind(int kind, Text text, int start, int end) {
    int last = end;
    while (last > start && !Ascii.isLetterOrDigit(text.at(last - 1)) && text.at(last - 1) < 0x80) {
      last--; // "phone", | Phone |, Mobile No.:
    }
    if (NUMBER_SUFFIXES.containsWordEndingAt(text, last)) {
      int suffixStart = ContextWords.startOfWordEndingAt(text, last);
      if (suffixStart > start) {
        last = suffixStart;
        while (last > start && (text.at(last - 1) == ' ' || text.at(last - 1) == '_'
            || text.at(last - 1) == '-')) {
          last--; // phone_number, Mobile No, phone-nr
        }
      }
    }
    if (last <= start) {
      return false;
    }
    if (NAMES[kind].containsWordEndingAt(text, last)
        && ContextWords.startOfWordEndingAt(text, last) >= start) {
      return true;
    }
    if (kind == PHONE && text.at(last - 1) >= 0x80) {
      int label = OtherScriptLabels.PHONE.endBefore(text, end);
      return label > start; // 名前,電話番号 / Имя;Телефон
    }
    return kind == SSN && SECURITY.containsWordEndingAt(text, last)
        && SOCIAL.nearestBefore(text, ContextWords.startOfWordEndingAt(text, last), 2) > start;
  }
}
