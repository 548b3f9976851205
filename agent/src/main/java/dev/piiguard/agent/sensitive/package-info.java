/**
 * The values of the application's {@code @Sensitive} fields, registered as the application sets
 * them and found wherever they appear in a request: what no detector tells by its shape, such as a
 * customer's name or postal address. {@link dev.piiguard.agent.sensitive.SensitiveFieldTransformer}
 * weaves a call into each class that declares such fields, right before each write of one and
 * right after each read of one; the call hands the value to
 * {@link dev.piiguard.agent.sensitive.SensitiveFields}, which keeps only its fingerprints.
 */
package dev.piiguard.agent.sensitive;
