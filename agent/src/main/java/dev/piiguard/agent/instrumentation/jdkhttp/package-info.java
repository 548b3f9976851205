/**
 * Instrumentation of the JDK {@code java.net.http.HttpClient}: {@code send} and {@code sendAsync}
 * meet in the private four-argument {@code HttpClientImpl.sendAsync}, where the request and the
 * response handler are replaced before the exchange starts.
 */
package dev.piiguard.agent.instrumentation.jdkhttp;
