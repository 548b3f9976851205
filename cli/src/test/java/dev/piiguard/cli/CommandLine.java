package dev.piiguard.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code piiguard} in this JVM with captured standard streams. */
public final class CommandLine {

  /** What one run printed and returned. */
  public record Result(int status, String out, String err) {}

  private CommandLine() {}

  public static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  public static Result runWithInput(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, false, StandardCharsets.UTF_8);
    int status = Main.run(args, new ByteArrayInputStream(input), outStream, errStream);
    outStream.flush();
    errStream.flush();
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
