package dev.piiguard.cli.report;

import dev.piiguard.cli.ArgumentReader;
import dev.piiguard.cli.SafeText;
import dev.piiguard.cli.report.render.ReportFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code piiguard report}.
 *
 * @param spotbugs the SpotBugs result (XML or SARIF), if given
 * @param audit the audit events (JSON Lines), if given
 * @param output where to write the report; standard output when absent
 * @param format the report's format
 */
record ReportOptions(Optional<Path> spotbugs, Optional<Path> audit, Optional<Path> output, ReportFormat format) {

  static final String USAGE =
      """
      Usage: piiguard report [--spotbugs FILE] [--audit FILE] [-o FILE] [--format html|json|markdown|text]

      Turns SpotBugs findings and the agent's audit events into one report.

        --spotbugs FILE   SpotBugs result: spotbugsXml.xml or SARIF (spotbugsSarif.json)
        --audit FILE      audit events written by the agent (JSON Lines)
        -o, --output FILE where to write the report (default: standard output)
        --format FORMAT   html (default), json, markdown, or text for a terminal
        -h, --help        show this help

      Give --spotbugs, --audit or both. Exit status: 0 when the report was written,
      2 on a usage error or an input that cannot be read.
      """;

  /** Thrown for arguments that do not make a valid command line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * {@code value}, unless the option was given before: the last one would win unseen, and a report
   * on one module's findings of several would look complete.
   */
  private static Path once(Path current, Path value, String name) throws UsageException {
    if (current != null) {
      throw new UsageException(name + " is given twice: a report reads one file of each kind.");
    }
    return value;
  }

  /** Parses the arguments that follow {@code report}; returns empty for {@code --help}. */
  static Optional<ReportOptions> parse(List<String> arguments) throws UsageException {
    Path spotbugs = null;
    Path audit = null;
    Path output = null;
    ReportFormat format = ReportFormat.HTML;
    ArgumentReader reader = new ArgumentReader(arguments);
    while (reader.hasNext()) {
      String argument = reader.next();
      String name = ArgumentReader.optionName(argument);
      switch (name) {
        case "-h", "--help" -> {
          return Optional.empty();
        }
        case "--spotbugs" -> spotbugs = once(spotbugs, path(required(reader.valueOf(argument), name), name), name);
        case "--audit" -> audit = once(audit, path(required(reader.valueOf(argument), name), name), name);
        case "-o", "--output" -> output = once(output, path(required(reader.valueOf(argument), name), name), name);
        case "--format" -> {
          String formatName = required(reader.valueOf(argument), name);
          format = ReportFormat.parse(formatName)
              .orElseThrow(() -> new UsageException(
                  "Unknown report format \"" + SafeText.of(formatName) + "\": use html, json, markdown or text."));
        }
        default -> throw new UsageException("Unknown option \"" + ArgumentReader.shownOption(argument) + "\".");
      }
    }
    if (spotbugs == null && audit == null) {
      throw new UsageException("Give --spotbugs, --audit or both: there is nothing to report on.");
    }
    return Optional.of(new ReportOptions(
        Optional.ofNullable(spotbugs), Optional.ofNullable(audit), Optional.ofNullable(output), format));
  }

  /** The file an option names; the message for a name the system rejects does not quote it. */
  private static Path path(String value, String option) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("Option " + option + " does not name a valid file.");
    }
  }

  private static String required(String value, String option) throws UsageException {
    if (value == null || value.isEmpty()) {
      throw new UsageException("Option " + option + " needs a value.");
    }
    return value;
  }
}
