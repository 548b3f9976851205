package dev.piiguard.agent.inspect;

import dev.piiguard.core.audit.UninspectedReason;

/**
 * What an instrumentation does with a request after inspection: send it unchanged, send a new
 * body and/or query, or refuse it with an exception. Tokenized requests also restore the reply.
 */
public final class Verdict {
  /** Send the request as the application made it. */
  public static final Verdict UNCHANGED = new Verdict(null, null, null, false, null, false);

  private final byte[] body;
  private final String rawQuery;
  private final PiiGuardException refusal;
  private final boolean restoreResponse;
  private final UninspectedReason uninspectedReason;
  private final boolean rewritten;

  private Verdict(byte[] body, String rawQuery, PiiGuardException refusal, boolean restoreResponse,
      UninspectedReason uninspectedReason, boolean rewritten) {
    this.body = body;
    this.rawQuery = rawQuery;
    this.refusal = refusal;
    this.restoreResponse = restoreResponse;
    this.uninspectedReason = uninspectedReason;
    this.rewritten = rewritten;
  }

  static Verdict rewrite(byte[] body, String rawQuery, boolean restoreResponse) {
    return new Verdict(body, rawQuery, null, restoreResponse, null, true);
  }

  static Verdict refuse(PiiGuardException refusal) {
    return new Verdict(null, null, refusal, false, null, false);
  }

  /** Send the request as the application made it, unread, as {@code failure=open} says. */
  static Verdict sendUninspected(UninspectedReason reason) {
    return new Verdict(null, null, null, false, reason, false);
  }

  /**
   * This verdict, sending {@code read} as the body where it keeps the body: the bytes a client's
   * body gave when it was read for inspection. A body that reads from a stream gives them once; had
   * the client written it again, it would have sent it empty or cut short.
   */
  Verdict sendingBodyAsRead(byte[] read) {
    return body != null || refusal != null ? this
        : new Verdict(read, rawQuery, null, restoreResponse, uninspectedReason, rewritten);
  }

  /**
   * Whether values were replaced in the body or the query (redacted or tokenized); not a body sent
   * as it was read ({@link #sendingBodyAsRead}).
   */
  public boolean rewritten() {
    return rewritten;
  }

  /** Whether the request is sent exactly as the application made it. */
  public boolean unchanged() {
    return body == null && rawQuery == null && refusal == null;
  }

  /** The new body bytes (already content-encoded as the original), or null to keep the body. */
  public byte[] body() {
    return body;
  }

  /** The new raw (percent-encoded) query, or null to keep the query. */
  public String rawQuery() {
    return rawQuery;
  }

  /** The exception to fail the call with, or null to send. */
  public PiiGuardException refusal() {
    return refusal;
  }

  /** Why the request is sent unread ({@code failure=open}), or null when it was read. */
  public UninspectedReason uninspectedReason() {
    return uninspectedReason;
  }

  /** Whether tokens must be restored in the response the application reads. */
  public boolean restoreResponse() {
    return restoreResponse;
  }
}
