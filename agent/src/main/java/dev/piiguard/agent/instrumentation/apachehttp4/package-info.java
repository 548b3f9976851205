/**
 * Instrumentation of Apache HttpClient 4.5: when {@code HttpClientBuilder.build()} runs, {@link
 * dev.piiguard.agent.instrumentation.apachehttp4.PiiGuardRequestInterceptor} is added first among
 * the request interceptors (before the client computes {@code Content-Length}) and {@link
 * dev.piiguard.agent.instrumentation.apachehttp4.PiiGuardResponseInterceptor} last among the
 * response interceptors (after it decompressed the reply). Clients made without the builder are
 * not instrumented.
 */
package dev.piiguard.agent.instrumentation.apachehttp4;
