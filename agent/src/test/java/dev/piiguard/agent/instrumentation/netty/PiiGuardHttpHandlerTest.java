package dev.piiguard.agent.instrumentation.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.PiiBlockedException;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RequestRefusedException;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handler in a channel of its own: what it passes on toward the network for each request, and
 * what the application reads of each reply, under each action.
 */
class PiiGuardHttpHandlerTest {
  private static final String EMAIL = "jane.canary@example.com";
  private static final String BODY = "{\"prompt\":\"Write to " + EMAIL + " today\"}";
  private static final String REDACTED = "{\"prompt\":\"Write to [EMAIL] today\"}";

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();
  private final List<Object> released = new ArrayList<>();
  private EmbeddedChannel channel;

  @AfterEach
  void finish() {
    channel.finishAndReleaseAll();
  }

  private EmbeddedChannel channel(FailureMode failure, long maxBody) {
    Policy policy = Policy.builder().defaultAction(Action.MONITOR)
        .addRule(rule("redact", Action.REDACT))
        .addRule(rule("tokenize", Action.TOKENIZE))
        .addRule(rule("block", Action.BLOCK))
        .addRule(rule("allow", Action.ALLOW))
        .build();
    RequestInspector inspector = new RequestInspector(policy, PiiScanner.defaults(),
        CoreValueRewriter.withRandomKeys(), events::add, failure, maxBody);
    channel = new EmbeddedChannel(new PiiGuardHttpHandler(inspector));
    return channel;
  }

  /** Writes as a client does; a refusal the channel's reader is told of is checked apart. */
  private ChannelFuture write(Object message) {
    return channel.pipeline().write(message);
  }

  private static DestinationRule rule(String host, Action action) {
    return new DestinationRule(host, List.of(HostGlob.of(host + ".example")), List.of(), action);
  }

  private static FullHttpRequest full(String host, String target, String body) {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, target,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    request.headers().set(HttpHeaderNames.HOST, host + ":8443");
    request.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    HttpUtil.setContentLength(request, request.content().readableBytes());
    return request;
  }

  private static HttpRequest chunkedHead(String host) {
    HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/chat");
    head.headers().set(HttpHeaderNames.HOST, host);
    head.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    HttpUtil.setTransferEncodingChunked(head, true);
    return head;
  }

  private static ByteBuf text(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
  }

  /** What went toward the network: the head, then the body as text. */
  private List<Object> outbound() {
    List<Object> messages = new ArrayList<>();
    for (Object message; (message = channel.readOutbound()) != null; ) {
      messages.add(message);
    }
    return messages;
  }

  private static String bodyOf(List<Object> messages) {
    StringBuilder body = new StringBuilder();
    for (Object message : messages) {
      if (message instanceof HttpContent content) {
        body.append(content.content().toString(StandardCharsets.UTF_8));
      } else if (message instanceof ByteBuf buffer) {
        body.append(buffer.toString(StandardCharsets.UTF_8));
      }
    }
    return body.toString();
  }

