/**
 * The annotations with which application code marks personal data for PII Guard: {@link
 * dev.piiguard.annotations.Sensitive} on what holds it, {@link dev.piiguard.annotations.Redactor}
 * on what makes it safe, and {@link dev.piiguard.annotations.PiiType} to say what it is.
 *
 * <p>This package has no dependencies, so that it can be added to any application.
 */
package dev.piiguard.annotations;
