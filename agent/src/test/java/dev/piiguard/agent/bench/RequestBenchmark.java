package dev.piiguard.agent.bench;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.agent.inspect.AuditThread;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientBenchmarkAccess;
import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import dev.piiguard.core.redact.PlaceholderRedaction;
import dev.piiguard.core.redact.TextFormat;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * The time a 2 KB AI request spends in PII Guard on the application's thread, against the scan
 * of the same bytes alone, in one JVM and one loop.
 *
 * <p>With the agent, the JDK {@code HttpClient} advice calls one hook before the request is
 * sent; without it nothing runs there. So {@code with agent - without agent} is the hook's time,
 * and the overhead beyond the scan is {@code hook - scan}, per percentile. Each iteration times
 * the scan alone, the scan plus the placeholder redaction core performs for {@code redact}, and
 * the hook, on the same bytes, in a rotating order; every sample after the warm-up is kept.
 *
 * <p>The hook is the agent's own: it reads the body publisher, picks the action, scans, redacts,
 * rebuilds the request, captures the calling frame and queues the audit event for the agent's
 * audit thread, which takes the fingerprints and writes the event as JSON to {@code /dev/null},
 * as a real audit file would get it.
 */
final class RequestBenchmark {
  private static final String AI_URL = "https://llm.example.com/v1/chat/completions";
  private static final String ALLOWED_URL = "https://metrics.example.com/v1/push";
  private static final int ALLOW_BATCH = 10_000;
  private static final int ALLOW_BATCHES = 300;

  private final int warmup;
  private final int samples;

  RequestBenchmark(int warmup, int samples) {
    this.warmup = warmup;
    this.samples = samples;
  }

  void run() throws Exception {
    Policy policy = Policy.builder()
        .addAiHosts(List.of(HostGlob.of("llm.example.com")))
        .addRule(new DestinationRule("metrics", List.of(HostGlob.of("metrics.example.com")),
            List.of(), Action.ALLOW))
        .build();
    PiiScanner scanner = PiiScanner.defaults();
    CountingSink audit = new CountingSink(JsonLinesAuditWriter.appendingTo(Path.of("/dev/null")));
    RequestInspector inspector = new RequestInspector(policy, scanner,
        CoreValueRewriter.withRandomKeys(), audit, FailureMode.OPEN, 8L << 20, AuditThread.start());
    BiFunction<Object, Object, Object> hook = JdkHttpClientBenchmarkAccess.hook(inspector);
    HttpResponse.BodyHandler<String> handler = HttpResponse.BodyHandlers.ofString();

    byte[] clean = prompt(false);
    byte[] personal = prompt(true);
    measure("2 KB AI request, no PII", hook, handler, scanner, clean, audit);
    measure("2 KB AI request, 2 values redacted", hook, handler, scanner, personal, audit);
    allowed(hook, handler, personal);
  }

