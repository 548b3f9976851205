package dev.piiguard.cli.report.spotbugs;

import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.ReportInputException;
import dev.piiguard.cli.report.input.UnreadableFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a SpotBugs result, telling the XML and the SARIF form apart by their first character. */
public final class SpotBugsFileReader {

  private final PiiMasker masker;

  /** A reader that masks every text it keeps with {@code masker}. */
  public SpotBugsFileReader(PiiMasker masker) {
    this.masker = masker;
  }

  /** Reads the findings of PII patterns from {@code file}. */
  public StaticAnalysis read(Path file) throws ReportInputException {
    int first = firstSignificantCharacter(file);
    return switch (first) {
      case '<' -> new BugCollectionReader(masker).read(file);
      case '{' -> new SarifReader(masker).read(file);
      case -1 -> throw new ReportInputException(file, 0, "is empty");
      default ->
          throw new ReportInputException(
              file, 1, "is neither SpotBugs XML (spotbugsXml.xml) nor SARIF (a JSON object)");
    };
  }

  private static int firstSignificantCharacter(Path file) throws ReportInputException {
    if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
      // a pipe (<(zcat …)) would be read up to here and then be empty for the reader
      throw new ReportInputException(file, 0, "is not a regular file: give the SpotBugs result itself, not a pipe");
    }
    try (InputStream in = Files.newInputStream(file)) {
      int character = in.read();
      if (character == 0xEF) {
        in.skipNBytes(2);
        character = in.read();
      }
      while (character == ' ' || character == '\t' || character == '\r' || character == '\n') {
        character = in.read();
      }
      return character;
    } catch (IOException e) {
      throw UnreadableFile.of(file, e);
    }
  }
}
