package com.example.scenarios;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.reactivestreams.Publisher;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Reactor Netty's {@code HttpClient} and Spring's {@code WebClient} on it, posting a JSON body and
 * reading the whole reply. Kept apart from {@link ClientScenarios} so that a run without Reactor on
 * the class path never loads these types. A failure is thrown as its root cause, which Reactor and
 * Spring wrap.
 */
final class ReactiveClients {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private ReactiveClients() {}

  /**
   * Posts with Reactor Netty: one body (which Reactor Netty writes as one message with the head),
   * or, {@code chunked}, a stream of two parts split inside the e-mail address.
   */
  static byte[] netty(String url, byte[] body, boolean chunked) throws Exception {
    Publisher<ByteBuf> content;
    if (chunked) {
      String text = new String(body, StandardCharsets.UTF_8);
      int split = text.indexOf("canary");
      content = Flux.just(text.substring(0, split), text.substring(split))
          .map(part -> Unpooled.wrappedBuffer(part.getBytes(StandardCharsets.UTF_8)));
    } else {
      content = Mono.fromCallable(() -> Unpooled.wrappedBuffer(body));
    }
    try {
      return HttpClient.create()
          .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
          .post().uri(url).send(content)
          .responseSingle((response, reply) -> response.status().code() == 200
              ? reply.asByteArray().defaultIfEmpty(new byte[0])
              : Mono.<byte[]>error(new IOException("status " + response.status().code())))
          .block(TIMEOUT);
    } catch (RuntimeException e) {
      throw rootCause(e);
    }
  }

  /** Posts with Spring's {@code WebClient} on Reactor Netty. */
  static byte[] webClient(String url, byte[] body) throws Exception {
    try {
      return WebClient.builder().clientConnector(new ReactorClientHttpConnector()).build()
          .post().uri(url).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(new String(body, StandardCharsets.UTF_8))
          .retrieve().bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
          .block(TIMEOUT);
    } catch (RuntimeException e) {
      throw rootCause(e);
    }
  }

  private static Exception rootCause(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof Exception exception ? exception : e;
  }
}
