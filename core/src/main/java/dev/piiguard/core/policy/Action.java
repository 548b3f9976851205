package dev.piiguard.core.policy;

import java.util.Locale;

/** What the agent does with a request to a destination. */
public enum Action {
  /** Sends the request unchanged, without inspecting it. */
  ALLOW,
  /** Sends the request unchanged and writes an audit event when it holds PII. */
  MONITOR,
  /** Replaces each value found with a typed placeholder such as {@code [EMAIL]}. */
  REDACT,
  /** Replaces each value with a reversible token and restores the values in the reply. */
  TOKENIZE,
  /** Refuses a request that holds PII before any byte of it is sent. */
  BLOCK;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * Whether this action keeps values from going out as they are ({@code redact}, {@code tokenize},
   * {@code block}); {@code allow} and {@code monitor} send them unchanged.
   */
  public boolean guardsValues() {
    return this != ALLOW && this != MONITOR;
  }

  /** The lower-case name used in options and audit events, such as {@code redact}. */
  public String id() {
    return id;
  }

  /**
   * Reads an action from its id, ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
   */
  public static Action fromId(String text) {
    String wanted = text.trim();
    for (Action action : values()) {
      if (action.id.equalsIgnoreCase(wanted)) {
        return action;
      }
    }
    throw new IllegalArgumentException("expected one of allow, monitor, redact, tokenize, block");
  }
}
