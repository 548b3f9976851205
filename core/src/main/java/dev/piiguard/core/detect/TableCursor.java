package dev.piiguard.core.detect;

/**
 * Reads a row of a table forward from its first character, as a CSV reader does (RFC 4180): a
 * separator inside a quoted field is a character of it, and a quoted field may hold line breaks,
 * as a note or an address in an export does. A quote opens a field only at its start (after
 * spaces), so a stray quote inside a cell ({@code TV 55" screen}) is one of its characters, and
 * the next quote closes it, as Python's csv module reads it, unless doubled ({@code ""} stands for
 * one): a line of JSON or prose with quotes in it is not read as a field that goes on for lines.
 * In a table written inside a JSON string its quotes are escaped too ({@code \"}), and so are its
 * line breaks (see {@link TableLines}). In a Markdown table ({@code |}) quotes are characters and
 * a pipe escaped as GitHub writes it in a cell ({@code \|}) separates nothing; in a TSV table
 * inside a JSON string its tabs are escaped ({@code \t}).
 */
final class TableCursor {
  /** The most lines one row may take. */
  static final int MAX_LINES = 256;
  /** The longest run of quotes counted before a quote that may close a field. */
  private static final int MAX_QUOTES = 65;

  private final QuotedLineBudget budget;
  private int separator;
  /** The next character to read. */
  private int position;
  /** How many separators outside quoted fields were read: the column of the field at hand. */
  private int column;
  private boolean quoted;
  /** How many backslashes stand before each quote of the quoted field at hand. */
  private int escapes;
  /** Whether the field read so far holds nothing but spaces (and escaping backslashes). */
  private boolean blank;
  /** Whether a quote was read. */
  private boolean quotes;
  /** Whether a quote outside a quoted field stood where one closes: before a separator. */
  private boolean closedUnopened;
  /** Where the first quote that may close a field opened above stands ({@link #closingQuoteAt}). */
  private int closingQuoteAt;
  /** Whether the row was ended at a line break inside a quoted field, the budget being spent. */
  private boolean cut;
  private int lines;
  /** The characters (code points) read on the row's line at hand. */
  private int characters;

  TableCursor(QuotedLineBudget budget) {
    this.budget = budget;
  }

  /** Starts reading a row that starts at {@code rowStart}. */
  void start(int separator, int rowStart) {
    this.separator = separator;
    position = rowStart;
    column = 0;
    quoted = false;
    blank = true;
    quotes = false;
    closedUnopened = false;
    closingQuoteAt = -1;
    cut = false;
    lines = 1;
    characters = 0;
  }

  int position() {
    return position;
  }

  int column() {
    return column;
  }

  boolean quoted() {
    return quoted;
  }

  /**
   * Whether a quote outside a quoted field stood where a quoted field closes, before a separator
   * or a line break ({@code ring twice",Jane Doe,…}): unless one did, the row's first line is not
   * the last line of a quoted field opened on a line above.
   */
  boolean closedUnopened() {
    return closedUnopened;
  }

  /**
   * Where the first quote outside a quoted field stands that closes a field opened on a line above
   * when the row read started inside one: one before a separator or a line break that ends an odd
   * run of quotes ({@code Thanks, Sam",}, {@code said ""no""",}; in {@code said ""no"", then} the
   * quotes stand for two in the cell); -1 when none.
   */
  int closingQuoteAt() {
    return closingQuoteAt;
  }

  /** How many quotes stand in the run that ends at {@code index}, up to {@link #MAX_QUOTES}. */
  private static int quotesEndingAt(Text text, int index) {
    int quotes = 0;
    while (quotes < MAX_QUOTES && text.at(index - quotes) == '"') {
      quotes++;
    }
    return quotes;
  }

  /**
   * Whether the row was ended at a line break inside a quoted field because the scan's budget
   * ({@link QuotedLineBudget}) was spent: where it ends says nothing about the text.
   */
  boolean cutByBudget() {
    return cut;
  }

  /** Whether a quote was read: unless one was, the row's first line closes no quoted field. */
  boolean readQuotes() {
    return quotes;
  }

