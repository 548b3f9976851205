/**
 * Instrumentation of Apache HttpClient 5.x classic: when {@code HttpClientBuilder.build()} runs,
 * {@link dev.piiguard.agent.instrumentation.apachehttp5.PiiGuardExecHandler} is added as the
 * outermost exec interceptor, so it sees the application's request before redirects, retries and
 * compression, and the decompressed reply. Clients made without the builder
 * ({@code HttpClients.createMinimal()}) are not instrumented.
 */
package dev.piiguard.agent.instrumentation.apachehttp5;
