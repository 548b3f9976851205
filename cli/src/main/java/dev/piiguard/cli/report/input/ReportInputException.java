package dev.piiguard.cli.report.input;

import java.nio.file.Path;

/**
 * An input of {@code piiguard report} that cannot be read as what it should be. The message names
 * the file and, when known, the 1-based line, and never quotes the input's content.
 */
public final class ReportInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  /**
   * Creates an error about {@code file} at {@code line}.
   *
   * @param file the input file
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param problem what is wrong, in words that contain no input text
   */
  public ReportInputException(Path file, int line, String problem) {
    super(location(file, line) + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** Like {@link #ReportInputException(Path, int, String)}, keeping the parser's error as cause. */
  public ReportInputException(Path file, int line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /** The input file the problem is in. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  private static String location(Path file, int line) {
    return line > 0 ? file + ":" + line : file.toString();
  }
}