  /**
   * Reads on up to {@code target}; false when the row ends before it, or grows longer than {@link
   * TableLines#MAX_LINE} characters on a line or {@link #MAX_LINES} lines.
   */
  boolean readTo(Text text, int target) {
    while (position < target) {
      int c = text.at(position);
      if (c < 0 || endsRow(text, c) || !step(text, c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads on to the row's end; where the line break or the text that ends it starts, or -1 when
   * the row grows longer than the limits or its quoted field does not close.
   */
  int readToEnd(Text text) {
    int c = text.at(position);
    for (; c >= 0 && !endsRow(text, c); c = text.at(position)) {
      if (!step(text, c)) {
        return -1;
      }
    }
    return c < 0 && quoted ? -1 : position;
  }

  /**
   * Reads the field at hand to its end and steps over the separator after it: where the field
   * ends (at its separator, the row's end or the text's end), or -1 when the row grows longer
   * than the limits.
   */
  int readField(Text text) {
    int c = text.at(position);
    while (c >= 0 && (quoted || !separates(text, c)) && !endsRow(text, c)) {
      if (!step(text, c)) {
        return -1;
      }
      c = text.at(position);
    }
    int end = position;
    if (!quoted && separates(text, c)) {
      step(text, c);
    }
    return end;
  }

  /**
   * Reads on to the end of the line at hand, as if it ended the row: the line of a row whose
   * quoted field does not close; where its line break or the text's end starts, or -1 when the
   * line is too long.
   */
  int readToLineEnd(Text text) {
    for (int c = text.at(position); c >= 0 && !breaksLine(text, c); c = text.at(position)) {
      if (!step(text, c)) {
        return -1;
      }
    }
    quoted = false;
    return position;
  }

  /**
   * Whether the row ends at the position, whose character is {@code c}: at a line break outside a
   * quoted field, or inside one when the scan may read no more of them ({@link QuotedLineBudget}).
   */
  private boolean endsRow(Text text, int c) {
    if (!breaksLine(text, c)) {
      return false;
    }
    if (quoted && !budget.spent()) {
      return false;
    }
    cut |= quoted;
    quoted = false;
    return true;
  }

  /**
   * Whether the character {@code c} at the position separates fields: the separator, but in a
   * Markdown table not a pipe escaped as GitHub writes it in a cell ({@code grep x \| wc}, also
   * in a JSON string, {@code \\|}), unless the cell is a Windows path that ends in its folder's
   * backslash ({@code |C:\temp\|07700 900111|}, as compact tables and psql print it); a tab
   * also escaped in a JSON string ({@code \t}, whose backslash is at the position).
   */
  private boolean separates(Text text, int c) {
    if (c == '\\' && separator == '\t') {
      return TableLines.escapedTabLength(text, position) > 0;
    }
    if (c != separator) {
      return false;
    }
    int backslashes = c == '|' ? text.backslashesBefore(position, TableLines.MAX_BACKSLASHES) : 0;
    return backslashes == 0 || inWindowsPath(text, position - backslashes);
  }

  /** Whether the cell that ends at {@code end} holds a drive's path ({@code C:\}). */
  private boolean inWindowsPath(Text text, int end) {
    for (int i = end - 1; i > end - TableLines.MAX_LINE; i--) {
      int c = text.at(i);
      if (c < 0 || c == separator || c == '\n') {
        return false;
      }
      if (c == ':' && text.at(i + 1) == '\\' && Ascii.isLetter(text.at(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line break starts at the position, whose character is {@code c}. */
  private boolean breaksLine(Text text, int c) {
    return c == '\n' || c == '\r' || c == '\\' && TableLines.startsLineBreak(text, position);
  }

  private boolean step(Text text, int c) {
    if (quoted && breaksLine(text, c)) {
      int next = TableLines.nextLineStart(text, position);
      if (next >= 0) {
        characters = 0;
        position = next;
        return ++lines <= MAX_LINES;
      }
    }
    characters += text.startsCodePoint(position) ? 1 : 0;
    if (characters > TableLines.MAX_LINE) {
      return false;
    }
    if (lines > 1) {
      budget.take();
    }
    if (quoted) {
      readQuoted(text, c);
      return true;
    }
    if (separates(text, c)) {
      column++;
      blank = true;
      if (c == '\\') {
        position += TableLines.escapedTabLength(text, position) - 1; // \t in a JSON string
      }
    } else if (c == '"' && separator != '|') {
      if (endsField(text, position + 1)) {
        closedUnopened = true;
        if (closingQuoteAt < 0 && quotesEndingAt(text, position) % 2 == 1) {
          closingQuoteAt = position;
        }
      }
      quotes = true;
      quoted = blank;
      escapes = text.backslashesBefore(position, TableLines.MAX_BACKSLASHES);
      blank = false;
    } else if (c != ' ' && c != '\\') {
      blank = false;
    }
    position++;
    return true;
  }

  private void readQuoted(Text text, int c) {
    if (c == '"' && text.backslashesBefore(position, TableLines.MAX_BACKSLASHES) == escapes) {
      int after = position + 1;
      if (text.backslashesFrom(after, escapes) == escapes && text.at(after + escapes) == '"') {
        position = after + escapes; // a doubled quote stands for one
        characters += escapes + 1;
      } else {
        quoted = false;
        blank = false;
      }
    }
    position++;
  }

  /** Whether a field ends at {@code index}, spaces before: a separator, a line break, the end. */
  private boolean endsField(Text text, int index) {
    int i = index;
    while (text.at(i) == ' ' && i - index < TableLines.MAX_PADDING) {
      i++;
    }
    int c = text.at(i);
    return c < 0 || c == separator || TableLines.startsLineBreak(text, i)
        || separator == '\t' && TableLines.escapedTabLength(text, i) > 0;
  }
}
