package dev.piiguard.cli.scan;

import dev.piiguard.cli.SafeText;
import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.detect.RegexBudgetExceededException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code piiguard scan [FILE...]}: finds personal data in text files or standard input and prints
 * one finding per line, the value masked. See {@link ScanOptions#USAGE}.
 *
 * <p>Files are read as a stream, in windows of bounded size that hold the lines around each value
 * ({@link TextWindows}), so memory stays flat for files of any size. A file that cannot be read is reported in one line on
 * standard error, naming the file but never its content, and the scan goes on with the next file.
 */
public final class ScanCommand {

  /** Nothing found. */
  public static final int EXIT_CLEAN = 0;
  /** Personal data found. */
  public static final int EXIT_FOUND = 1;
  /** Bad input: a wrong command line, or a file that is missing, unreadable or not text. */
  public static final int EXIT_BAD_INPUT = 2;

  private static final int BINARY_SNIFF_BYTES = 8192;
  /** What the JVM makes of bytes in a command-line argument that are not UTF-8. */
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private ScanCommand() {}

  /** Runs {@code scan} with the arguments after its name; returns the exit status. */
  public static int run(List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
    ScanOptions options;
    try {
      options = ScanOptions.parse(arguments);
    } catch (ScanOptions.UsageException e) {
      err.println("piiguard scan: " + e.getMessage() + " (see piiguard scan --help)");
      return EXIT_BAD_INPUT;
    }
    if (options.help) {
      out.print(ScanOptions.USAGE);
      return EXIT_CLEAN;
    }
    PiiScanner scanner;
    try {
      scanner = scanner(options);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("piiguard scan: --detectors " + reason(e, options.detectors));
      return EXIT_BAD_INPUT;
    }
    FindingPrinter printer = FindingPrinter.of(options.format, out, options.showValues);
    List<String> files = options.files.isEmpty() ? List.of(ScanOptions.STANDARD_INPUT) : options.files;
    boolean failed = false;
    try {
      for (String file : files) {
        printer.nextFile();
        try {
          // Findings show the name in full, with personal data in it masked unless values are shown.
          String shownName = options.showValues ? file : SafeText.redactSegments(file, scanner);
          scanFile(file, shownName, in, scanner, printer);
        } catch (InputException e) {
          printer.fileFailed();
          out.flush();
          err.println("piiguard scan: " + SafeText.of(file, scanner) + ": " + e.getMessage());
          err.flush(); // before the next file's findings, in order when both go to one place
          failed = true;
        }
        printer.checkOutput();
      }
      printer.finish();
      printer.checkOutput();
    } catch (FindingPrinter.OutputFailedException e) {
      err.println("piiguard scan: " + e.getMessage() + "; scan stopped");
      return EXIT_BAD_INPUT;
    }
    if (failed) {
      return EXIT_BAD_INPUT;
    }
    return printer.findings() > 0 ? EXIT_FOUND : EXIT_CLEAN;
  }

  private static PiiScanner scanner(ScanOptions options) {
    if (options.detectors == null) {
      return PiiScanner.defaults();
    }
    return PiiScanner.builder().addCustomDetectors(Path.of(options.detectors)).build();
  }

  private static void scanFile(String file, String shownName, InputStream standardInput, PiiScanner scanner,
      FindingPrinter printer) throws InputException {
    if (file.equals(ScanOptions.STANDARD_INPUT)) {
      scanStream(shownName, standardInput, scanner, printer);
      return;
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new InputException("not a valid file name here (a name beyond ASCII needs a UTF-8"
          + " locale, such as LANG=C.UTF-8; or give the file on standard input)");
    }
    if (Files.isDirectory(path)) {
      throw new InputException("is a directory (name the files to scan)");
    }
    try (InputStream input = new PipeTolerantInputStream(Files.newInputStream(path))) {
      scanStream(shownName, input, scanner, printer);
    } catch (NoSuchFileException e) {
      throw new InputException(file.indexOf(REPLACEMENT_CHARACTER) >= 0
          ? "no such file (or a name that is not valid UTF-8, which cannot be opened by name:"
              + " give the file on standard input)"
          : "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read it (permission denied)");
    } catch (IOException e) {
      throw new InputException("cannot read it (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void scanStream(String file, InputStream input, PiiScanner scanner, FindingPrinter printer)
      throws InputException {
    TextWindows windows = new TextWindows();
    try {
      BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
      rejectBinary(buffered);
      printer.startFile();
      LenientUtf8Reader reader = new LenientUtf8Reader(buffered);
      windows.read(reader, (text, acceptFrom, acceptTo, lines) -> {
        for (Finding finding : scanner.scan(text)) {
          if (finding.start() >= acceptFrom && finding.start() < acceptTo) {
            // a value wrapped over a line break ends past its first line's end
            long start = lines.columnOf(finding.start());
            printer.finding(file, lines.lineOf(finding.start()), start, start + finding.length(),
                finding.type(), text.subSequence(finding.start(), finding.end()));
          }
        }
      });
      if (reader.replacedSequences() > 0) {
        throw new InputException("not valid UTF-8 from line " + reader.firstReplacedLine() + " ("
            + reader.replacedSequences() + (reader.replacedSequences() == 1 ? " byte sequence" : " byte sequences")
            + " read as U+FFFD, the rest scanned)");
      }
    } catch (StackOverflowError e) {
      throw new InputException("scan stopped " + windows.linesHandedOver() + ": a --detectors regex"
          + " overflowed the stack (a repeated group of alternatives over a long match; write the"
          + " group possessive, as (?:a|b)++)");
    } catch (RegexBudgetExceededException e) {
      throw new InputException("scan stopped " + windows.linesHandedOver() + ": --detectors regex "
          + e.detectorId() + " backtracks catastrophically on it (a repetition inside a repetition,"
          + " as in (?:\\w+\\s?){1,30}; write the inner one possessive, as \\w++; or a match"
          + " tried from every start of a very long token; guard its start, as (?<![\\w.])[\\w.]+@…)");
    } catch (NotTextException e) {
      throw new InputException("not scanned: " + e.getMessage() + "; only UTF-8 text is scanned");
    } catch (IOException e) {
      throw new InputException("read failed near line " + windows.lastLineRead() + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void rejectBinary(BufferedInputStream input) throws IOException, NotTextException {
    input.mark(BINARY_SNIFF_BYTES);
    byte[] head = input.readNBytes(BINARY_SNIFF_BYTES);
    input.reset();
    for (byte b : head) {
      if (b == 0) {
        throw new NotTextException("binary file (NUL bytes)");
      }
    }
  }

  private static String reason(RuntimeException e, String detectors) {
    if (e instanceof UncheckedIOException) {
      String why = e.getCause() instanceof java.nio.charset.CharacterCodingException
          ? "it is not UTF-8 text" : e.getCause().getClass().getSimpleName();
      return SafeText.of(detectors) + ": cannot read it (" + why + ")";
    }
    return SafeText.of(String.valueOf(e.getMessage()));
  }

  /** A file could not be scanned; the message says why without quoting its content. */
  private static final class InputException extends Exception {
    InputException(String message) {
      super(message, null, false, false);
    }
  }
}
