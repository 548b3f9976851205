package dev.piiguard.cli.report.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One audit event of the agent, reduced to the fields the report uses. Field meanings are in
 * {@code docs/audit-events.md}.
 *
 * @param time when the request was made
 * @param event {@code request} or {@code uninspected}
 * @param client the instrumented library, or {@code unknown}
 * @param destination where the request went
 * @param tls whether it left over TLS
 * @param insecureTransport whether PII went over plain HTTP to a host that is not loopback
 * @param rule what picked the action, or {@code unknown}
 * @param action the configured action, or {@code unknown}
 * @param outcome what happened, or {@code unknown}
 * @param reason why it was not inspected, or the empty string
 * @param findings entity id to number of values found
 * @param fingerprints entity id to the keyed fingerprints of its distinct values
 * @param frame the application frame that made the call, or the empty string
 * @param bytesScanned bytes of body and query scanned
 */
public record AuditEvent(
    Instant time,
    String event,
    String client,
    Destination destination,
    boolean tls,
    boolean insecureTransport,
    String rule,
    String action,
    String outcome,
    String reason,
    Map<String, Integer> findings,
    Map<String, Set<String>> fingerprints,
    String frame,
    long bytesScanned) {

  /** Whether the agent could not look into this request. */
  public boolean uninspected() {
    return event.equals("uninspected");
  }
}
