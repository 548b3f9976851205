/**
 * Instrumentation of OkHttp 3.x, 4.x and 5.x: when a client is built, {@link
 * dev.piiguard.agent.instrumentation.okhttp.PiiGuardInterceptor} is added after the application's
 * own interceptors. The code uses OkHttp and Okio API present in all three major versions since
 * 3.0, and typed tags (3.11) and one-shot bodies (3.14) only where the version has them
 * ({@code OkHttpFeatures}).
 * The advice calls agent classes directly: OkHttp is loaded by the application class loader or a
 * child of it, which sees the agent jar.
 */
package dev.piiguard.agent.instrumentation.okhttp;
