package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.ReplyBody;
import dev.piiguard.agent.inspect.RequestInspector;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The reply to a tokenized request, with its tokens restored as the application reads it. */
final class RestoredReplies {
  private RestoredReplies() {}

  /**
   * {@code response} restoring tokens, or as it is when it has no body to restore (the reply to a
   * {@code HEAD}, a 204 or 304) or one PII Guard cannot read (compressed).
   */
  static Response restoring(Response response, String method, RequestInspector inspector) {
    String encoding = response.header("Content-Encoding");
    if (encoding != null && !encoding.trim().equalsIgnoreCase("identity")
        || !ReplyBody.present(method, response.code())) {
      return response;
    }
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    String contentType = body.contentType() == null ? null : body.contentType().toString();
    // restored values differ in length from their tokens: a reader of Content-Length would cut the reply
    return response.newBuilder()
        .removeHeader("Content-Length")
        .body(new RestoringResponseBody(body, inspector.newRestorer(contentType)))
        .build();
  }
}
