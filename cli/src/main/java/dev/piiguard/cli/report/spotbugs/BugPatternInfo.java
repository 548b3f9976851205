package dev.piiguard.cli.report.spotbugs;

/**
 * What a bug pattern means, taken from the input (SpotBugs copies it from the plugin's
 * {@code messages.xml}).
 *
 * @param type the pattern id, such as {@code PII_TO_LOG}
 * @param title the pattern's short description
 * @param explanation the pattern's details as plain text, paragraphs separated by a blank line
 * @param cwe the CWE id, or 0 when none is given
 */
public record BugPatternInfo(String type, String title, String explanation, int cwe) {

  /** A pattern the input names but does not describe. */
  public static BugPatternInfo undescribed(String type, int cwe) {
    return new BugPatternInfo(type, type, "", cwe);
  }
}
