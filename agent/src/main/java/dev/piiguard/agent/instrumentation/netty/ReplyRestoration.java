package dev.piiguard.agent.instrumentation.netty;

import dev.piiguard.agent.inspect.ChunkRestorer;
import dev.piiguard.agent.inspect.ReplyBody;
import dev.piiguard.agent.inspect.RequestInspector;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * The tokens of one decoded reply turned back into the values they stand for, chunk by chunk: a
 * token split across chunks is held back until it is whole. The reply states no length, as the
 * values' lengths differ from their tokens'.
 */
final class ReplyRestoration {
  private final ChunkRestorer restorer;

  private ReplyRestoration(ChunkRestorer restorer) {
    this.restorer = restorer;
  }

  /**
   * The restoration of the reply {@code response} to a tokenized request of {@code method}, or null
   * when it has no body to restore or one PII Guard cannot read (compressed).
   */
  static ReplyRestoration start(RequestInspector inspector, String method, HttpResponse response) {
    String encoding = response.headers().get(HttpHeaderNames.CONTENT_ENCODING);
    if (!ReplyBody.present(method, response.status().code())
        || encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      return null;
    }
    response.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
    return new ReplyRestoration(inspector.newRestorer(response.headers().get(HttpHeaderNames.CONTENT_TYPE)));
  }

  /** {@code content} with its tokens restored; {@code content} is released. */
  HttpContent restore(HttpContent content) {
    byte[] read = ByteBufUtil.getBytes(content.content());
    byte[] restored = restorer.restore(read, 0, read.length);
    if (content instanceof LastHttpContent) {
      byte[] rest = restorer.finish();
      if (rest.length > 0) {
        byte[] all = new byte[restored.length + rest.length];
        System.arraycopy(restored, 0, all, 0, restored.length);
        System.arraycopy(rest, 0, all, restored.length, rest.length);
        restored = all;
      }
    }
    HttpContent replaced = content.replace(Unpooled.wrappedBuffer(restored));
    content.release();
    return replaced;
  }
}
