package dev.piiguard.agent.config;

/** A bad agent option; the message is the one line the user sees and names the key and value. */
public final class AgentConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with the line to print. */
  public AgentConfigException(String message) {
    super(message);
  }

  /**
   * The message for an option no release knows, with where it came from (a system property, an
   * environment variable, a config file) unless it was an agent argument ({@code origin} null).
   */
  static AgentConfigException unknownOption(String key, String origin) {
    return new AgentConfigException("Unknown agent option \"" + key + "\""
        + (origin == null ? "" : " (" + origin + ")") + ".");
  }

  /** The message for a known option with a value it does not accept. */
  static AgentConfigException badValue(String key, String value, String expected) {
    return new AgentConfigException(
        "Bad value \"" + value + "\" for agent option \"" + key + "\": " + expected + ".");
  }
}
