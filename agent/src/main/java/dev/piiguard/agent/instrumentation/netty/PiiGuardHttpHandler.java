package dev.piiguard.agent.instrumentation.netty;

import dev.piiguard.agent.inspect.RequestInspector;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sits right after a channel's HTTP client codec: each request written to the channel goes through
 * an {@link OutgoingRequest}, and the reply to a tokenized one through a {@link ReplyRestoration}.
 * Replies come in the order their requests went out, which is how each finds its request.
 * One per channel; Netty calls it on the channel's event loop only.
 */
final class PiiGuardHttpHandler extends ChannelDuplexHandler {
  static final String NAME = "piiguard.http";

  private final RequestInspector inspector;
  private final Deque<OutgoingRequest> awaitingReply = new ArrayDeque<>();
  private OutgoingRequest writing;
  private ReplyRestoration reading;

  PiiGuardHttpHandler(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
    if (message instanceof HttpRequest head) {
      boolean tls = context.pipeline().get(SslHandler.class) != null;
      writing = OutgoingRequest.begin(inspector, head,
          RequestTarget.destination(head, tls, context.channel().remoteAddress()));
      awaitingReply.add(writing);
    }
    OutgoingRequest current = writing;
    if (current == null) {
      context.write(message, promise);
      return;
    }
    boolean last = message instanceof LastHttpContent;
    if (last) {
      writing = null;
    }
    current.write(context, message, promise);
    if (current.refused() && awaitingReply.remove(current) && awaitingReply.isEmpty()) {
      // nothing of it went out and no reply will come: a pooled connection that the client keeps
      // for it would wait for one, so it is closed (not while another request awaits its reply)
      context.close();
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext context, Object message) {
    if (message instanceof HttpResponse response && !interim(response.status())) {
      OutgoingRequest request = awaitingReply.poll();
      reading = request != null && request.restoresReply()
          ? ReplyRestoration.start(inspector, request.method(), response) : null;
    }
    if (reading != null && message instanceof HttpContent content) {
      if (content instanceof LastHttpContent) {
        ReplyRestoration last = reading;
        reading = null;
        context.fireChannelRead(last.restore(content));
        return;
      }
      context.fireChannelRead(reading.restore(content));
      return;
    }
    context.fireChannelRead(message);
  }

  /** A 1xx reply other than 101: the real reply to the request is still to come. */
  private static boolean interim(HttpResponseStatus status) {
    return status.codeClass() == HttpStatusClass.INFORMATIONAL
        && status.code() != HttpResponseStatus.SWITCHING_PROTOCOLS.code();
  }
}
