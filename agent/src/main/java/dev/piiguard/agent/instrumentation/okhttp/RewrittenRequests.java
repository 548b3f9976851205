package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.Verdict;
import okhttp3.Request;

/** A request with the query and body a verdict gives it. */
final class RewrittenRequests {
  private RewrittenRequests() {}

  /**
   * {@code request} with {@code verdict}'s query and body, or the request itself when the verdict
   * keeps both; {@code framed}: OkHttp's bridge has already set the body's length and framing
   * headers (a network interceptor's view), which then follow the new body.
   */
  static Request of(Request request, Verdict verdict, boolean framed) {
    if (verdict.rawQuery() == null && verdict.body() == null) {
      return request;
    }
    Request.Builder rewritten = request.newBuilder();
    if (verdict.rawQuery() != null) {
      rewritten.url(request.url().newBuilder().encodedQuery(verdict.rawQuery()).build());
    }
    if (verdict.body() != null) {
      rewritten.method(request.method(), new BytesRequestBody(request.body().contentType(), verdict.body()));
      if (framed) {
        rewritten.removeHeader("Transfer-Encoding").header("Content-Length", String.valueOf(verdict.body().length));
      }
    }
    return rewritten.build();
  }
}