  private void measure(String name, BiFunction<Object, Object, Object> hook,
      HttpResponse.BodyHandler<String> handler, PiiScanner scanner, byte[] body, CountingSink audit) {
    HttpRequest request = request(AI_URL, body);
    long[] scan = new long[samples];
    long[] scanAndRedact = new long[samples];
    long[] withAgent = new long[samples];
    long findings = 0;
    long rewritten = 0;
    long eventsBefore = 0;
    long auditCpuBefore = 0;
    long[] gcBefore = null;
    for (int i = -warmup; i < samples; i++) {
      if (i == 0) {
        eventsBefore = audit.events.get();
        auditCpuBefore = auditThreadCpuNanos();
        gcBefore = garbageCollections();
      }
      long scanNanos = 0;
      long redactNanos = 0;
      long hookNanos = 0;
      for (int step = 0; step < 3; step++) {
        int which = (i + step) % 3;
        long start = System.nanoTime();
        if (which == 0) {
          findings += scanner.scanUtf8(body, 0, body.length).size();
          scanNanos = System.nanoTime() - start;
        } else if (which == 1) {
          List<Finding> found = scanner.scanUtf8(body, 0, body.length);
          if (!found.isEmpty()) {
            rewritten += PlaceholderRedaction.redactUtf8(body, 0, body.length, found, TextFormat.JSON).length;
          }
          redactNanos = System.nanoTime() - start;
        } else {
          Object decision = hook.apply(request, handler);
          hookNanos = System.nanoTime() - start;
          if (decision != null) {
            rewritten++;
          }
        }
      }
      if (i >= 0) {
        scan[i] = scanNanos;
        scanAndRedact[i] = redactNanos;
        withAgent[i] = hookNanos;
      }
    }
    long events = audit.events.get() - eventsBefore;
    double auditCpu = (auditThreadCpuNanos() - auditCpuBefore) / 1e3;
    long[] gcAfter = garbageCollections();

    Percentiles scanTimes = Percentiles.of(scan, samples);
    Percentiles redactTimes = Percentiles.of(scanAndRedact, samples);
    Percentiles hookTimes = Percentiles.of(withAgent, samples);
    boolean redacts = findings > 0;
    System.out.printf(Locale.ROOT, "%s (%d samples of each after %d warm-up; %d findings per scan; %s):%n",
        name, samples, warmup, findings / (samples + warmup),
        rewritten > 0 ? "the hook rewrote the request" : "the hook left the request as it was");
    System.out.println("  without agent (nothing runs)       0");
    System.out.println("  scan alone                         " + scanTimes.summary());
    if (redacts) {
      System.out.println("  scan + core redaction              " + redactTimes.summary());
    }
    System.out.println("  with agent (the advice's hook)     " + hookTimes.summary());
    overhead("scan", hookTimes, scanTimes);
    if (redacts) {
      overhead("scan + redaction", hookTimes, redactTimes);
    }
    System.out.printf(Locale.ROOT,
        "  audit thread: %d events, %.2f us of its CPU per event (fingerprints, JSON, write); %d GCs, %d ms in GC%n",
        events, events == 0 ? 0 : auditCpu / events, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
  }

  private static void overhead(String baseline, Percentiles withAgent, Percentiles base) {
    System.out.printf(Locale.ROOT,
        "  agent overhead beyond the %-17s p50 %6.2f us (ratio %.2f)   p99 %6.2f us (ratio %.2f)%n",
        baseline + ":", Percentiles.micros(withAgent.at(50) - base.at(50)),
        (double) withAgent.at(50) / base.at(50), Percentiles.micros(withAgent.at(99) - base.at(99)),
        (double) withAgent.at(99) / base.at(99));
  }

  /** A request to an {@code allow} host: too short to time one by one, so timed in batches. */
  private static void allowed(BiFunction<Object, Object, Object> hook,
      HttpResponse.BodyHandler<String> handler, byte[] body) {
    HttpRequest request = request(ALLOWED_URL, body);
    long[] batchNanos = new long[ALLOW_BATCHES];
    Object sink = null;
    for (int b = -50; b < ALLOW_BATCHES; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < ALLOW_BATCH; i++) {
        sink = hook.apply(request, handler);
      }
      long elapsed = System.nanoTime() - start;
      if (b >= 0) {
        batchNanos[b] = elapsed;
      }
    }
    if (sink != null) {
      throw new IllegalStateException("a request to an allow host was changed");
    }
    Percentiles batches = Percentiles.of(batchNanos, ALLOW_BATCHES);
    System.out.printf(Locale.ROOT,
        "request to an allow host: with agent %.1f ns per request (median of %d batches of %d; p99 batch %.1f ns), without agent 0%n",
        (double) batches.at(50) / ALLOW_BATCH, ALLOW_BATCHES, ALLOW_BATCH,
        (double) batches.at(99) / ALLOW_BATCH);
  }

  private static HttpRequest request(String url, byte[] body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-benchmark")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** A 2 KB chat completion request, with an e-mail address and a card number when asked. */
  static byte[] prompt(boolean personal) {
    StringBuilder text = new StringBuilder();
    String sentence = "The customer asked about the delivery window for the order and the return policy. ";
    while (text.length() < 1850) {
      text.append(sentence);
    }
    if (personal) {
      text.insert(400, "Reply to ana.bench@example.com. ");
      text.insert(1200, "Card on file 4111 1111 1111 1111. ");
    }
    String json = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static long auditThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("piiguard-audit")) {
        return threads.getThreadCpuTime(thread.getId());
      }
    }
    return 0;
  }

  /** Collections so far and milliseconds spent in them, over every collector. */
  private static long[] garbageCollections() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      millis += Math.max(0, collector.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  /** Counts the events the audit thread hands on. */
  private static final class CountingSink implements AuditSink {
    final AtomicLong events = new AtomicLong();
    private final AuditSink delegate;

    CountingSink(AuditSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(dev.piiguard.core.audit.AuditEvent event) {
      events.incrementAndGet();
      delegate.write(event);
    }
  }
}
