package dev.piiguard.cli.report.model;

import dev.piiguard.cli.report.audit.AuditEvent;
import dev.piiguard.cli.report.spotbugs.BugPatternInfo;
import dev.piiguard.cli.report.spotbugs.StaticAnalysis;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Joins static findings and audit events into a {@link ReportModel}.
 *
 * <p>Audit events are added one at a time, so a large audit file is never held in memory. A
 * static finding on an AI or HTTP path counts as observed at a host when an audit event with
 * findings was sent to that host from the finding's method (its {@code frame}). In the data map,
 * a static finding's PII type and an event's entity id meet when they are of one {@link
 * PiiTypeFamilies family} ({@code NATIONAL_ID} and {@code US_SSN}, or equal names).
 */
public final class ReportModelBuilder implements Consumer<AuditEvent> {

  private static final List<String> PATTERN_ORDER =
      List.of("PII_TO_LOG", "PII_TO_AI_API", "PII_TO_HTTP", "PII_IN_EXCEPTION", "PII_IN_TOSTRING");
  private static final List<String> OUTCOME_ORDER =
      List.of("sent", "redacted", "tokenized", "blocked", "sent-uninspected", "refused");

  private final Clock clock;
  private final PiiTypeFamilies families = PiiTypeFamilies.bundled();
  private StaticAnalysis analysis;
  private String auditFile;
  private int skippedAuditEvents;

  private int events;
  private int inspected;
  private int sentUnchanged;
  private int redacted;
  private int tokenized;
  private int blocked;
  private int uninspected;
  private int refused;
  private int insecureTransport;
  private long bytesScanned;
  private final Map<String, Integer> requestsByOutcome = new HashMap<>();
  private final Map<String, Long> valuesByType = new HashMap<>();
  private final Map<String, Set<String>> runtimeNamesByFamily = new HashMap<>();
  private final Map<String, DestinationTally> destinations = new LinkedHashMap<>();
  private final Map<FlowKey, RuntimeTally> runtimeFlows = new LinkedHashMap<>();
  private final Map<String, Set<String>> hostsByMethod = new HashMap<>();
  private final Map<String, RuntimeTally> requestsByMethodAndHost = new HashMap<>();

  /** A builder that stamps the report with the time of {@code clock}. */
  public ReportModelBuilder(Clock clock) {
    this.clock = clock;
  }

  /** Adds the findings of a SpotBugs result. */
  public ReportModelBuilder staticAnalysis(StaticAnalysis staticAnalysis) {
    this.analysis = staticAnalysis;
    return this;
  }

  /** Names the audit file the events come from and how many events of unknown kinds it skipped. */
  public ReportModelBuilder auditFile(String fileName, int skippedEvents) {
    this.auditFile = fileName;
    this.skippedAuditEvents = skippedEvents;
    return this;
  }

  /** Adds one audit event. */
  @Override
  public void accept(AuditEvent event) {
    events++;
    bytesScanned += event.bytesScanned();
    requestsByOutcome.merge(event.outcome(), 1, Integer::sum);
    if (event.uninspected()) {
      uninspected++;
      refused += event.outcome().equals("refused") ? 1 : 0;
    } else {
      inspected++;
      switch (event.outcome()) {
        case "sent" -> sentUnchanged++;
        case "redacted" -> redacted++;
        case "tokenized" -> tokenized++;
        case "blocked" -> blocked++;
        default -> {}
      }
    }
    insecureTransport += event.insecureTransport() ? 1 : 0;
    String host = event.destination().hostAndPort();
    DestinationTally destination =
        destinations.computeIfAbsent(
            event.destination().scheme() + "://" + host,
            key -> new DestinationTally(host, event.destination().scheme()));
    destination.add(event);
    Channel channel = Channel.ofRule(event.rule());
    event.findings().forEach((type, count) -> {
      valuesByType.merge(type, (long) count, Long::sum);
      String family = families.familyOf(type);
      runtimeNamesByFamily.computeIfAbsent(family, key -> new TreeSet<>()).add(type);
      runtimeFlows
          .computeIfAbsent(new FlowKey(family, channel, host), key -> new RuntimeTally())
          .add(event.time(), event.outcome(), event.action(), count,
              prefixed(type, event.fingerprints().getOrDefault(type, Set.of())));
    });
    if (!event.findings().isEmpty() && !event.frame().isEmpty()) {
      String method = event.frame().substring(0, event.frame().indexOf('('));
      hostsByMethod.computeIfAbsent(method, key -> new TreeSet<>()).add(channel + " " + host);
      Set<String> fingerprints = new TreeSet<>();
      event.fingerprints().forEach((type, hmacs) -> fingerprints.addAll(prefixed(type, hmacs)));
      requestsByMethodAndHost
          .computeIfAbsent(methodAtHost(method, channel, host), key -> new RuntimeTally())
          .add(event.time(), event.outcome(), event.action(),
              event.findings().values().stream().mapToInt(Integer::intValue).sum(), fingerprints);
    }
  }

