/**
 * Instrumentation of {@code HttpURLConnection} and {@code HttpsURLConnection}: both end in
 * {@code sun.net.www.protocol.http.HttpURLConnection}. A buffered body is inspected in
 * {@code writeRequests}, just before the headers and body go out; a fixed-length streaming body
 * that fits {@code max-body} is turned back into a buffered one so that it can be inspected
 * (and its {@code Content-Length} fixed); a chunked streaming body cannot be held back and is
 * handled per {@code failure=}.
 */
package dev.piiguard.agent.instrumentation.urlconnection;
