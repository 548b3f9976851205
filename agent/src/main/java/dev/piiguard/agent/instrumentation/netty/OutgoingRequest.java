package dev.piiguard.agent.instrumentation.netty;

import dev.piiguard.agent.inspect.LenientUri;
import dev.piiguard.agent.inspect.PiiGuardException;
import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;

/**
 * One request on its way through a client channel. Under {@code allow} its messages pass as they
 * come. Otherwise its head and body are held back until the body is whole (a
 * {@link LastHttpContent}), then inspected and written out as the destination's rule says: as
 * they were, rewritten, or not at all. The write of each held message but the last is reported
 * done at once, so that a writer that waits for it goes on; the last one's reports how the
 * request went out, or the refusal.
 */
final class OutgoingRequest {
  static final String CLIENT = "netty";

  private enum State { PASS, HOLD, REFUSED }

  private final RequestInspector inspector;
  private final Destination destination;
  private final PolicyDecision decision;
  private final String method;
  private State state;
  private HttpRequest head;
  private ByteArrayOutputStream body = new ByteArrayOutputStream();
  private PiiGuardException refusal;
  private boolean restoresReply;
  /** The trailing headers of a chunked body's end, sent again with it; null when it has none. */
  private HttpHeaders trailers;

  private OutgoingRequest(RequestInspector inspector, Destination destination, PolicyDecision decision,
      String method) {
    this.inspector = inspector;
    this.destination = destination;
    this.decision = decision;
    this.method = method;
    this.state = decision.action() == Action.ALLOW ? State.PASS : State.HOLD;
  }

  /** A request whose head is {@code head}, going to {@code destination}. */
  static OutgoingRequest begin(RequestInspector inspector, HttpRequest head, Destination destination) {
    return new OutgoingRequest(inspector, destination,
        inspector.decide(destination.host(), destination.path()), head.method().name());
  }

  /** The request's method, which tells whether its reply has a body. */
  String method() {
    return method;
  }

  /** Whether the request was refused: nothing of it went out, and no reply will come. */
  boolean refused() {
    return state == State.REFUSED;
  }

  /** Whether tokens must be restored in the reply: the request went out tokenized. */
  boolean restoresReply() {
    return restoresReply;
  }

  /** Takes one message of the request: passes it on, holds it, or fails it when refused. */
  void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
    switch (state) {
      case PASS -> context.write(message, promise);
      case REFUSED -> {
        ReferenceCountUtil.release(message);
        promise.tryFailure(refusal);
      }
      case HOLD -> hold(context, message, promise);
      default -> throw new IllegalStateException(state.name());
    }
  }

  private void hold(ChannelHandlerContext context, Object message, ChannelPromise promise) {
    boolean last = message instanceof LastHttpContent;
    boolean carriesHead = message instanceof HttpRequest;
    if (message instanceof HttpRequest request) {
      head = request instanceof FullHttpRequest full
          ? new DefaultHttpRequest(full.protocolVersion(), full.method(), full.uri(), full.headers())
          : request;
    }
    ByteBuf content = message instanceof ByteBufHolder holder ? holder.content()
        : message instanceof ByteBuf buffer ? buffer : null;
    if (content == null && !carriesHead) {
      // not a message of an HTTP request's body (a FileRegion): it cannot be read here
      sendUnread(context, UninspectedReason.BODY_NOT_REPLAYABLE, true);
      write(context, message, promise);
      return;
    }
    if (content != null && content.isReadable()) {
      if (body.size() + (long) content.readableBytes() > inspector.maxBodyBytes()) {
        // a FullHttpRequest carries its own head: it goes out as it is, after nothing held
        sendUnread(context, UninspectedReason.BODY_TOO_LARGE, !carriesHead);
        write(context, message, promise);
        return;
      }
      body.writeBytes(ByteBufUtil.getBytes(content));
    }
    if (last && !((LastHttpContent) message).trailingHeaders().isEmpty()) {
      trailers = ((LastHttpContent) message).trailingHeaders().copy();
    }
    ReferenceCountUtil.release(message);
    if (!last) {
      promise.trySuccess();
      return;
    }
    finish(context, promise);
  }

  /** Inspects the whole request and writes it out as its verdict says, or fails it. */
  private void finish(ChannelHandlerContext context, ChannelPromise promise) {
    byte[] bytes = body.toByteArray();
    body = null;
    Verdict verdict;
    try {
      verdict = inspector.inspect(CLIENT, destination, decision, LenientUri.rawQueryOf(head.uri()),
          bytes.length == 0 ? RequestBody.none() : RequestBody.of(bytes,
              head.headers().get(HttpHeaderNames.CONTENT_ENCODING),
              head.headers().get(HttpHeaderNames.CONTENT_TYPE)));
    } catch (RuntimeException e) {
      verdict = inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR);
    }
    if (verdict.refusal() != null) {
      refuse(context, verdict.refusal(), promise);
      return;
    }
    restoresReply = verdict.restoreResponse();
    if (verdict.rawQuery() != null) {
      head.setUri(LenientUri.withQuery(head.uri(), verdict.rawQuery()));
    }
    byte[] sent = verdict.body() != null ? verdict.body() : bytes;
    // the whole body is at hand: it goes out with its length, also when it was to be chunked,
    // unless it has trailers, which only a chunked body carries
    boolean chunked = HttpUtil.isTransferEncodingChunked(head);
    if (!chunked) {
      trailers = null; // a body with a length has no trailers
    }
    if (trailers == null && (sent.length > 0 || chunked || head.headers().contains(HttpHeaderNames.CONTENT_LENGTH))) {
      HttpUtil.setTransferEncodingChunked(head, false);
      HttpUtil.setContentLength(head, sent.length);
    }
    state = State.PASS;
    context.write(head);
    LastHttpContent end = new DefaultLastHttpContent(Unpooled.wrappedBuffer(sent));
    if (trailers != null) {
      end.trailingHeaders().set(trailers);
    }
    context.write(end, promise);
  }

  /**
   * Gives up holding the request: {@code failure=open} sends what was held ({@code headHeld}: the
   * head too) and lets the rest pass unread; {@code failure=closed} refuses it.
   */
  private void sendUnread(ChannelHandlerContext context, UninspectedReason reason, boolean headHeld) {
    Verdict verdict = inspector.uninspectable(CLIENT, destination, decision, reason);
    if (verdict.refusal() != null) {
      refusal = verdict.refusal();
      state = State.REFUSED;
      body = null;
      context.fireExceptionCaught(refusal);
      return;
    }
    state = State.PASS;
    if (headHeld) {
      context.write(head);
    }
    if (body.size() > 0) {
      context.write(new DefaultHttpContent(Unpooled.wrappedBuffer(body.toByteArray())));
    }
    body = null;
  }

  /**
   * Fails the request's last write and tells the channel's reader: a writer that sent the body as a
   * stream writes its end without waiting for the result, and would otherwise wait for a reply.
   */
  private void refuse(ChannelHandlerContext context, PiiGuardException exception, ChannelPromise promise) {
    refusal = exception;
    state = State.REFUSED;
    promise.tryFailure(exception);
    context.fireExceptionCaught(exception);
  }
}
