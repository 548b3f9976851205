package dev.piiguard.cli.report.model;

/** What the evidence says about one flow of personal data. */
public enum FlowStatus {
  /** At run time at least one request carried the values out unchanged. */
  EXPOSED("sent unprotected"),
  /** Only found in code: nothing says whether it happens at run time. */
  IN_CODE("path in code"),
  /** At run time every request was redacted, tokenized, blocked or refused. */
  PROTECTED("protected at run time");

  private final String label;

  FlowStatus(String label) {
    this.label = label;
  }

  /** The words shown to the reader. */
  public String label() {
    return label;
  }
}
