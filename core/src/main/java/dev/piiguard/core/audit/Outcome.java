package dev.piiguard.core.audit;

/** What happened to a request, as written in the {@code outcome} field. */
public enum Outcome {
  /** Sent unchanged. */
  SENT("sent"),
  /** Sent with placeholders in place of the values. */
  REDACTED("redacted"),
  /** Sent with tokens in place of the values. */
  TOKENIZED("tokenized"),
  /** Refused because it held PII and the action was {@code block}. */
  BLOCKED("blocked"),
  /** Could not be inspected and was sent unchanged ({@code failure=open}). */
  SENT_UNINSPECTED("sent-uninspected"),
  /** Could not be inspected and was refused ({@code failure=closed}). */
  REFUSED("refused");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The value written to the audit event. */
  public String id() {
    return id;
  }
}