  /** Builds the model; {@code maskedValues} is how many input texts were masked. */
  public ReportModel build(int maskedValues) {
    List<FindingView> findings = findingViews();
    return new ReportModel(
        new ReportInputs(
            Optional.ofNullable(analysis).map(StaticAnalysis::inputName),
            analysis == null ? "" : analysis.format(),
            Optional.ofNullable(auditFile),
            clock.instant().truncatedTo(ChronoUnit.SECONDS)),
        summary(findings),
        dataMap(findings),
        destinations.values().stream()
            .map(DestinationTally::activity)
            .sorted(Comparator.comparingInt((DestinationActivity d) -> -d.stats().requests())
                .thenComparing(DestinationActivity::host))
            .toList(),
        patternSections(findings),
        new ReportNotes(
            analysis == null ? 0 : analysis.otherFindings(), skippedAuditEvents, maskedValues));
  }

  private List<FindingView> findingViews() {
    if (analysis == null) {
      return List.of();
    }
    List<StaticFinding> sorted =
        analysis.findings().stream()
            .sorted(Comparator.comparingInt((StaticFinding f) -> patternRank(f.pattern()))
                .thenComparing(StaticFinding::pattern)
                .thenComparing(StaticFinding::className)
                .thenComparingInt(f -> f.reportedAt().startLine())
                .thenComparing(StaticFinding::methodName))
            .toList();
    List<FindingView> views = new ArrayList<>();
    for (StaticFinding finding : sorted) {
      Channel channel = Channel.ofPattern(finding.pattern());
      views.add(new FindingView("F" + (views.size() + 1), finding, channel, observedAt(finding, channel)));
    }
    return views;
  }

  private List<String> observedAt(StaticFinding finding, Channel channel) {
    if (channel != Channel.AI_PROVIDER && channel != Channel.HTTP) {
      return List.of();
    }
    String method = finding.className() + "." + finding.bareMethodName();
    String prefix = channel + " ";
    return hostsByMethod.getOrDefault(method, Set.of()).stream()
        .filter(entry -> entry.startsWith(prefix))
        .map(entry -> entry.substring(prefix.length()))
        .toList();
  }

  private Summary summary(List<FindingView> findings) {
    Map<String, Integer> byPattern = new HashMap<>();
    Map<String, Integer> byType = new HashMap<>();
    for (FindingView view : findings) {
      byPattern.merge(view.finding().pattern(), 1, Integer::sum);
      view.finding().piiTypes().forEach(type -> byType.merge(type, 1, Integer::sum));
    }
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    OUTCOME_ORDER.forEach(outcome -> {
      if (requestsByOutcome.containsKey(outcome)) {
        outcomes.put(outcome, requestsByOutcome.get(outcome));
      }
    });
    requestsByOutcome.keySet().stream().sorted()
        .forEach(outcome -> outcomes.putIfAbsent(outcome, requestsByOutcome.get(outcome)));
    return new Summary(
        findings.size(),
        mostFirst(byPattern, Comparator.comparingInt(ReportModelBuilder::patternRank)),
        mostFirst(byType, Comparator.naturalOrder()),
        new RequestCounts(events, inspected, sentUnchanged, redacted, tokenized, blocked,
            uninspected, refused, insecureTransport, bytesScanned),
        mostFirst(valuesByType, Comparator.naturalOrder()),
        outcomes);
  }