  @Test
  void aWholeRequestIsRedactedAndSentWithItsNewLength() {
    channel(FailureMode.OPEN, 1 << 20);
    ChannelFuture written = write(full("redact.example", "/v1/chat?page=2", BODY));
    channel.pipeline().flush();

    List<Object> sent = outbound();
    assertThat(written.isSuccess()).isTrue();
    HttpRequest head = (HttpRequest) sent.get(0);
    assertThat(head.uri()).isEqualTo("/v1/chat?page=2");
    assertThat(bodyOf(sent)).isEqualTo(REDACTED);
    assertThat(HttpUtil.getContentLength(head)).isEqualTo(REDACTED.getBytes(StandardCharsets.UTF_8).length);
    assertThat(sent.get(sent.size() - 1)).isInstanceOf(LastHttpContent.class);
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.client()).isEqualTo("netty");
      assertThat(event.outcome()).isEqualTo(Outcome.REDACTED);
      assertThat(event.destination().host()).isEqualTo("redact.example");
      assertThat(event.destination().port()).isEqualTo(8443);
      assertThat(event.destination().path()).isEqualTo("/v1/chat");
    });
  }

  @Test
  void aStreamedBodyIsHeldUntilWholeThenSentWithALength() {
    channel(FailureMode.OPEN, 1 << 20);
    int split = BODY.indexOf("canary");
    ChannelFuture head = write(chunkedHead("redact.example"));
    ChannelFuture first = write(new DefaultHttpContent(text(BODY.substring(0, split))));
    channel.pipeline().flush();
    assertThat(outbound()).as("nothing goes out before the body is whole").isEmpty();
    assertThat(head.isSuccess() && first.isSuccess()).as("a writer waiting for them goes on").isTrue();

    ChannelFuture last = write(new DefaultLastHttpContent(text(BODY.substring(split))));
    channel.pipeline().flush();
    List<Object> sent = outbound();
    assertThat(last.isSuccess()).isTrue();
    assertThat(bodyOf(sent)).isEqualTo(REDACTED);
    HttpRequest sentHead = (HttpRequest) sent.get(0);
    assertThat(HttpUtil.isTransferEncodingChunked(sentHead)).isFalse();
    assertThat(HttpUtil.getContentLength(sentHead)).isEqualTo(REDACTED.length());
  }

  @Test
  void rawByteBuffersAfterTheHeadAreReadAsTheBody() {
    channel(FailureMode.OPEN, 1 << 20);
    write(chunkedHead("redact.example"));
    write(text(BODY));
    write(LastHttpContent.EMPTY_LAST_CONTENT);
    channel.pipeline().flush();
    assertThat(bodyOf(outbound())).isEqualTo(REDACTED);
  }

  @Test
  void aBlockedRequestSendsNothingAndFailsWithTheRefusal() {
    channel(FailureMode.OPEN, 1 << 20);
    ChannelFuture written = write(full("block.example", "/v1/chat", BODY));
    channel.pipeline().flush();

    assertThat(outbound()).isEmpty();
    assertThat(written.cause()).isInstanceOf(PiiBlockedException.class)
        .hasMessageNotContaining(EMAIL).hasMessageContaining("EMAIL");
    assertThatThrownBy(channel::checkException).as("the channel's reader is told too")
        .isInstanceOf(PiiBlockedException.class);
    assertThat(channel.isOpen()).as("no reply will come on it").isFalse();
  }

  @Test
  void allowedRequestsPassAsTheyCame() {
    channel(FailureMode.OPEN, 1 << 20);
    FullHttpRequest request = full("allow.example", "/v1/chat", BODY);
    write(request);
    channel.pipeline().flush();
    assertThat(outbound()).containsExactly(request);
    assertThat(events).isEmpty();
  }

  @Test
  void aBodyOverMaxBodyGoesOutUnreadUnderFailureOpen() {
    channel(FailureMode.OPEN, 24);
    write(chunkedHead("redact.example"));
    write(new DefaultHttpContent(text(BODY.substring(0, 20))));
    write(new DefaultHttpContent(text(BODY.substring(20))));
    write(LastHttpContent.EMPTY_LAST_CONTENT);
    channel.pipeline().flush();

    List<Object> sent = outbound();
    assertThat(bodyOf(sent)).isEqualTo(BODY);
    assertThat(HttpUtil.isTransferEncodingChunked((HttpRequest) sent.get(0))).isTrue();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.SENT_UNINSPECTED);
      assertThat(event.reason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE);
    });
  }

  @Test
  void aBodyOverMaxBodyIsRefusedUnderFailureClosedAndItsConnectionClosed() {
    channel(FailureMode.CLOSED, 24);
    write(chunkedHead("redact.example"));
    write(new DefaultHttpContent(text(BODY.substring(0, 20))));
    ChannelFuture over = write(new DefaultHttpContent(text(BODY.substring(20))));
    ChannelFuture last = write(LastHttpContent.EMPTY_LAST_CONTENT);
    channel.pipeline().flush();

    assertThat(outbound()).isEmpty();
    assertThat(over.cause()).isInstanceOf(RequestRefusedException.class);
    assertThat(last.isSuccess()).as("written to a closed channel").isFalse();
    // review s33f: a pooled connection kept for it waited for a reply that never came
    assertThat(channel.isOpen()).as("closed: no reply will come").isFalse();
    assertThatThrownBy(channel::checkException).isInstanceOf(RequestRefusedException.class);
  }

  @Test
  void aWholeRequestOverMaxBodyGoesOutAsItCameUnderFailureOpen() {
    // review s33f: its head went out twice, and Netty's encoder failed the request
    channel(FailureMode.OPEN, 24);
    FullHttpRequest request = full("redact.example", "/v1/chat", BODY);
    ChannelFuture written = write(request);
    channel.pipeline().flush();

    assertThat(outbound()).containsExactly(request);
    assertThat(written.isSuccess()).isTrue();
    assertThat(events).singleElement().satisfies(event -> assertThat(event.outcome()).isEqualTo(Outcome.SENT_UNINSPECTED));
  }

  @Test
  void aChunkedBodysTrailersGoOutWithIt() {
    // review s33f: they were dropped, while the head still announced them
    channel(FailureMode.OPEN, 1 << 20);
    HttpRequest head = chunkedHead("redact.example");
    head.headers().set(HttpHeaderNames.TRAILER, "X-Checksum");
    LastHttpContent end = new DefaultLastHttpContent(text(BODY));
    end.trailingHeaders().set("X-Checksum", "abc123");
    write(head);
    write(end);
    channel.pipeline().flush();

    List<Object> sent = outbound();
    assertThat(HttpUtil.isTransferEncodingChunked((HttpRequest) sent.get(0))).isTrue();
    assertThat(((LastHttpContent) sent.get(1)).trailingHeaders().get("X-Checksum")).isEqualTo("abc123");
    assertThat(bodyOf(sent)).isEqualTo(REDACTED);
  }

  @Test
  void aBodyItCannotReadIsSentUnreadUnderFailureOpen() throws Exception {
    channel(FailureMode.OPEN, 1 << 20);
    File file = File.createTempFile("piiguard-region", ".json");
    try {
      Files.writeString(file.toPath(), BODY);
      write(chunkedHead("redact.example"));
      write(new DefaultFileRegion(file, 0, file.length()));
      write(LastHttpContent.EMPTY_LAST_CONTENT);
      channel.pipeline().flush();
      List<Object> sent = outbound();
      assertThat(sent.get(1)).isInstanceOf(DefaultFileRegion.class);
      assertThat(events).singleElement().satisfies(
          event -> assertThat(event.reason()).isEqualTo(UninspectedReason.BODY_NOT_REPLAYABLE));
    } finally {
      Files.deleteIfExists(file.toPath());
    }
  }

  @Test
  void theReplyToATokenizedRequestHasItsValuesBackWhereverItIsSplit() {
    channel(FailureMode.OPEN, 1 << 20);
    write(full("tokenize.example", "/v1/chat", BODY));
    channel.pipeline().flush();
    String sent = bodyOf(outbound());
    assertThat(sent).doesNotContain(EMAIL);

    for (int split = 1; split < sent.length(); split += 7) {
      HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
      HttpUtil.setContentLength(response, sent.length());
      if (split > 1) { // one request per reply: the next reply is to the next request
        write(full("tokenize.example", "/v1/chat", BODY));
        channel.pipeline().flush();
        outbound();
      }
      channel.writeInbound(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
      channel.writeInbound(response, new DefaultHttpContent(text(sent.substring(0, split))),
          new DefaultLastHttpContent(text(sent.substring(split))));
      List<Object> read = new ArrayList<>();
      for (Object message; (message = channel.readInbound()) != null; ) {
        read.add(message);
      }
      assertThat(read.get(1)).isSameAs(response);
      assertThat(response.headers().contains(HttpHeaderNames.CONTENT_LENGTH))
          .as("the values' lengths differ from their tokens'").isFalse();
      assertThat(bodyOf(read)).as("split at %d", split).isEqualTo(BODY);
    }
  }

  @Test
  void repliesWithNoBodyOrACompressedOneAndRepliesToOtherRequestsAreLeftAlone() {
    channel(FailureMode.OPEN, 1 << 20);
    write(full("tokenize.example", "/v1/chat", BODY));
    write(full("block.example", "/v1/chat", BODY));
    write(full("redact.example", "/v1/chat", BODY));
    write(full("tokenize.example", "/v1/chat", BODY));
    channel.pipeline().flush();
    List<Object> sent = outbound();
    String token = bodyOf(sent.subList(0, 2));
    assertThatThrownBy(channel::checkException).isInstanceOf(PiiBlockedException.class);

    HttpResponse gzip = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    gzip.headers().set(HttpHeaderNames.CONTENT_ENCODING, "gzip").set(HttpHeaderNames.CONTENT_LENGTH, 3);
    channel.writeInbound(gzip, new DefaultLastHttpContent(text(token)));
    HttpResponse redacted = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    channel.writeInbound(redacted, new DefaultLastHttpContent(text(token)));
    HttpResponse noContent = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT);
    noContent.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
    channel.writeInbound(noContent, LastHttpContent.EMPTY_LAST_CONTENT);

    List<Object> read = new ArrayList<>();
    for (Object message; (message = channel.readInbound()) != null; ) {
      read.add(message);
    }
    assertThat(bodyOf(read.subList(0, 2))).as("compressed: not read").isEqualTo(token);
    assertThat(gzip.headers().get(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo("3");
    assertThat(bodyOf(read.subList(2, 4))).as("the reply to the redacted request, not the blocked one")
        .isEqualTo(token);
    assertThat(noContent.headers().get(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo("0");
  }
}
