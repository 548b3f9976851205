package dev.piiguard.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One {@code piiguard} subcommand: runs with the arguments after its name, returns the exit status. */
@FunctionalInterface
public interface Subcommand {

  /**
   * Runs the subcommand.
   *
   * @param arguments the arguments after the subcommand's name
   * @param in standard input
   * @param out standard output (UTF-8)
   * @param err standard error (UTF-8): one line per problem, never a raw personal value
   * @return the process exit status
   */
  int run(List<String> arguments, InputStream in, PrintStream out, PrintStream err);
}
