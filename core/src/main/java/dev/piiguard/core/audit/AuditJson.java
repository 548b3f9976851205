package dev.piiguard.core.audit;

import dev.piiguard.core.json.JsonStrings;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Writes an {@link AuditEvent} as one line of JSON, field names per {@code docs/audit-events.md}. */
public final class AuditJson {
  private AuditJson() {}

  /** The event as a JSON object on one line, without the line break. */
  public static String toJson(AuditEvent event) {
    StringBuilder json = new StringBuilder(320);
    json.append("{\"time\":");
    string(json, DateTimeFormatter.ISO_INSTANT.format(event.time().truncatedTo(ChronoUnit.MILLIS)));
    json.append(",\"event\":");
    string(json, event.kind().id());
    json.append(",\"client\":");
    string(json, event.client());
    Destination destination = event.destination();
    json.append(",\"destination\":{\"scheme\":");
    string(json, destination.scheme());
    json.append(",\"host\":");
    string(json, destination.host());
    json.append(",\"port\":").append(destination.port());
    json.append(",\"path\":");
    string(json, destination.path());
    json.append("},\"tls\":").append(event.tls());
    if (event.insecureTransport()) {
      json.append(",\"insecureTransport\":true");
    }
    json.append(",\"rule\":");
    string(json, event.rule());
    json.append(",\"action\":");
    string(json, event.action().id());
    json.append(",\"outcome\":");
    string(json, event.outcome().id());
    if (event.reason() != null) {
      json.append(",\"reason\":");
      string(json, event.reason().id());
    }
    json.append(",\"findings\":{");
    boolean first = true;
    for (Map.Entry<String, Integer> entry : event.findings().entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      string(json, entry.getKey());
      json.append(':').append(entry.getValue());
    }
    json.append("},\"fingerprints\":[");
    for (int i = 0; i < event.fingerprints().size(); i++) {
      Fingerprint fingerprint = event.fingerprints().get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"type\":");
      string(json, fingerprint.type());
      json.append(",\"hmac\":");
      string(json, fingerprint.hmac());
      json.append('}');
    }
    json.append(']');
    if (event.frame() != null) {
      json.append(",\"frame\":");
      string(json, event.frame());
    }
    json.append(",\"bytesScanned\":").append(event.bytesScanned());
    json.append(",\"durationMicros\":").append(event.durationMicros());
    return json.append('}').toString();
  }

  private static void string(StringBuilder json, String value) {
    JsonStrings.appendQuoted(json, value);
  }
}
