/**
 * JSON string literals as PII Guard writes them: in audit events, in {@code piiguard scan} output
 * and in rewritten request and reply bodies.
 */
package dev.piiguard.core.json;
