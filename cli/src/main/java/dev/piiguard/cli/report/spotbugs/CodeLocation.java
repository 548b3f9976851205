package dev.piiguard.cli.report.spotbugs;

/**
 * A line range in a source file, as SpotBugs reports it.
 *
 * @param path the source path relative to a source root, such as {@code com/example/Shop.java}
 * @param startLine the first line, 1-based, or 0 when SpotBugs did not know it
 * @param endLine the last line, at least {@code startLine}
 */
public record CodeLocation(String path, int startLine, int endLine) {

  /** A location SpotBugs did not report. */
  public static final CodeLocation UNKNOWN = new CodeLocation("", 0, 0);

  /** Keeps the line range consistent. */
  public CodeLocation {
    path = path == null ? "" : path;
    startLine = Math.max(startLine, 0);
    endLine = Math.max(endLine, startLine);
  }

  /** Whether SpotBugs reported a line. */
  public boolean isKnown() {
    return startLine > 0;
  }

  /** The file name without its folders. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The short form a reader looks for: {@code Shop.java:42} or {@code Shop.java:42-44}. */
  public String display() {
    if (!isKnown()) {
      return fileName().isEmpty() ? "unknown line" : fileName();
    }
    String lines = endLine > startLine ? startLine + "-" + endLine : String.valueOf(startLine);
    return (fileName().isEmpty() ? "line " : fileName() + ":") + lines;
  }
}
