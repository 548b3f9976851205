package dev.piiguard.cli;

import dev.piiguard.cli.report.ReportCommand;
import dev.piiguard.cli.scan.ScanCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code piiguard} command line: picks the subcommand named by the first argument and runs it.
 *
 * <p>A new subcommand is one entry in {@link #SUBCOMMANDS}: a name, a one-line summary, and a
 * {@link Subcommand} that does the work in its own package.
 */
public final class Main {

  /** Usage: the command line was wrong. */
  public static final int EXIT_USAGE = 2;

  private record Entry(String summary, Subcommand subcommand) {}

  private static final Map<String, Entry> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("scan", new Entry("find personal data in text files", ScanCommand::run));
    SUBCOMMANDS.put("report", new Entry("turn SpotBugs findings and audit events into one report",
        (arguments, in, out, err) -> new ReportCommand().run(arguments, out, err)));
  }

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs {@code piiguard} with {@code args}; returns the exit status. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(usage());
      return EXIT_USAGE;
    }
    String name = args[0];
    if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
      out.print(usage());
      return 0;
    }
    if (name.equals("--version") || name.equals("version")) {
      out.println("piiguard " + version());
      return 0;
    }
    Entry entry = SUBCOMMANDS.get(name);
    if (entry == null) {
      err.println("piiguard: unknown command \"" + SafeText.of(name) + "\" (commands: "
          + String.join(", ", SUBCOMMANDS.keySet()) + ")");
      return EXIT_USAGE;
    }
    return entry.subcommand().run(Arrays.asList(args).subList(1, args.length), in, out, err);
  }

  /** The version this jar was built as (from {@code version.properties}), or "unknown". */
  static String version() {
    try (InputStream properties = Main.class.getResourceAsStream("version.properties")) {
      if (properties == null) {
        return "unknown";
      }
      Properties version = new Properties();
      version.load(properties);
      return version.getProperty("version", "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  static String usage() {
    StringBuilder usage = new StringBuilder();
    usage.append("Usage: piiguard <command> [options] [arguments]\n\n");
    usage.append("PII Guard finds personal data before it leaks.\n\nCommands:\n");
    SUBCOMMANDS.forEach((name, entry) -> usage.append(String.format("  %-8s %s%n", name, entry.summary())));
    usage.append("\nRun \"piiguard <command> --help\" for a command's options,"
        + " \"piiguard --version\" for the version.\n");
    return usage.toString();
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16), false, StandardCharsets.UTF_8);
  }
}
