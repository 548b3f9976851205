package dev.piiguard.cli.report.model;

import dev.piiguard.cli.report.audit.AuditEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Adds up the audit events of one destination into a {@link DestinationActivity}. */
final class DestinationTally {

  private static final int MAX_PATHS = 5;

  private final String host;
  private final String scheme;
  private final Set<String> rules = new TreeSet<>();
  private final Set<String> clients = new TreeSet<>();
  private final Set<String> paths = new TreeSet<>();
  private final RuntimeTally requests = new RuntimeTally();
  private final Map<String, Long> valuesByType = new LinkedHashMap<>();
  private int uninspected;
  private int insecureTransport;

  DestinationTally(String host, String scheme) {
    this.host = host;
    this.scheme = scheme;
  }

  void add(AuditEvent event) {
    rules.add(event.rule());
    clients.add(event.client());
    if (!event.destination().path().isEmpty()) {
      paths.add(event.destination().path());
    }
    int values = event.findings().values().stream().mapToInt(Integer::intValue).sum();
    Set<String> fingerprints = new TreeSet<>();
    event.fingerprints().forEach((type, hmacs) -> hmacs.forEach(hmac -> fingerprints.add(type + ":" + hmac)));
    requests.add(event.time(), event.outcome(), event.action(), values, fingerprints);
    event.findings().forEach((type, count) -> valuesByType.merge(type, (long) count, Long::sum));
    if (event.uninspected()) {
      uninspected++;
    }
    if (event.insecureTransport()) {
      insecureTransport++;
    }
  }

  Channel channel() {
    return rules.contains("ai") ? Channel.AI_PROVIDER : Channel.HTTP;
  }

  DestinationActivity activity() {
    Map<String, Long> sortedValues = new LinkedHashMap<>();
    valuesByType.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> sortedValues.put(entry.getKey(), entry.getValue()));
    var shownPaths = new ArrayList<>(paths).subList(0, Math.min(paths.size(), MAX_PATHS));
    return new DestinationActivity(
        host,
        scheme,
        channel(),
        new ArrayList<>(rules),
        new ArrayList<>(clients),
        shownPaths,
        requests.stats(),
        sortedValues,
        uninspected,
        insecureTransport);
  }
}
