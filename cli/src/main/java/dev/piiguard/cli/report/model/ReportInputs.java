package dev.piiguard.cli.report.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the report was made from.
 *
 * @param spotbugsFile the SpotBugs result's file name, if one was given
 * @param spotbugsFormat {@code SpotBugs XML} or {@code SARIF}, or the empty string
 * @param auditFile the audit events' file name, if one was given
 * @param generatedAt when the report was made
 */
public record ReportInputs(
    Optional<String> spotbugsFile,
    String spotbugsFormat,
    Optional<String> auditFile,
    Instant generatedAt) {}
