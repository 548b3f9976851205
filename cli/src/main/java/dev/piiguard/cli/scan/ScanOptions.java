package dev.piiguard.cli.scan;

import dev.piiguard.cli.ArgumentReader;
import dev.piiguard.cli.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parsed command line of {@code piiguard scan}. */
final class ScanOptions {

  static final String STANDARD_INPUT = "-";

  static final String USAGE =
      String.join(
          "\n",
          "Usage: piiguard scan [options] [FILE...]",
          "",
          "Finds personal data (e-mail addresses, phone numbers, payment cards, IBANs, US SSNs,",
          "IP addresses, secrets) in UTF-8 text files and prints one finding per line.",
          "With no FILE, or when FILE is -, reads standard input; its findings name the file \"-\".",
          "",
          "Options:",
          "  --format json|text  json (default): one JSON object per finding (JSON Lines):",
          "                        {\"file\":\"a.txt\",\"line\":3,\"start\":14,\"end\":30,\"type\":\"EMAIL\",",
          "                         \"preview\":\"j***@example.com\"}",
          "                      line is 1-based; start and end are 0-based char offsets in the",
          "                      line (UTF-16 units), end exclusive.",
          "                      text: \"FILE:LINE:COLUMN: TYPE PREVIEW\" (column 1-based) and a summary.",
          "  --show-values       also print each raw value: a \"value\" field in JSON, the value",
          "                      instead of the preview in text. The output then holds the personal",
          "                      data itself: off by default, never print it to shared logs.",
          "  --detectors FILE    add custom detectors: id=regex lines (see the README).",
          "  -h, --help          print this help.",
          "",
          "The preview masks the value (j***@example.com, **** **** **** 1111, ***-**-****).",
          "",
          "Exit status: 0 nothing found, 1 something found, 2 bad input (an unknown option, a",
          "missing, unreadable or binary file, text that is not UTF-8); like grep, 2 wins.",
          "");

  enum Format {
    JSON,
    TEXT
  }

  /** The command line is wrong; the message says how, without repeating personal data. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  final List<String> files;
  final Format format;
  final boolean showValues;
  final String detectors;
  final boolean help;

  private ScanOptions(List<String> files, Format format, boolean showValues, String detectors, boolean help) {
    this.files = files;
    this.format = format;
    this.showValues = showValues;
    this.detectors = detectors;
    this.help = help;
  }

  static ScanOptions parse(List<String> arguments) throws UsageException {
    List<String> files = new ArrayList<>();
    Format format = Format.JSON;
    boolean showValues = false;
    String detectors = null;
    boolean help = false;
    boolean optionsEnded = false;
    ArgumentReader reader = new ArgumentReader(arguments);
    while (reader.hasNext()) {
      String argument = reader.next();
      if (optionsEnded || argument.equals(STANDARD_INPUT) || !argument.startsWith("-")) {
        files.add(argument);
        continue;
      }
      String name = ArgumentReader.optionName(argument);
      switch (name) {
        case "--":
          optionsEnded = true;
          break;
        case "-h":
        case "--help":
          help = flag(argument, name);
          break;
        case "--show-values":
          showValues = flag(argument, name);
          break;
        case "--format":
          format = format(required(reader.valueOf(argument), name));
          break;
        case "--detectors":
          detectors = required(reader.valueOf(argument), name);
          break;
        default:
          throw new UsageException("unknown option " + ArgumentReader.shownOption(argument));
      }
    }
    return new ScanOptions(List.copyOf(files), format, showValues, detectors, help);
  }

  /**
   * A flag is on when named, and takes no value: {@code --show-values=false} must not show values
   * (as a template's {@code --show-values=${SHOW:-false}} would).
   */
  private static boolean flag(String argument, String name) throws UsageException {
    if (!argument.equals(name)) {
      throw new UsageException(name + " takes no value");
    }
    return true;
  }

  private static String required(String value, String name) throws UsageException {
    if (value == null) {
      throw new UsageException(name + " needs a value");
    }
    return value;
  }

  private static Format format(String value) throws UsageException {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "json":
        return Format.JSON;
      case "text":
        return Format.TEXT;
      default:
        throw new UsageException("--format must be json or text, not " + SafeText.of(value));
    }
  }
}