  private List<PiiTypeFlows> dataMap(List<FindingView> findings) {
    Map<FlowKey, List<String>> staticFlows = new LinkedHashMap<>();
    Map<String, FindingView> findingsById = new HashMap<>();
    findings.forEach(view -> findingsById.put(view.id(), view));
    Map<String, Integer> findingsByFamily = new HashMap<>();
    Map<String, Set<String>> staticNamesByFamily = new HashMap<>();
    for (FindingView view : findings) {
      Set<String> familiesOfFinding = new LinkedHashSet<>();
      for (String type : view.finding().piiTypes()) {
        String family = families.familyOf(type);
        staticNamesByFamily.computeIfAbsent(family, key -> new TreeSet<>()).add(type);
        familiesOfFinding.add(family);
      }
      for (String family : familiesOfFinding) {
        findingsByFamily.merge(family, 1, Integer::sum);
        List<String> destinationsOfFinding =
            view.observedAt().isEmpty() ? List.of(view.channel().staticDestination()) : view.observedAt();
        for (String destination : destinationsOfFinding) {
          staticFlows
              .computeIfAbsent(new FlowKey(family, view.channel(), destination), key -> new ArrayList<>())
              .add(view.id());
        }
      }
    }
    Map<String, Long> valuesByFamily = new HashMap<>();
    valuesByType.forEach((type, values) -> valuesByFamily.merge(families.familyOf(type), values, Long::sum));
    Set<FlowKey> keys = new LinkedHashSet<>(staticFlows.keySet());
    keys.addAll(runtimeFlows.keySet());
    Map<String, List<DataFlow>> byType = new HashMap<>();
    for (FlowKey key : keys) {
      List<String> ids = staticFlows.getOrDefault(key, List.of());
      Optional<RuntimeStats> runtime = Optional.ofNullable(runtimeFlows.get(key)).map(RuntimeTally::stats);
      boolean fromMethods = false;
      if (runtime.isEmpty() && !ids.isEmpty()) {
        runtime = requestsOfMethods(ids, findingsById, key);
        fromMethods = runtime.isPresent();
      }
      FlowStatus status =
          runtime.map(stats -> stats.anySentUnprotected() ? FlowStatus.EXPOSED : FlowStatus.PROTECTED)
              .orElse(FlowStatus.IN_CODE);
      byType.computeIfAbsent(key.type(), type -> new ArrayList<>())
          .add(new DataFlow(key.type(), key.channel(), key.destination(), ids, runtime, fromMethods, status));
    }
    return byType.entrySet().stream()
        .map(entry -> new PiiTypeFlows(
            entry.getKey(),
            List.copyOf(staticNamesByFamily.getOrDefault(entry.getKey(), Set.of())),
            List.copyOf(runtimeNamesByFamily.getOrDefault(entry.getKey(), Set.of())),
            entry.getValue().stream()
                .sorted(Comparator.comparing(DataFlow::channel)
                    .thenComparing(Comparator.comparingLong(DataFlow::weight).reversed())
                    .thenComparing(DataFlow::destination))
                .toList(),
            findingsByFamily.getOrDefault(entry.getKey(), 0),
            valuesByFamily.getOrDefault(entry.getKey(), 0L)))
        .sorted(Comparator.comparingLong((PiiTypeFlows t) ->
                -t.flows().stream().mapToLong(DataFlow::weight).sum())
            .thenComparing(PiiTypeFlows::piiType))
        .toList();
  }

  /** The requests the findings' methods sent to the flow's host, whatever types they held. */
  private Optional<RuntimeStats> requestsOfMethods(
      List<String> ids, Map<String, FindingView> findingsById, FlowKey key) {
    RuntimeTally merged = null;
    Set<String> methods = new TreeSet<>();
    for (String id : ids) {
      StaticFinding finding = findingsById.get(id).finding();
      methods.add(finding.className() + "." + finding.bareMethodName());
    }
    for (String method : methods) {
      RuntimeTally tally = requestsByMethodAndHost.get(methodAtHost(method, key.channel(), key.destination()));
      if (tally != null) {
        merged = merged == null ? new RuntimeTally() : merged;
        merged.addAll(tally);
      }
    }
    return Optional.ofNullable(merged).map(RuntimeTally::stats);
  }

  private static String methodAtHost(String method, Channel channel, String host) {
    return method + " " + channel + " " + host;
  }

  private List<PatternSection> patternSections(List<FindingView> findings) {
    Map<String, List<FindingView>> byPattern = new LinkedHashMap<>();
    findings.forEach(view -> byPattern.computeIfAbsent(view.finding().pattern(), p -> new ArrayList<>()).add(view));
    List<PatternSection> sections = new ArrayList<>();
    byPattern.forEach((pattern, views) -> {
      BugPatternInfo info =
          analysis.patterns().getOrDefault(pattern, BugPatternInfo.undescribed(pattern, views.get(0).finding().cwe()));
      sections.add(new PatternSection(info, Channel.ofPattern(pattern), views));
    });
    return sections;
  }

  private static Set<String> prefixed(String type, Set<String> fingerprints) {
    Set<String> result = new TreeSet<>();
    fingerprints.forEach(hmac -> result.add(type + ":" + hmac));
    return result;
  }

  private static int patternRank(String pattern) {
    int rank = PATTERN_ORDER.indexOf(pattern);
    return rank < 0 ? PATTERN_ORDER.size() : rank;
  }

  private static <N extends Number & Comparable<N>> Map<String, N> mostFirst(
      Map<String, N> counts, Comparator<String> ties) {
    Map<String, N> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, N>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(ties)))
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }

  /** One type of data going to one destination over one channel. */
  private record FlowKey(String type, Channel channel, String destination) {}
}
