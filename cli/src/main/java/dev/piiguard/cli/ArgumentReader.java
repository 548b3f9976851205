package dev.piiguard.cli;

import java.util.List;

/**
 * Reads a subcommand's arguments in order, with options written as {@code --name=value} or as
 * {@code --name value}. Each command keeps its own options and messages; this only does the
 * splitting and the stepping that they share.
 */
public final class ArgumentReader {

  private final List<String> arguments;
  private int next;

  public ArgumentReader(List<String> arguments) {
    this.arguments = List.copyOf(arguments);
  }

  public boolean hasNext() {
    return next < arguments.size();
  }

  public String next() {
    return arguments.get(next++);
  }

  /** The option name of an argument: what comes before {@code =} in {@code --name=value}. */
  public static String optionName(String argument) {
    int equals = argument.indexOf('=');
    return argument.startsWith("--") && equals > 2 ? argument.substring(0, equals) : argument;
  }

  /**
   * An unknown option as an error message shows it: its name, without a {@code =value}, and of a
   * word after one dash only the dash and its first letter ({@code -oVALUE}, {@code -x4111…}), as the
   * rest may be a value; personal data in it masked.
   */
  public static String shownOption(String argument) {
    String name = optionName(argument);
    boolean shortWord = name.startsWith("-") && !name.startsWith("--") && name.length() > 2;
    return SafeText.of(shortWord ? name.substring(0, 2) + "..." : name);
  }

  /**
   * The value of the option {@code argument} that was just read: what follows its {@code =}, else
   * the next argument (which is then consumed), else null.
   */
  public String valueOf(String argument) {
    String name = optionName(argument);
    if (name.length() < argument.length()) {
      return argument.substring(name.length() + 1);
    }
    return hasNext() ? next() : null;
  }
}
