package dev.piiguard.agent.instrumentation.netty;

import dev.piiguard.agent.inspect.RequestInspector;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;

/** Adds a {@link PiiGuardHttpHandler} after each HTTP client codec, once per pipeline. */
public final class NettySupport implements NettyInstrumentation.Hooks {
  /** Made by {@link NettyInstrumentation#hooksFor}. */
  public NettySupport() {}

  /**
   * Called when {@code codec} joined a pipeline through {@code context}. Only a client codec in a
   * pipeline of its own gets the handler: one that another handler wraps (a proxy's CONNECT codec)
   * sees no request of the application.
   */
  @Override
  public void codecAdded(Object codec, Object context) {
    RequestInspector current = NettyInstrumentation.inspector();
    if (current == null || !(codec instanceof HttpClientCodec)) {
      return;
    }
    ChannelHandlerContext codecContext = (ChannelHandlerContext) context;
    if (codecContext.handler() != codec) {
      return;
    }
    ChannelPipeline pipeline = codecContext.pipeline();
    if (pipeline.get(PiiGuardHttpHandler.class) == null) {
      pipeline.addAfter(codecContext.name(), PiiGuardHttpHandler.NAME, new PiiGuardHttpHandler(current));
    }
  }
}
