package dev.piiguard.core.internal.splice;

/**
 * One planned replacement: units {@code [start, end)} of a view become a placeholder or a token of
 * {@code type}, written between two {@code quote}s: empty for text in a string or plain text, a
 * quote when the replaced units were a bare JSON number, an escaped quote ({@code \"}, or more
 * backslashes) when they were a bare number of JSON inside a JSON string (a tool call's
 * arguments), so that both documents stay valid.
 */
public record Edit(int start, int end, String type, String quote) {

  /** An edit written without quotes. */
  public Edit(int start, int end, String type) {
    this(start, end, type, "");
  }

  /** Whether the replaced units were a bare number, so the replacement is written as a string. */
  public boolean quoted() {
    return !quote.isEmpty();
  }
}
