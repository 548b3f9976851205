package dev.piiguard.cli.report.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says why an input file could not be opened, in the words of {@code piiguard scan}'s errors. */
public final class UnreadableFile {
  private UnreadableFile() {}

  /** The error for {@code file}, which failed to open with {@code cause}. */
  public static ReportInputException of(Path file, IOException cause) {
    String why;
    if (cause instanceof NoSuchFileException) {
      why = "cannot be read: no such file";
    } else if (Files.isDirectory(file)) {
      why = "is a directory";
    } else if (cause instanceof AccessDeniedException) {
      why = "cannot be read: permission denied";
    } else {
      why = "cannot be read: " + cause.getClass().getSimpleName();
    }
    return new ReportInputException(file, 0, why, cause);
  }
}
