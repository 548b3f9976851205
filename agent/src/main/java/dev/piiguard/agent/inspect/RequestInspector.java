package dev.piiguard.agent.inspect;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.Fingerprint;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.Policy;
import dev.piiguard.core.policy.PolicyDecision;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The request pipeline every instrumentation shares: given a request's destination, query and
 * body, it scans, applies the destination's action, writes the audit event and tells the
 * instrumentation what to send. It never throws: its own failures become a verdict per
 * {@code failure=} with an {@code uninspected} audit event.
 */
public final class RequestInspector {
  /** A body with a value of each kind that needs data or code loaded on first use. */
  private static final byte[] PREPARATION_SAMPLE = ("{\"text\":\"write to prepare@example.invalid, "
      + "call +44 20 7946 0958, card 4111 1111 1111 1111\"}").getBytes(StandardCharsets.UTF_8);

  private final Policy policy;
  private final PiiScanner scanner;
  /** Rule names as shown ({@link #shownRule}); as many as the configuration has rules. */
  private final Map<String, String> shownRules = new ConcurrentHashMap<>();
  private final ValueRewriter rewriter;
  private final AuditSink audit;
  private final FailureMode failure;
  private final long maxBodyBytes;
  private final Executor auditExecutor;

  /** A pipeline that writes audit events on the calling thread. */
  public RequestInspector(Policy policy, PiiScanner scanner, ValueRewriter rewriter,
      AuditSink audit, FailureMode failure, long maxBodyBytes) {
    this(policy, scanner, rewriter, audit, failure, maxBodyBytes, Runnable::run);
  }

  /**
   * A pipeline with its collaborators; all are thread-safe, and so is the pipeline. Fingerprints
   * are taken and events written through {@code auditExecutor}, which must run tasks in order.
   */
  public RequestInspector(Policy policy, PiiScanner scanner, ValueRewriter rewriter,
      AuditSink audit, FailureMode failure, long maxBodyBytes, Executor auditExecutor) {
    this.auditExecutor = Objects.requireNonNull(auditExecutor, "auditExecutor");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.failure = Objects.requireNonNull(failure, "failure");
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes < 0: " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Does the one-time set-up that the first request with findings would otherwise wait for: loads
   * the detectors' validation data (libphonenumber's among them), draws the keys, and runs
   * redaction and frame capture once. Meant for a background thread; requests are correct
   * without it.
   */
  public void prepare() {
    rewriter.prepare();
    List<Finding> findings = scanner.scanUtf8(PREPARATION_SAMPLE, 0, PREPARATION_SAMPLE.length);
    rewriter.redactUtf8(PREPARATION_SAMPLE, 0, PREPARATION_SAMPLE.length, findings, true);
    ApplicationFrame.describe(ApplicationFrame.capture());
  }

  /** The action for a destination; instrumentations skip all work when it is {@code allow}. */
  public PolicyDecision decide(String host, String path) {
    return policy.decide(host, path == null || path.isEmpty() ? "/" : path);
  }

  /** Whether a body of {@code length} bytes (-1 when unknown) may be buffered for inspection. */
  public boolean fits(long length) {
    return length <= maxBodyBytes;
  }

  /** The largest body that is buffered for inspection. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** A restorer for one response of a tokenized request, by its {@code Content-Type}. */
  public ChunkRestorer newRestorer(String contentType) {
    return rewriter.newRestorer(contentType);
  }

  /**
   * Inspects one request and applies its destination's action.
   *
   * @param client the instrumented library id written to audit events
   * @param destination where the request goes
   * @param decision the result of {@link #decide} for that destination
   * @param rawQuery the percent-encoded URL query, or null
   * @param body the body as the client would send it
   */
  public Verdict inspect(String client, Destination destination, PolicyDecision decision,
      String rawQuery, RequestBody body) {
    if (decision.action() == Action.ALLOW) {
      return Verdict.UNCHANGED;
    }
    long start = System.nanoTime();
    try {
      return inspectChecked(client, destination, decision, rawQuery, body, start);
    } catch (RuntimeException | IOException | Error e) {
      return uninspected(client, destination, decision, UninspectedReason.INTERNAL_ERROR, start);
    }
  }

  /**
   * Records a request whose body could not be buffered and returns what to do with it per
   * {@code failure=}. Does nothing for {@code allow} destinations.
   */
  public Verdict uninspectable(String client, Destination destination, PolicyDecision decision,
      UninspectedReason reason) {
    if (decision.action() == Action.ALLOW) {
      return Verdict.UNCHANGED;
    }
    return uninspected(client, destination, decision, reason, System.nanoTime());
  }

