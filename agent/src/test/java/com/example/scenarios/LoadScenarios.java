package com.example.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applications for the reliability tests, run in forked JVMs. {@code load <base> <count>
 * <threads>} sends many small requests over three clients and five actions and checks every echoed
 * reply; {@code large <base> <bytes>} streams one huge body through each client without holding it
 * in memory. Both print one summary line per outcome kind.
 */
public final class LoadScenarios {
  public static final String EMAIL = "lee.canary@example.net";
  public static final String[] ACTIONS = {"allow", "monitor", "redact", "tokenize", "block"};
  public static final String[] CLIENTS = {"jdk", "huc", "okhttp"};

  private static final HttpClient JDK = HttpClient.newHttpClient();
  private static final OkHttpClient OKHTTP = new OkHttpClient();

  private LoadScenarios() {}

  /** The body of request {@code id}: every third one holds no PII. */
  public static String body(int id) {
    return id % 3 == 0
        ? "{\"id\":" + id + ",\"note\":\"nothing personal here\"}"
        : "{\"id\":" + id + ",\"note\":\"contact " + EMAIL + " re order " + id + "\"}";
  }

  public static String action(int id) {
    return ACTIONS[id % ACTIONS.length];
  }

  public static String client(int id) {
    return CLIENTS[(id / ACTIONS.length) % CLIENTS.length];
  }

  public static void main(String[] arguments) throws Exception {
    if (arguments[0].equals("load")) {
      load(arguments[1], Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]));
    } else {
      large(arguments[1], Long.parseLong(arguments[2]));
    }
  }

  private static void load(String base, int count, int threads) throws Exception {
    AtomicInteger matched = new AtomicInteger();
    AtomicInteger blocked = new AtomicInteger();
    AtomicInteger mismatched = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < count; i++) {
      int id = i;
      pool.execute(() -> {
        String body = body(id);
        String url = base + "/" + action(id) + "/" + client(id) + "/" + id;
        try {
          String reply = new String(ClientScenariosAccess.send(client(id), url,
              body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
          String expected = action(id).equals("redact") ? body.replace(EMAIL, "[EMAIL]") : body;
          (reply.equals(expected) ? matched : mismatched).incrementAndGet();
        } catch (IOException e) {
          boolean expectedBlock = action(id).equals("block") && id % 3 != 0
              && e.getClass().getSimpleName().equals("PiiBlockedException");
          (expectedBlock ? blocked : failed).incrementAndGet();
        } catch (Exception e) {
          failed.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    System.out.println("MATCHED " + matched.get());
    System.out.println("BLOCKED " + blocked.get());
    System.out.println("MISMATCHED " + mismatched.get());
    System.out.println("FAILED " + failed.get());
  }

  private static void large(String base, long bytes) throws Exception {
    Path file = Files.createTempFile("piiguard-large", ".json");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        writeFiller(out, bytes);
      }
      report("jdk", () -> {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/large/jdk"))
            .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        return JDK.send(request, HttpResponse.BodyHandlers.ofString()).body();
      });
      report("huc", () -> {
        HttpURLConnection connection = (HttpURLConnection) new URL(base + "/large/huc").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(bytes);
        try (OutputStream out = connection.getOutputStream()) {
          writeFiller(out, bytes);
        }
        try (InputStream in = connection.getInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      });
      report("okhttp", () -> {
        okhttp3.RequestBody body = new okhttp3.RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.parse("application/json");
          }

          @Override
          public long contentLength() {
            return bytes;
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            writeFiller(sink.outputStream(), bytes);
          }
        };
        Request request = new Request.Builder().url(base + "/large/okhttp").post(body).build();
        try (Response response = OKHTTP.newCall(request).execute()) {
          return response.body().string();
        }
      });
      Runtime runtime = Runtime.getRuntime();
      System.out.println("HEAP_MAX " + runtime.maxMemory());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes {@code bytes} of JSON-ish text holding a PII value every 64 KiB. */
  static void writeFiller(OutputStream out, long bytes) throws IOException {
    byte[] block = new byte[65536];
    byte[] pii = (" " + EMAIL + " ").getBytes(StandardCharsets.UTF_8);
    java.util.Arrays.fill(block, (byte) 'x');
    System.arraycopy(pii, 0, block, 100, pii.length);
    long left = bytes;
    while (left > 0) {
      int n = (int) Math.min(block.length, left);
      out.write(block, 0, n);
      left -= n;
    }
    out.flush();
  }

  private interface Call {
    String call() throws Exception;
  }

  private static void report(String client, Call call) {
    try {
      System.out.println("LARGE " + client + " " + call.call());
    } catch (Exception e) {
      System.out.println("LARGE " + client + " " + e.getClass().getName());
    }
  }

  /** Lets the load run reuse the client code of {@link ClientScenarios}. */
  private static final class ClientScenariosAccess {
    static byte[] send(String client, String url, byte[] body) throws Exception {
      switch (client) {
        case "jdk":
          return ClientScenarios.send("jdk-send", url, body);
        case "huc":
          return ClientScenarios.send("huc", url, body);
        default:
          return ClientScenarios.send("okhttp", url, body);
      }
    }
  }
}
