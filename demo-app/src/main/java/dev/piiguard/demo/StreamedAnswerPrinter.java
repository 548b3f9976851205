package dev.piiguard.demo;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Prints a streamed answer on one line, its label written when the first piece arrives. */
final class StreamedAnswerPrinter implements Consumer<String> {
  private final PrintStream out;
  private final String label;
  private boolean started;

  StreamedAnswerPrinter(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void accept(String piece) {
    if (!started) {
      out.print(label);
      started = true;
    }
    out.print(piece);
    out.flush();
  }

  void end() {
    if (started) {
      out.println();
    }
  }
}
