package dev.piiguard.agent.config;

/** What the agent does with a request it cannot inspect or rewrite ({@code failure=}). */
public enum FailureMode {
  /** Send it unchanged and write an audit event. */
  OPEN,
  /** Refuse it with an exception and write an audit event. */
  CLOSED
}
