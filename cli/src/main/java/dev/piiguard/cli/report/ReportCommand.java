package dev.piiguard.cli.report;

import dev.piiguard.cli.SafeText;
import dev.piiguard.cli.report.audit.AuditFileReader;
import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.ReportInputException;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.ReportModelBuilder;
import dev.piiguard.cli.report.spotbugs.SpotBugsFileReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code piiguard report}: reads a SpotBugs result and the agent's audit events and writes one
 * report in HTML, JSON, Markdown or plain text.
 */
public final class ReportCommand {

  /** The report was written. */
  public static final int EXIT_OK = 0;
  /** Bad arguments, or an input that cannot be read. */
  public static final int EXIT_USAGE = 2;

  private final Clock clock;

  /** A command that stamps reports with the current time. */
  public ReportCommand() {
    this(Clock.systemUTC());
  }

  ReportCommand(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs the command with the arguments that follow {@code report}.
   *
   * @return the exit status
   */
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    Optional<ReportOptions> parsed;
    try {
      parsed = ReportOptions.parse(arguments);
    } catch (ReportOptions.UsageException e) {
      err.println("piiguard report: " + e.getMessage());
      err.print(ReportOptions.USAGE);
      return EXIT_USAGE;
    }
    if (parsed.isEmpty()) {
      out.print(ReportOptions.USAGE);
      return EXIT_OK;
    }
    ReportOptions options = parsed.get();
    try {
      String report = options.format().renderer().render(model(options));
      if (options.output().isPresent()) {
        write(options.output().get(), report);
        err.println("piiguard report: wrote " + SafeText.of(options.output().get().toString()));
      } else {
        out.print(report);
        out.flush();
      }
      return EXIT_OK;
    } catch (ReportInputException e) {
      // The message names the input file, whose name may hold personal data.
      err.println("piiguard report: " + SafeText.of(e.getMessage()));
      return EXIT_USAGE;
    } catch (IOException e) {
      Optional<Path> output = options.output();
      String why = output.isPresent() && Files.isDirectory(output.get())
          ? "it is a directory (name the report file)" : e.getClass().getSimpleName();
      err.println("piiguard report: cannot write "
          + SafeText.of(output.map(Path::toString).orElse("the report")) + ": " + why);
      return EXIT_USAGE;
    }
  }

  private ReportModel model(ReportOptions options) throws ReportInputException {
    PiiMasker masker = new PiiMasker();
    ReportModelBuilder builder = new ReportModelBuilder(clock);
    if (options.spotbugs().isPresent()) {
      builder.staticAnalysis(new SpotBugsFileReader(masker).read(options.spotbugs().get()));
    }
    if (options.audit().isPresent()) {
      Path audit = options.audit().get();
      AuditFileReader.Summary read = new AuditFileReader(masker).read(audit, builder);
      builder.auditFile(masker.mask(String.valueOf(audit.getFileName())), read.skippedEventKinds());
    }
    return builder.build(masker.maskedCount());
  }

  /** Writes next to the target, then moves: a failed run never leaves half a report behind. */
  private static void write(Path output, String report) throws IOException {
    Path absolute = output.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temporary, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
