package dev.piiguard.core.audit;

import dev.piiguard.core.policy.Action;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One audit event: a request that had findings, was blocked, or could not be inspected.
 *
 * @param time when the request was handled
 * @param kind {@link Kind#REQUEST} or {@link Kind#UNINSPECTED}
 * @param client the instrumented library, such as {@code jdk-httpclient}
 * @param destination where the request went
 * @param rule what picked the action: {@code ai}, {@code default} or a rule name
 * @param action the configured action
 * @param outcome what happened
 * @param reason why the request was not inspected; {@code null} for inspected requests
 * @param findings entity id to number of values found, in body and query together
 * @param fingerprints one per distinct value
 * @param frame the first application stack frame that made the call, {@code null} when unknown
 * @param bytesScanned bytes of body and query scanned
 * @param durationMicros time the agent spent on the request
 */
public record AuditEvent(
    Instant time,
    Kind kind,
    String client,
    Destination destination,
    String rule,
    Action action,
    Outcome outcome,
    UninspectedReason reason,
    Map<String, Integer> findings,
    List<Fingerprint> fingerprints,
    String frame,
    long bytesScanned,
    long durationMicros) {

  /** The {@code event} field. */
  public enum Kind {
    /** Inspected: it had findings or was blocked. */
    REQUEST("request"),
    /** Could not be inspected. */
    UNINSPECTED("uninspected");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The value written to the audit event. */
    public String id() {
      return id;
    }
  }

  /** Checks required parts, sorts the findings by type and copies the collections. */
  public AuditEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    if (kind == Kind.UNINSPECTED && reason == null) {
      throw new IllegalArgumentException("an uninspected event needs a reason");
    }
    findings = Collections.unmodifiableMap(new TreeMap<>(findings));
    fingerprints = List.copyOf(fingerprints);
  }

  /** Whether the request left over TLS. */
  public boolean tls() {
    return destination.tls();
  }

  /** Whether PII was sent in clear text to a host that is not this machine. */
  public boolean insecureTransport() {
    return outcome == Outcome.SENT && !findings.isEmpty() && !destination.tls()
        && !destination.loopback();
  }
}
