package dev.piiguard.cli.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drives Debian's headless Chromium over the DevTools protocol, with the JDK's WebSocket client:
 * opens a page, collects console errors and uncaught exceptions, evaluates expressions and takes
 * a full-page screenshot. Public for other modules' browser tests (the cli test-jar).
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final List<String> FLAGS =
      List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-extensions", "--remote-debugging-port=0");
  private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<JsonNode>> eventWaiters = Collections.synchronizedList(new ArrayList<>());
  private final List<String> waitedMethods = Collections.synchronizedList(new ArrayList<>());
  private String sessionId;

  private HeadlessChromium(Process process, Path profile, URI endpoint) throws IOException {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TIMEOUT)
        .buildAsync(endpoint, new Listener())
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .join();
  }

  /**
   * Starts Chromium; fails with a message that says how to install it when it is missing. The
   * binary is {@code -Dpiiguard.chromium}, else {@code /usr/bin/chromium}.
   */
  public static HeadlessChromium start() throws IOException {
    Path binary = Path.of(System.getProperty("piiguard.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException("Chromium is not installed at " + binary + ": the report's browser"
          + " test needs it. Install Debian's package (apt-get install -y chromium; .ci/run does this)"
          + " or point -Dpiiguard.chromium at a Chromium binary.");
    }
    Path profile = Files.createTempDirectory("piiguard-chromium-");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.add("about:blank");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread stderr = new Thread(() -> readStandardError(process, endpoint), "chromium-stderr");
    stderr.setDaemon(true);
    stderr.start();
    try {
      return new HeadlessChromium(process, profile, endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      deleteRecursively(profile);
      throw new IOException("Chromium did not open its DevTools endpoint within " + TIMEOUT, e);
    }
  }

  /** Opens {@code page} in a new tab and waits until its load event. */
  public void open(Path page) {
    String targetId = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    sessionId = call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
        .path("sessionId").asText();
    call(sessionId, "Runtime.enable", Map.of());
    call(sessionId, "Log.enable", Map.of());
    call(sessionId, "Page.enable", Map.of());
    call(sessionId, "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    CompletableFuture<JsonNode> loaded = nextEvent("Page.loadEventFired");
    call(sessionId, "Page.navigate", Map.of("url", page.toUri().toString()));
    loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Evaluates {@code expression} in the page and returns its value as JSON. */
  public JsonNode evaluate(String expression) {
    JsonNode result = call(sessionId, "Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the expression threw in the page: " + result.path("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * Console messages of level error or warning, log entries of level error (CSP violations
   * among them) and uncaught exceptions, each as one line.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    synchronized (events) {
      for (JsonNode event : events) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
          case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
          case "Runtime.consoleAPICalled" -> {
            String type = params.path("type").asText();
            if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
              problems.add("console." + type + ": " + params.path("args"));
            }
          }
          case "Log.entryAdded" -> {
            String level = params.path("entry").path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
              problems.add("log " + level + ": " + params.path("entry").path("text").asText());
            }
          }
          default -> { }
        }
      }
    }
    return problems;
  }

  /** Saves a screenshot of the whole page, 1280 CSS pixels wide, as PNG. */
  public void screenshot(Path file) throws IOException {
    JsonNode metrics = call(sessionId, "Page.getLayoutMetrics", Map.of());
    int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900));
    call(sessionId, "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", Math.min(Math.max(height, 900), 16_000), "deviceScaleFactor", 1, "mobile", false));
    String data = call(sessionId, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
        .path("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  @Override
  public void close() {
    try {
      call(null, "Browser.close", Map.of());
    } catch (RuntimeException e) {
      // The browser may close the socket before it answers.
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    deleteRecursively(profile);
  }

  private JsonNode call(String session, String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", json.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(message.toString(), true).join();
    JsonNode response = answer.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.path("error"));
    }
    return response.path("result");
  }

  private CompletableFuture<JsonNode> nextEvent(String method) {
    CompletableFuture<JsonNode> waiter = new CompletableFuture<>();
    synchronized (eventWaiters) {
      eventWaiters.add(waiter);
      waitedMethods.add(method);
    }
    return waiter;
  }

  private void received(String text) {
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    events.add(message);
    synchronized (eventWaiters) {
      for (int i = 0; i < eventWaiters.size(); i++) {
        if (waitedMethods.get(i).equals(message.path("method").asText())) {
          eventWaiters.remove(i).complete(message);
          waitedMethods.remove(i);
          return;
        }
      }
    }
  }

  private static void readStandardError(Process process, CompletableFuture<URI> endpoint) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        Matcher matcher = DEVTOOLS_URL.matcher(line);
        if (matcher.find()) {
          endpoint.complete(URI.create(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      endpoint.completeExceptionally(e);
    }
    endpoint.completeExceptionally(new IOException("Chromium exited without a DevTools endpoint"));
  }

  private static void deleteRecursively(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile does no harm.
    }
  }

  /** Joins message fragments and hands complete messages on. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        received(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(answer -> answer.completeExceptionally(error));
    }
  }
}
