package dev.piiguard.cli.report.model;

/** The kind of place personal data goes to. */
public enum Channel {
  LOG("Logs", "application logs"),
  AI_PROVIDER("AI provider", "an AI provider"),
  HTTP("Other HTTP", "an HTTP endpoint"),
  EXCEPTION("Exception messages", "exception messages"),
  TO_STRING("toString()", "toString() output"),
  OTHER("Other", "another sink");

  private final String title;
  private final String staticDestination;

  Channel(String title, String staticDestination) {
    this.title = title;
    this.staticDestination = staticDestination;
  }

  /** The short name shown in tables and charts. */
  public String title() {
    return title;
  }

  /** How the destination of a path found in code is named when no run time event names a host. */
  public String staticDestination() {
    return staticDestination;
  }

  /** The channel a bug pattern reports. */
  public static Channel ofPattern(String pattern) {
    return switch (pattern) {
      case "PII_TO_LOG" -> LOG;
      case "PII_TO_AI_API" -> AI_PROVIDER;
      case "PII_TO_HTTP" -> HTTP;
      case "PII_IN_EXCEPTION" -> EXCEPTION;
      case "PII_IN_TOSTRING" -> TO_STRING;
      default -> OTHER;
    };
  }

  /** The channel of a request: an AI provider when the agent's {@code ai} rule picked it. */
  public static Channel ofRule(String rule) {
    return rule.equals("ai") ? AI_PROVIDER : HTTP;
  }
}
