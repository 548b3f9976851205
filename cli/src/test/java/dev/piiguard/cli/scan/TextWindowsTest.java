package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TextWindows} with small windows, so that texts of a few kilobytes cross many cuts. */
class TextWindowsTest {

  private static final int CONTEXT = 64;
  private static final int MAX_BEFORE = 256;
  private static final int MAX_WINDOW = 4 * (MAX_BEFORE + CONTEXT);

  /** A window as handed over, with the line and column of each of its chars of input text. */
  private record Window(String text, int textStart, int acceptFrom, int acceptTo, long[] lines, long[] columns) {}

  @Test
  void everyCharIsAcceptedInExactlyOneWindowAndLocatedAtItsLineAndColumn() throws Exception {
    Random random = new Random(20261127);
    for (int round = 0; round < 40; round++) {
      String text = randomLines(random, 20_000);
      List<Window> windows = read(text);
      List<Integer> lineStarts = lineStarts(text);

      StringBuilder accepted = new StringBuilder();
      for (Window window : windows) {
        accepted.append(window.text, window.acceptFrom, window.acceptTo);
        for (int i = window.textStart; i < window.text.length(); i++) {
          assertThat(text.charAt(lineStarts.get((int) window.lines[i] - 1) + (int) window.columns[i])).as("round %d", round)
              .isEqualTo(window.text.charAt(i));
        }
      }
      assertThat(accepted.toString()).isEqualTo(text);
    }
  }

  @Test
  void eachWindowHoldsTheLinesAboveAndTheCharsAfterItsAcceptedPart() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      String text = randomLines(random, 20_000);
      List<Window> windows = read(text);

