package dev.piiguard.agent.bench;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.agent.inspect.AuditThread;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientBenchmarkAccess;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Measures what the agent adds, each figure beside its baseline from the same run:
 *
 * <ul>
 *   <li>startup: a JVM that creates an {@code HttpClient}, with and without the agent (forked,
 *       alternating, medians);
 *   <li>per request: the JDK {@code HttpClient} hook the advice calls (read the body publisher,
 *       pick the action, scan, rewrite, rebuild the request, find the calling frame, hand the
 *       audit event to the audit thread) against the scan of the same bytes alone, for a 2 KB AI
 *       request with and without PII;
 *   <li>per request to an {@code allow} host: the hook, timed in batches.
 * </ul>
 *
 * <p>Run after {@code mvn -pl agent -am package}: {@code java -cp <test classpath>
 * dev.piiguard.agent.bench.OverheadBenchmark agent/target/piiguard-agent.jar}; the README shows
 * the command that builds the classpath.
 */
public final class OverheadBenchmark {
  private static final int STARTUP_RUNS = 11;
  private static final int WARMUP = 30_000;
  private static final int SAMPLES = 100_000;
  private static final int ALLOW_BATCH = 10_000;
  private static final int ALLOW_BATCHES = 300;

  private OverheadBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    if (arguments.length > 0 && !arguments[0].equals("-")) {
      startup(Path.of(arguments[0]));
    }
    perRequest();
  }

  private static void startup(Path agentJar) throws Exception {
    Path emptyAgent = EmptyAgent.jar();
    for (String mode : List.of("", "http")) {
      List<String> plain = helloCommand(null, mode);
      List<String> empty = helloCommand("-javaagent:" + emptyAgent, mode);
      List<String> agent = helloCommand("-javaagent:" + agentJar + "=audit=none", mode);
      long[] baseline = new long[STARTUP_RUNS];
      long[] withEmpty = new long[STARTUP_RUNS];
      long[] withAgent = new long[STARTUP_RUNS];
      run(plain);
      run(agent);
      for (int i = 0; i < STARTUP_RUNS; i++) {
        baseline[i] = run(plain);
        withEmpty[i] = run(empty);
        withAgent[i] = run(agent);
      }
      double base = median(baseline) / 1e6;
      double nothing = median(withEmpty) / 1e6;
      double agentTime = median(withAgent) / 1e6;
      System.out.printf(Locale.ROOT,
          "startup (%s): no agent %.1f ms, empty -javaagent %.1f ms, PII Guard %.1f ms; added %.1f ms over no agent (ratio %.2f), %.1f ms over an empty agent%n",
          mode.isEmpty() ? "main only" : "main creates an HttpClient", base, nothing, agentTime,
          agentTime - base, agentTime / base, agentTime - nothing);
    }
  }

  private static List<String> helloCommand(String agentOption, String mode) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    if (agentOption != null) {
      command.add(agentOption);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.example.scenarios.Hello"));
    if (!mode.isEmpty()) {
      command.add(mode);
    }
    return command;
  }

  private static long run(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
    return System.nanoTime() - start;
  }

  private static void perRequest() throws Exception {
    Policy policy = Policy.builder()
        .addAiHosts(List.of(HostGlob.of("llm.example.com")))
        .addRule(new DestinationRule("metrics", List.of(HostGlob.of("metrics.example.com")), List.of(), Action.ALLOW))
        .build();
    PiiScanner scanner = PiiScanner.defaults();
    // Audit events go through the agent's audit thread (fingerprints are taken there) to a sink
    // that drops them: the figures are the request thread's, which is what a request waits for.
    RequestInspector inspector = new RequestInspector(policy, scanner, CoreValueRewriter.withRandomKeys(),
        AuditSink.NONE, FailureMode.OPEN, 8L << 20, AuditThread.start());
    BiFunction<Object, Object, Object> hook = JdkHttpClientBenchmarkAccess.hook(inspector);
    HttpResponse.BodyHandler<String> handler = HttpResponse.BodyHandlers.ofString();

    byte[] clean = prompt(false);
    byte[] personal = prompt(true);
    report("2 KB AI request, no PII", hook, handler, scanner, request("https://llm.example.com/v1/chat/completions", clean), clean);
    report("2 KB AI request, 2 values redacted", hook, handler, scanner, request("https://llm.example.com/v1/chat/completions", personal), personal);

    HttpRequest allowed = request("https://metrics.example.com/v1/push", personal);
    double[] batchMeans = new double[ALLOW_BATCHES];
    Object sink = null;
    for (int b = -50; b < ALLOW_BATCHES; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < ALLOW_BATCH; i++) {
        sink = hook.apply(allowed, handler);
      }
      long elapsed = System.nanoTime() - start;
      if (b >= 0) {
        batchMeans[b] = (double) elapsed / ALLOW_BATCH;
      }
    }
    if (sink != null) {
      throw new IllegalStateException("allowed request was changed");
    }
    Arrays.sort(batchMeans);
    System.out.printf(Locale.ROOT, "request to an allow host: hook %.1f ns per request (median of %d batches of %d), p99 batch %.1f ns%n",
        batchMeans[ALLOW_BATCHES / 2], ALLOW_BATCHES, ALLOW_BATCH, batchMeans[ALLOW_BATCHES * 99 / 100]);
  }

  private static void report(String name, BiFunction<Object, Object, Object> hook,
      HttpResponse.BodyHandler<String> handler, PiiScanner scanner, HttpRequest request, byte[] body) {
    long[] scan = new long[SAMPLES];
    long[] total = new long[SAMPLES];
    int found = 0;
    for (int i = -WARMUP; i < SAMPLES; i++) {
      long start = System.nanoTime();
      found += scanner.scanUtf8(body, 0, body.length).size();
      long scanned = System.nanoTime();
      Object decision = hook.apply(request, handler);
      long end = System.nanoTime();
      if (decision == Boolean.FALSE) {
        throw new IllegalStateException();
      }
      if (i >= 0) {
        scan[i] = scanned - start;
        total[i] = end - scanned;
      }
    }
    Arrays.sort(scan);
    Arrays.sort(total);
    double scanP50 = scan[SAMPLES / 2] / 1e3;
    double scanP99 = scan[SAMPLES * 99 / 100] / 1e3;
    double hookP50 = total[SAMPLES / 2] / 1e3;
    double hookP99 = total[SAMPLES * 99 / 100] / 1e3;
    System.out.printf(Locale.ROOT,
        "%s: scan alone p50 %.2f us p99 %.2f us; agent hook p50 %.2f us p99 %.2f us; added beyond the scan p50 %.2f us p99 %.2f us; ratio p50 %.2f (%d findings per scan)%n",
        name, scanP50, scanP99, hookP50, hookP99, hookP50 - scanP50, hookP99 - scanP99, hookP50 / scanP50,
        found / (SAMPLES + WARMUP));
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

  private static double median(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

}
