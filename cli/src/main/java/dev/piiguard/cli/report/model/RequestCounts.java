package dev.piiguard.cli.report.model;

/**
 * How the agent handled the requests in the audit events.
 *
 * @param events all events read
 * @param inspected requests it looked into ({@code event: request})
 * @param sentUnchanged inspected requests sent unchanged ({@code monitor})
 * @param redacted requests sent with PII replaced by placeholders
 * @param tokenized requests sent with PII replaced by tokens
 * @param blocked requests refused before any byte was sent
 * @param uninspected requests it could not look into
 * @param refused uninspected requests refused ({@code failure=closed})
 * @param insecureTransport requests that carried PII over plain HTTP off this machine
 * @param bytesScanned bytes of bodies and queries scanned
 */
public record RequestCounts(
    int events,
    int inspected,
    int sentUnchanged,
    int redacted,
    int tokenized,
    int blocked,
    int uninspected,
    int refused,
    int insecureTransport,
    long bytesScanned) {}