      int position = 0; // of the first accepted char in the text
      for (int w = 0; w < windows.size(); w++) {
        Window window = windows.get(w);
        int kept = window.acceptFrom - window.textStart;
        int lineStartsAvailable = 0;
        for (int i = Math.max(0, position - MAX_BEFORE); i < position; i++) {
          lineStartsAvailable += i == 0 || text.charAt(i - 1) == '\n' ? 1 : 0;
        }
        int lineStartsKept = 0;
        for (int i = window.textStart; i < window.acceptFrom; i++) {
          lineStartsKept += window.columns[i] == 0 ? 1 : 0;
        }
        assertThat(kept).isGreaterThanOrEqualTo(Math.min(CONTEXT, position));
        assertThat(lineStartsKept).isGreaterThanOrEqualTo(Math.min(TextWindows.LINES_BEFORE, lineStartsAvailable));
        if (w < windows.size() - 1) {
          assertThat(window.text.length() - window.acceptTo).isGreaterThanOrEqualTo(CONTEXT);
        }
        position += window.acceptTo - window.acceptFrom;
      }
    }
  }

  @Test
  void aWindowThatStartsInsideALongTableCarriesTheTablesHeaderAboveIt() throws Exception {
    StringBuilder text = new StringBuilder("Customers of the day, as exported:\n");
    String header = "id,\"name, as given\",phone";
    text.append(header).append('\n');
    for (int row = 1; row <= 400; row++) {
      text.append(row).append(",\"Doe, Jane\",07700 900").append(row % 10).append("00\n");
    }
    text.append("\nTotals; by region; by day\n");
    for (int row = 1; row <= 300; row++) {
      text.append("north; ").append(row).append("; 12\n");
    }

    List<Window> windows = read(text.toString());

    assertThat(windows).hasSizeGreaterThan(10);
    int carried = 0;
    for (Window window : windows) {
      String first = firstLine(window);
      if (first.matches("\\d+,\"Doe, Jane\",.*")) {
        assertThat(window.text).startsWith(header + "\n");
        carried++;
      } else if (first.startsWith("north; ")) {
        assertThat(window.text).startsWith("Totals; by region; by day\n");
        carried++;
      } else {
        assertThat(window.textStart).isZero();
      }
    }
    assertThat(carried).isGreaterThan(8);
  }

  @Test
  void aWindowThatWouldStartInsideARowOverSeveralLinesStartsWithTheRow() throws Exception {
    // an export's notes hold line breaks: a window started inside one would show the scanner
    // half a row between the carried header and the rows below
    String header = "id,note,phone";
    StringBuilder text = new StringBuilder(header).append('\n');
    for (int row = 1; row <= 300; row++) {
      text.append(row).append(",\"Leave at door,\nring twice\nthanks\",07700 900")
          .append(row % 10).append("00\n");
    }

    List<Window> windows = read(text.toString());

    assertThat(windows).hasSizeGreaterThan(10);
    for (Window window : windows.subList(1, windows.size())) {
      assertThat(firstLine(window)).matches("\\d+,\"Leave at door,");
      assertThat(window.text).startsWith(header + "\n");
    }
  }

  @Test
  void aWindowThatStartsBelowATableCarriesNoHeader() throws Exception {
    StringBuilder text = new StringBuilder("id,name,phone\n");
    for (int row = 1; row <= 200; row++) {
      text.append(row).append(",Jane,07700 900123\n");
    }
    for (int line = 1; line <= 400; line++) {
      text.append("plain prose line ").append(line).append('\n');
    }

    List<Window> windows = read(text.toString());

    assertThat(windows.stream().filter(w -> firstLine(w).startsWith("plain prose"))).isNotEmpty()
        .allSatisfy(w -> assertThat(w.textStart).isZero());
  }

  @Test
  void aVeryLongLineAfterATableWithALongHeaderIsReadWholeWhereverTheWindowsCut() throws Exception {
    String header = "customer " + "name ".repeat(40) + ",phone,city";
    for (int rows = 0; rows < 400; rows++) {
      StringBuilder text = new StringBuilder(header).append('\n');
      for (int row = 0; row < rows; row++) {
        text.append(row % 10).append(",p,c\n");
      }
      text.append("z".repeat(3 * MAX_WINDOW)).append('\n');
      StringBuilder accepted = new StringBuilder();

      for (Window window : read(text.toString())) {
        accepted.append(window.text, window.acceptFrom, window.acceptTo);
      }

      assertThat(accepted.toString()).as("%d rows", rows).isEqualTo(text.toString());
    }
  }

  @Test
  void windowsThatStartOnARuleOrOnTheRowAboveOneReadTheTablesAsTheWholeText() throws Exception {
    // review s27: a window that started on the rule below a row ("| Bo | n/a |" over a repeated
    // delimiter row) carried the table's header above that row, so that the rows below were read
    // under the header rather than under that row, as the library reads the whole text
    String phones = "| Cy | 07700 900%03d |\n";
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 2; copy++) { // the first window's start is no cut
      text.append("| name | phone |\n|---|---|\n");
      rows(text, phones, 0, 12).append("| Bo | n/a |\n|---|---|\n");
      rows(text, phones, 12, 24).append("| Di | n/a |\n|---|---|\n|---|---|\n");
      rows(text, phones, 24, 36).append("\n+------+--------------+\n| name | phone        |\n"
          + "+------+--------------+\n");
      rows(text, phones, 36, 48).append("+------+--------------+\n+------+--------------+\n"
          + "| ref  | note         |\n+------+--------------+\n");
      rows(text, phones, 48, 60).append("+------+--------------+\n\n+------+--------------+\n"
          + "| name | phone        |\n+======+==============+\n");
      for (int row = 60; row < 72; row++) {
        text.append(String.format(phones, row)).append("+------+--------------+\n");
      }
      text.append("+------+--------------+\n| ref  | note         |\n+======+==============+\n");
      for (int row = 72; row < 84; row++) {
        text.append(String.format(phones, row)).append("+------+--------------+\n");
      }
      text.append('\n');
    }
    List<String> library = locatedInText(text.toString());
    assertThat(library).hasSize(72);

    Set<Long> firstLines = new TreeSet<>();
    PiiScanner scanner = PiiScanner.defaults();
    for (int maxWindow = 576; maxWindow < 1600; maxWindow++) {
      List<String> located = new ArrayList<>();
      new TextWindows(maxWindow, 16, 128).read(new StringReader(text.toString()),
          (window, acceptFrom, acceptTo, lines) -> {
            int textStart = 0;
            while (!isInputText(lines, textStart)) {
              textStart++;
            }
            firstLines.add(lines.lineOf(textStart));
            for (Finding finding : scanner.scan(window)) {
              if (finding.start() >= acceptFrom && finding.start() < acceptTo) {
                located.add(lines.lineOf(finding.start()) + ":"
                    + lines.columnOf(finding.start()) + " " + finding.type());
              }
            }
          });
      assertThat(located).as("windows of %d chars", maxWindow).isEqualTo(library);
    }
    assertThat(firstLines).hasSizeGreaterThan(100); // of 260 lines: starts all over the tables
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "| Cy,\"x | n/a          |\n| Di x\", | n/a         |\n"})
  void windowsThatStartBelowEmptyResultsPrintedBackToBackReadTheTablesAsTheWholeText(
      String firstRow) throws Exception {
    // review s28: a window that started on a header below more than eight lines of empty results
    // (borders and headers only, as prettytable prints a result without rows) carried the header
    // of the result above, so the rows below were read under it, not under their own header;
    // rows whose quotes open and close a CSV field over two lines have the header read from the
    // lines around the start (TableHeaders.rowAt), which took it from the result above too
    String border = "+------+--------------+\n";
    String phones = "| Cy   | 07700 900%03d |\n";
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 2; copy++) { // the first window's start is no cut
      for (int table = 0; table < 8; table++) {
        String header = table % 3 == 1 ? "| name | phone        |\n" : "| ref  | note         |\n";
        text.append(border).append(header).append(border);
        if (table % 4 == 3) {
          text.append(firstRow);
          rows(text, phones, 100 * copy + 10 * table, 100 * copy + 10 * table + 8);
        }
        text.append(border);
      }
      text.append('\n');
    }
    List<String> library = locatedInText(text.toString());
    assertThat(library).hasSize(16); // the rows under "phone", none under "note"

    for (int maxWindow = 576; maxWindow < 1600; maxWindow++) {
      assertThat(locatedByWindows(text.toString(), maxWindow)).as("windows of %d chars", maxWindow)
          .isEqualTo(library);
    }
  }

  @Test
  void aTableOfPipesWithARuleKeepsItsHeaderOverALongerRunOfCommasInItsRows() throws Exception {
    // review s29's sweep: a quote that opened a CSV field in a row of one result and closed in the
    // first row of a later one made a run of rows with commas longer than that table's, and a
    // window that started on that row carried the run's first row, not the header above the rule
    String border = "+--------+--------------+\n";
    String phones = "| Cy     | 07700 900%03d |\n";
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 3; copy++) {
      text.append(border).append("| name   | note         |\n").append(border)
          .append("| Cy x\", | n/a          |\n| Cy,\"x  | n/a          |\n").append(border);
      for (int empty = 0; empty < 4; empty++) {
        text.append(border).append("| name   | note         |\n").append(border);
      }
      text.append(border).append("| name   | phone        |\n").append(border)
          .append("| Cy x\", | n/a          |\n");
      rows(text, phones, 30 * copy, 30 * copy + 30).append(border);
    }
    List<String> library = locatedInText(text.toString());
    assertThat(library).hasSize(90);

    for (int maxWindow = 576; maxWindow < 1600; maxWindow++) {
      assertThat(locatedByWindows(text.toString(), maxWindow)).as("windows of %d chars", maxWindow)
          .isEqualTo(library);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"# batch 2\n", "\n"})
  void aRowOverSeveralLinesRightBelowABlankOrCommentLineIsReadWholeWhereverTheWindowsCut(
      String lineAbove) throws Exception {
    // review s30a: below a line that ends every table, a window that would start inside such a
    // row started there, and the cell's last line, which reads like a header, named the columns
    StringBuilder text = new StringBuilder("\"phone\",\"ssn\",\"notes\",\"name\",\"id\"\n");
    rows(text, "07700 900%03d,172251831,,Ann Lee,130119230\n", 0, 30).append(lineAbove)
        .append("\"07700 900910\",,\"\nok done\nphone,ssn,email\",\"Jose Nunez\",078-05-5816\n");
    rows(text, "07700 900%03d,104051344,,Ann Lee,189554887\n", 100, 130);
    List<String> library = locatedInText(text.toString());

    for (int maxWindow = 576; maxWindow < 1600; maxWindow++) {
      assertThat(locatedByWindows(text.toString(), maxWindow)).as("windows of %d chars", maxWindow)
          .isEqualTo(library);
    }
  }

  @Test
  void aValuesRowThatGoesOnPastTheWindowsEndIsReadWholeInTheNextWindow() throws Exception {
    // review s30a: a note over several lines after the phone; a window that accepted the phone's
    // line and ended inside the note showed the scanner the row's first line only, whose count of
    // commas named no column
    StringBuilder text = new StringBuilder("id,name,phone,notes,ssn\n");
    Random random = new Random(30);
    for (int row = 1; row <= 200; row++) {
      text.append(row).append(",Jane Doe,07700 900").append(100 + row).append(",\"");
      for (int line = 0; line < 6; line++) {
        text.append(line > 0 ? "\n" : "");
        for (int letter = 0; letter < 28; letter++) {
          text.append(random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(8)));
        }
      }
      text.append("\",").append(100_000_000 + 1_234_567 * row).append('\n');
    }
    List<String> library = locatedInText(text.toString());
    assertThat(library).hasSize(400);

    // rows of ~200 chars, well within the lines kept above a window (as 128 Ki chars are for the
    // notes of real exports)
    for (int maxWindow = 4 * (64 + 1024); maxWindow < 4 * (64 + 1024) + 600; maxWindow++) {
      assertThat(locatedByWindows(text.toString(), maxWindow, 64, 1024))
          .as("windows of %d chars", maxWindow).isEqualTo(library);
    }
  }

  @Test
  void aLineLongerThanAWindowIsCutInsideWithContextOnEachSide() throws Exception {
    String line = "x".repeat(5 * MAX_WINDOW);

    List<Window> windows = read(line + "\nend\n");

    assertThat(windows).hasSizeGreaterThan(5);
    for (int w = 1; w < windows.size(); w++) {
      Window window = windows.get(w);
      assertThat(window.textStart).isZero();
      assertThat(window.acceptFrom).isEqualTo(CONTEXT);
      assertThat(window.lines[0]).isEqualTo(1);
      assertThat(window.columns[0]).isPositive();
    }
  }

  @Test
  void aByteOrderMarkIsSkippedAndANulByteIsNoText() throws Exception {
    assertThat(read("\uFEFFab\ncd").get(0).text).isEqualTo("ab\ncd");
    assertThatThrownBy(() -> read("one\ntwo\nth\0ree"))
        .isInstanceOf(NotTextException.class).hasMessage("binary data (a NUL byte) in line 3");
  }

  private static List<Window> read(String text) throws Exception {
    List<Window> windows = new ArrayList<>();
    new TextWindows(MAX_WINDOW, CONTEXT, MAX_BEFORE).read(new StringReader(text),
        (window, acceptFrom, acceptTo, lines) -> {
          int textStart = 0;
          while (textStart < acceptFrom && !isInputText(lines, textStart)) {
            textStart++;
          }
          long[] lineOf = new long[window.length()];
          long[] columnOf = new long[window.length()];
          for (int i = textStart; i < window.length(); i++) {
            lineOf[i] = lines.lineOf(i);
            columnOf[i] = lines.columnOf(i);
          }
          windows.add(new Window(window.toString(), textStart, acceptFrom, acceptTo, lineOf, columnOf));
        });
    return windows;
  }

  private static boolean isInputText(LineLocator lines, int index) {
    try {
      lines.lineOf(index);
      return true;
    } catch (IllegalArgumentException e) {
      return false; // a carried header line
    }
  }

  private static String firstLine(Window window) {
    int end = window.text.indexOf('\n', window.textStart);
    return window.text.substring(window.textStart, end < 0 ? window.text.length() : end);
  }

  private static StringBuilder rows(StringBuilder text, String row, int from, int to) {
    for (int k = from; k < to; k++) {
      text.append(String.format(row, k));
    }
    return text;
  }

  /** What the library finds in the whole {@code text}: line and column, as the windows locate them. */
  private static List<String> locatedInText(String text) {
    List<String> located = new ArrayList<>();
    for (Finding finding : PiiScanner.defaults().scan(text)) {
      int lineStart = text.lastIndexOf('\n', finding.start() - 1) + 1;
      long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
      located.add(line + ":" + (finding.start() - lineStart) + " " + finding.type());
    }
    return located;
  }

  /** What the windows of {@code maxWindow} chars find, each where it is accepted. */
  private static List<String> locatedByWindows(String text, int maxWindow) throws Exception {
    return locatedByWindows(text, maxWindow, 16, 128);
  }

  private static List<String> locatedByWindows(String text, int maxWindow, int context,
      int maxBefore) throws Exception {
    PiiScanner scanner = PiiScanner.defaults();
    List<String> located = new ArrayList<>();
    new TextWindows(maxWindow, context, maxBefore).read(new StringReader(text),
        (window, acceptFrom, acceptTo, lines) -> {
          for (Finding finding : scanner.scan(window)) {
            if (finding.start() >= acceptFrom && finding.start() < acceptTo) {
              located.add(lines.lineOf(finding.start()) + ":"
                  + lines.columnOf(finding.start()) + " " + finding.type());
            }
          }
        });
    return located;
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /**
   * Lines of 0 to 40 chars, one in twenty up to 600, a very long one now and then, and tables of
   * short rows, some with a quoted cell over three lines (with a header, or a very long line
   * right after a row).
   */
  private static String randomLines(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      if (random.nextInt(40) == 0) {
        text.append("id,name,phone\n");
        for (int row = random.nextInt(300); row > 0; row--) {
          String note = random.nextInt(4) == 0 ? "\"n\n" + random.nextInt(99) + ",\nm\"" : "n";
          text.append(row).append(',').append(note).append(",p\n");
        }
        continue;
      }
      int lineLength = random.nextInt(20) == 0 ? random.nextInt(600)
          : random.nextInt(200) == 0 ? 2000 + random.nextInt(3000) : random.nextInt(41);
      for (int i = 0; i < lineLength; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append('\n');
    }
    return random.nextBoolean() ? text.toString() : text.substring(0, text.length() - 1 - random.nextInt(5));
  }
}
