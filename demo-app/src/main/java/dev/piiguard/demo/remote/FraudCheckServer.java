package dev.piiguard.demo.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A payment partner's fraud-check endpoint on loopback: records each request, answers low risk. */
public final class FraudCheckServer implements AutoCloseable {
  private static final byte[] LOW_RISK = "{\"risk\":\"low\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ReceivedRequests received = new ReceivedRequests();

  private FraudCheckServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port. */
  public static FraudCheckServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FraudCheckServer fraudCheck = new FraudCheckServer(server);
    server.createContext("/fraud-checks", fraudCheck::handle);
    server.start();
    return fraudCheck;
  }

  /** The endpoint URL; it names the loopback address, so it is not taken for an AI API. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/fraud-checks";
  }

  public ReceivedRequests received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, LOW_RISK.length);
      exchange.getResponseBody().write(LOW_RISK);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
