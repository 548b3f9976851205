/**
 * Values an application knows to be personal data, registered as it handles them, and found
 * whole wherever a scan reads them: what no detector can recognise by its shape, such as a
 * customer's name or postal address. See {@link dev.piiguard.core.known.KnownValues}.
 */
package dev.piiguard.core.known;
