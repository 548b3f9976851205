/**
 * Instrumentation of Netty's HTTP/1.1 client codec, which Reactor Netty's {@code HttpClient} and
 * Spring's {@code WebClient} on it use: when an {@code HttpClientCodec} joins a channel's pipeline,
 * {@link dev.piiguard.agent.instrumentation.netty.PiiGuardHttpHandler} joins right after it, where it
 * sees each request before it is encoded and each reply once it is decoded. The code uses Netty API
 * of 4.1 and 4.2. The advice calls agent classes directly: Netty is loaded by the application class
 * loader or a child of it, which sees the agent jar.
 */
package dev.piiguard.agent.instrumentation.netty;
