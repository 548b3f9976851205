package dev.piiguard.agent.instrumentation.urlconnection;

import java.lang.reflect.Method;

/**
 * Drops {@code Content-Length} from a connection's response headers once tokens in its body are
 * being restored: the restored values differ in length from their tokens, and a reader that reads
 * that many bytes (as Spring's message converters do) would cut the reply short or wait for bytes
 * that never come.
 */
final class ResponseLength {
  /** The package of the JDK's header list, which the agent opens to itself to call it. */
  static final String HEADERS_PACKAGE = "sun.net.www";

  private ResponseLength() {}

  /** Removes the length from {@code headers}, the connection's {@code sun.net.www.MessageHeader}. */
  static void remove(Object headers) {
    if (headers == null) {
      return;
    }
    try {
      Method remove = headers.getClass().getMethod("remove", String.class);
      remove.invoke(headers, "Content-Length");
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the reply keeps its length: a reader of exactly that many bytes may get less than all
    }
  }
}
