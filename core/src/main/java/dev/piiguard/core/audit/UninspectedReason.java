package dev.piiguard.core.audit;

/** Why a request could not be inspected, as written in the {@code reason} field. */
public enum UninspectedReason {
  /** The body was larger than {@code max-body}. */
  BODY_TOO_LARGE("body-too-large"),
  /** The body was a one-shot stream the agent could not read and still send. */
  BODY_NOT_REPLAYABLE("body-not-replayable"),
  /** The body used a content encoding the agent cannot decode. */
  UNSUPPORTED_ENCODING("unsupported-encoding"),
  /** The agent failed while inspecting or rewriting the request. */
  INTERNAL_ERROR("internal-error");

  private final String id;

  UninspectedReason(String id) {
    this.id = id;
  }

  /** The value written to the audit event. */
  public String id() {
    return id;
  }
}