  /**
   * Inspects a request whose body the client can write out: {@code body} is null for none, read
   * into memory when it is replayable and fits {@code max-body}, and otherwise sent unread or
   * refused as {@code failure=} says, as is a body that fails to be written out. A body read is
   * sent as it was read (or rewritten), never written by the client a second time.
   */
  public Verdict inspectBody(String client, Destination destination, PolicyDecision decision,
      String rawQuery, ClientBody body) {
    if (decision.action() == Action.ALLOW) {
      return Verdict.UNCHANGED; // not read: the client writes it once, as without PII Guard
    }
    BoundedBuffer bytes = new BoundedBuffer(maxBodyBytes);
    try {
      if (body == null) {
        return inspect(client, destination, decision, rawQuery, RequestBody.none());
      }
      if (!body.replayable()) {
        return uninspectable(client, destination, decision, UninspectedReason.BODY_NOT_REPLAYABLE);
      }
      if (!fits(body.declaredLength())) {
        return uninspectable(client, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      body.writeTo(bytes);
      byte[] read = bytes.toByteArray();
      Verdict verdict = inspect(client, destination, decision, rawQuery,
          RequestBody.of(read, body.contentEncoding(), body.contentType()));
      return body.givesTheSameBytesEachTime() ? verdict : verdict.sendingBodyAsRead(read);
    } catch (IOException | RuntimeException e) {
      // a body of unknown length stops at max-body, not after all of it is in memory
      UninspectedReason reason = BoundedBuffer.isTooLarge(e)
          ? UninspectedReason.BODY_TOO_LARGE : UninspectedReason.INTERNAL_ERROR;
      if (bytes.size() > 0 && !ReplayProbe.startsAgain(body, bytes.toByteArray())) {
        // read from a stream part of the way: written again, it would go out cut short
        return unsendable(client, destination, decision, reason);
      }
      return uninspectable(client, destination, decision, reason);
    }
  }

  /**
   * Records a request that was partly consumed while being read for inspection, which can no
   * longer be sent intact, and refuses it whatever {@code failure=} says.
   */
  public Verdict unsendable(String client, Destination destination, PolicyDecision decision,
      UninspectedReason reason) {
    write(AuditEvent.Kind.UNINSPECTED, client, destination, decision, Outcome.REFUSED, reason,
        Map.of(), Set.of(), 0, System.nanoTime());
    return Verdict.refuse(RequestRefusedException.usedUp(destination.host(), shownRule(decision), reason));
  }

  /**
   * Whether a client may follow a redirect of the request {@code first} to {@code destination}:
   * null when it may, which is unless the request went out with its values (its rule said {@code
   * allow} or {@code monitor}) and the destination's rule asks for them to be replaced or not sent
   * ({@code redact}, {@code tokenize}, {@code block}); then records a blocked request to {@code
   * destination} and returns the exception to refuse the redirect with. A body redacted or
   * tokenized, or one a {@code block} rule let through, holds no value to protect. A body sent
   * unread ({@code failure=open}) goes to {@code destination} unread too, and is recorded there as
   * a request sent to it directly would be.
   */
  public PiiGuardException refuseRedirect(String client, HandledRequest first, Destination destination) {
    if (destination.equals(first.destination())) {
      return null; // sent again where it was handled: a retry, or a redirect to itself
    }
    PolicyDecision next = decide(destination.host(), destination.path());
    boolean sentWithValues = !first.decision().action().guardsValues();
    if (sentWithValues && next.action().guardsValues()) {
      write(AuditEvent.Kind.REQUEST, client, destination, next, Outcome.BLOCKED, null, Map.of(),
          Set.of(), 0, System.nanoTime());
      return RedirectRefusedException.toGuardedDestination(destination.host(), shownRule(next),
          next.action().id(), shownRule(first.decision()), first.decision().action().id());
    }
    if (first.uninspectedReason() != null) {
      return uninspectable(client, destination, next, first.uninspectedReason()).refusal();
    }
    return null;
  }

  /**
   * The name of the rule that made {@code decision} as audit events and exceptions show it: a
   * value in it (a rule named after the address it covers, {@code legacy-10.20.30.40}) as a
   * placeholder. Masked once per rule, here rather than when the options are read, which happens
   * before {@code main}.
   */
  private String shownRule(PolicyDecision decision) {
    return shownRules.computeIfAbsent(decision.rule(),
        rule -> PlaceholderRedaction.redactSegments(rule, scanner));
  }

  private Verdict inspectChecked(String client, Destination destination, PolicyDecision decision,
      String rawQuery, RequestBody body, long start) throws IOException {
    byte[] bytes = null;
    int offset = 0;
    int length = 0;
    boolean gzip = false;
    if (body.present()) {
      if (body.length() > maxBodyBytes) {
        return uninspected(client, destination, decision, UninspectedReason.BODY_TOO_LARGE, start);
      }
      String encoding = body.contentEncoding() == null ? "" : body.contentEncoding().trim();
      if (encoding.isEmpty() || encoding.equalsIgnoreCase("identity")) {
        bytes = body.bytes();
        offset = body.offset();
        length = body.length();
      } else if (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")) {
        try {
          bytes = GzipCodec.decode(body.bytes(), body.offset(), body.length(), maxBodyBytes);
        } catch (IOException notGzip) { // labelled gzip, but not (or not whole) gzip data
          return uninspected(client, destination, decision, UninspectedReason.UNSUPPORTED_ENCODING, start);
        }
        if (bytes == null) {
          return uninspected(client, destination, decision, UninspectedReason.BODY_TOO_LARGE, start);
        }
        length = bytes.length;
        gzip = true;
      } else {
        return uninspected(client, destination, decision, UninspectedReason.UNSUPPORTED_ENCODING, start);
      }
    }
    DeclaredCharset declared = body.present() ? body.charset() : null;
    // UTF-16 and UTF-32 as the bytes show them, whatever the label (none, UTF-8, UTF-16 of the
    // other byte order): servers detect them so, and scanned as UTF-8 every value would go out
    Charset sniffed = length == 0 ? null : UnicodeSniffing.of(bytes, offset, length, body.text());
    Charset charset = sniffed != null ? sniffed
        : declared == null || declared.isUtf8() ? null : declared.charset();
    if (charset == null && length > 0 && body.maybeText() && Transcoding.isSingleByteText(bytes, offset, length)) {
      // single-byte text under no label or a UTF-8 one (ISO-8859-1's ü is one byte UTF-8 cannot
      // read, and the part of an address before it went out): every byte read as a character
      charset = StandardCharsets.ISO_8859_1;
    }
    // read in UTF-8 and written back as it was (a UTF-16 body scanned as UTF-8 would be found clean
    // and sent raw); a charset not known or not matching the bytes is read as UTF-8
    Transcoding transcoded = charset == null || length == 0
        ? null : Transcoding.read(bytes, offset, length, charset);
    if (transcoded == null && (sniffed != null || declared != null && UnicodeSniffing.isWide(declared.charset()))
        && !Transcoding.isUtf8WithoutNul(bytes, offset, length)) {
      // UTF-16 or UTF-32 that does not decode (a lone surrogate, an odd length): no text to scan
      return uninspected(client, destination, decision, UninspectedReason.UNSUPPORTED_ENCODING, start);
    }
    if (transcoded != null) {
      bytes = transcoded.utf8();
      offset = 0;
      length = bytes.length;
    }

    // A form's fields are percent-encoded like a query's (jane%40example.com): decoded to scan.
    boolean formBody = length > 0 && body.form() && QueryInspection.isForm(bytes, offset, length);
    // a form's escapes stand for bytes in its charset (%FC is ISO-8859-1's ü)
    Charset escapes = declared != null && declared.charset() != null && !declared.isUtf8() ? declared.charset() : null;
    QueryInspection form = formBody ? QueryInspection.scan(bytes, offset, length, scanner, escapes) : null;
    List<Finding> bodyFindings = length == 0 || form != null
        ? List.of() : scanner.scanUtf8(bytes, offset, length);
    boolean formFindings = form != null && form.hasFindings();
    QueryInspection query = rawQuery == null || rawQuery.isEmpty()
        ? null : QueryInspection.scan(rawQuery, scanner);
    boolean queryFindings = query != null && query.hasFindings();
    if (bodyFindings.isEmpty() && !formFindings && !queryFindings) {
      return Verdict.UNCHANGED;
    }

    Map<String, Integer> counts = new TreeMap<>();
    Set<FoundValue> values = new LinkedHashSet<>();
    for (Finding finding : bodyFindings) {
      count(counts, values, bytes, finding);
    }
    if (formFindings) {
      form.forEachFinding((value, finding) -> count(counts, values, value, finding));
    }
    if (queryFindings) {
      query.forEachFinding((value, finding) -> count(counts, values, value, finding));
    }
    long scanned = (form == null ? length : form.scannedBytes())
        + (query == null ? 0 : query.scannedBytes());

    Verdict verdict;
    Outcome outcome;
    switch (decision.action()) {
      case MONITOR -> {
        verdict = Verdict.UNCHANGED;
        outcome = Outcome.SENT;
      }
      case BLOCK -> {
        verdict = Verdict.refuse(new PiiBlockedException(destination.host(), shownRule(decision), counts.keySet()));
        outcome = Outcome.BLOCKED;
      }
      case REDACT, TOKENIZE -> {
        boolean tokenize = decision.action() == Action.TOKENIZE;
        boolean json = body.json();
        QueryInspection.Replacement replacement = tokenize
            ? (utf8, from, count, found) -> rewriter.tokenizeUtf8(utf8, from, count, found, false)
            : (utf8, from, count, found) -> rewriter.redactUtf8(utf8, from, count, found, false);
        byte[] newBody = null;
        if (!bodyFindings.isEmpty()) {
          newBody = tokenize
              ? rewriter.tokenizeUtf8(bytes, offset, length, bodyFindings, json)
              : rewriter.redactUtf8(bytes, offset, length, bodyFindings, json);
        } else if (formFindings) {
          newBody = form.rewrite(replacement);
        }
        if (newBody != null && transcoded != null) {
          newBody = transcoded.write(newBody);
        }
        if (newBody != null && gzip) {
          newBody = GzipCodec.encode(newBody);
        }
        String newQuery = queryFindings
            ? new String(query.rewrite(replacement), StandardCharsets.UTF_8) : null;
        verdict = Verdict.rewrite(newBody, newQuery, tokenize);
        outcome = tokenize ? Outcome.TOKENIZED : Outcome.REDACTED;
      }
      default -> throw new IllegalStateException("unexpected action " + decision.action());
    }
    write(AuditEvent.Kind.REQUEST, client, destination, decision, outcome, null, counts,
        values, scanned, start);
    return verdict;
  }

  private static void count(Map<String, Integer> counts, Set<FoundValue> values, byte[] bytes,
      Finding finding) {
    counts.merge(finding.type(), 1, Integer::sum);
    values.add(new FoundValue(finding.type(),
        new String(bytes, finding.start(), finding.length(), StandardCharsets.UTF_8)));
  }

  /** A value found in a request, kept only until its fingerprint is taken. */
  private record FoundValue(String type, String value) {}

  private Verdict uninspected(String client, Destination destination, PolicyDecision decision,
      UninspectedReason reason, long start) {
    boolean open = failure == FailureMode.OPEN;
    write(AuditEvent.Kind.UNINSPECTED, client, destination, decision,
        open ? Outcome.SENT_UNINSPECTED : Outcome.REFUSED, reason, Map.of(), Set.of(), 0, start);
    return open ? Verdict.sendUninspected(reason)
        : Verdict.refuse(new RequestRefusedException(destination.host(), shownRule(decision), reason));
  }

  private void write(AuditEvent.Kind kind, String client, Destination destination,
      PolicyDecision decision, Outcome outcome, UninspectedReason reason,
      Map<String, Integer> counts, Set<FoundValue> values, long scanned, long start) {
    Instant time = Instant.now();
    ApplicationFrame.CapturedStack stack = ApplicationFrame.capture();
    long micros = (System.nanoTime() - start) / 1000;
    Runnable event = () -> {
      // A set: one value in two layouts (a card spaced and unspaced) has one fingerprint.
      Set<Fingerprint> distinct = new LinkedHashSet<>(values.size());
      for (FoundValue value : values) {
        distinct.add(new Fingerprint(value.type(), rewriter.fingerprint(value.type(), value.value())));
      }
      List<Fingerprint> fingerprints = List.copyOf(distinct);
      Destination shown = new Destination(destination.scheme(), destination.host(),
          destination.port(), AuditPath.mask(destination.path(), scanner));
      audit.write(new AuditEvent(time, kind, client, shown, shownRule(decision),
          decision.action(), outcome, reason, counts, fingerprints,
          ApplicationFrame.describeMasked(stack, scanner),
          scanned, micros));
    };
    try {
      auditExecutor.execute(event);
    } catch (RuntimeException e) {
      // The audit trail is best effort; the request's fate is already decided.
    }
  }

}
