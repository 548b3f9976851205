package dev.piiguard.cli.scan;

import dev.piiguard.cli.SafeText;
import dev.piiguard.core.json.JsonStrings;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Writes findings as {@code scan} prints them: JSON Lines for tools or text for people. */
abstract class FindingPrinter {

  /** Findings printed between two checks that the output still takes them. */
  private static final int FINDINGS_PER_OUTPUT_CHECK = 256;

  protected final PrintStream out;
  protected final boolean showValues;
  private final Map<String, Long> countsByType = new TreeMap<>();
  private long findings;
  private int filesWithFindings;
  private int files;
  private int filesNotScanned;
  private boolean currentFileStarted;
  private boolean currentFileHasFindings;

  FindingPrinter(PrintStream out, boolean showValues) {
    this.out = out;
    this.showValues = showValues;
  }

  static FindingPrinter of(ScanOptions.Format format, PrintStream out, boolean showValues) {
    return format == ScanOptions.Format.TEXT
        ? new TextPrinter(out, showValues)
        : new JsonLinesPrinter(out, showValues);
  }

  /** Called before each file is opened. */
  final void nextFile() {
    currentFileStarted = false;
    currentFileHasFindings = false;
  }

  /** Called once the file is open and taken for text: it counts as scanned from here on. */
  final void startFile() {
    files++;
    currentFileStarted = true;
  }

  /** Called when the file could not be scanned; it counts as not scanned unless it was started. */
  final void fileFailed() {
    if (!currentFileStarted) {
      filesNotScanned++;
    }
  }

  /**
   * Throws {@link OutputFailedException} when the output no longer takes what is written (a full
   * disk, a closed pipe), which a {@link PrintStream} otherwise hides.
   */
  final void checkOutput() {
    if (out.checkError()) {
      throw new OutputFailedException();
    }
  }

  final void finding(String file, long line, long start, long end, String type, CharSequence value) {
    findings++;
    countsByType.merge(type, 1L, Long::sum);
    if (!currentFileHasFindings) {
      currentFileHasFindings = true;
      filesWithFindings++;
    }
    print(file, line, start, end, type, Preview.of(type, value), showValues ? value.toString() : null);
    if (findings % FINDINGS_PER_OUTPUT_CHECK == 0) {
      checkOutput();
    }
  }

  long findings() {
    return findings;
  }

  /** Writes one finding; {@code value} is null unless values are shown. */
  protected abstract void print(
      String file, long line, long start, long end, String type, String preview, String value);

  /** Called once at the end. */
  void finish() {}

  protected final String summary() {
    String notScanned = filesNotScanned == 0 ? ""
        : "; " + plural(filesNotScanned, "file") + " not scanned (see the errors)";
    if (findings == 0) {
      return "No personal data found in " + plural(files, "file") + notScanned + ".";
    }
    StringBuilder summary = new StringBuilder();
    summary.append(plural(findings, "finding")).append(" in ").append(filesWithFindings)
        .append(" of ").append(plural(files, "file")).append(": ");
    String separator = "";
    for (Map.Entry<String, Long> count : countsByType.entrySet()) {
      summary.append(separator).append(count.getKey()).append(' ').append(count.getValue());
      separator = ", ";
    }
    return summary.append(notScanned).append('.').toString();
  }

  /** The output failed; what was written last may be lost. */
  static final class OutputFailedException extends RuntimeException {
    OutputFailedException() {
      super("cannot write the findings", null, false, false);
    }
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** One JSON object per line. */
  private static final class JsonLinesPrinter extends FindingPrinter {
    private final StringBuilder line = new StringBuilder(160);

    JsonLinesPrinter(PrintStream out, boolean showValues) {
      super(out, showValues);
    }

    @Override
    protected void print(
        String file, long lineNumber, long start, long end, String type, String preview, String value) {
      line.setLength(0);
      line.append("{\"file\":");
      JsonStrings.appendQuoted(line, file);
      line.append(",\"line\":").append(lineNumber);
      line.append(",\"start\":").append(start);
      line.append(",\"end\":").append(end);
      line.append(",\"type\":");
      JsonStrings.appendQuoted(line, type);
      line.append(",\"preview\":");
      JsonStrings.appendQuoted(line, preview);
      if (value != null) {
        line.append(",\"value\":");
        JsonStrings.appendQuoted(line, value);
      }
      line.append("}\n");
      out.append(line);
    }
  }

  /** {@code file:line:column: TYPE preview}, grep style, and a summary line at the end. */
  private static final class TextPrinter extends FindingPrinter {

    TextPrinter(PrintStream out, boolean showValues) {
      super(out, showValues);
    }

    @Override
    protected void print(
        String file, long lineNumber, long start, long end, String type, String preview, String value) {
      out.append(SafeText.printable(file)).append(':').append(String.valueOf(lineNumber)).append(':')
          .append(String.valueOf(start + 1)).append(": ").append(SafeText.printable(type)).append(' ')
          .append(SafeText.printable(value == null ? preview : value)).append('\n');
    }

    @Override
    void finish() {
      out.append(summary()).append('\n');
    }
  }
}
