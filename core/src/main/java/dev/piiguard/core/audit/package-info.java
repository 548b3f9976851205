/**
 * The audit event model and its JSON Lines writer, as documented in {@code docs/audit-events.md}.
 * An event holds entity types, counts and keyed fingerprints: never a raw value.
 */
package dev.piiguard.core.audit;
