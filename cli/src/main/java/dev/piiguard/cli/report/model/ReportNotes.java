package dev.piiguard.cli.report.model;

/**
 * What the report left out or changed, so that a reader knows.
 *
 * @param otherSpotBugsFindings findings of patterns not about personal data, left out
 * @param skippedAuditEvents audit events of a kind this version does not know, left out
 * @param maskedValues texts from the inputs that looked like personal data and were masked
 */
public record ReportNotes(int otherSpotBugsFindings, int skippedAuditEvents, int maskedValues) {}
