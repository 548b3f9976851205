package dev.piiguard.annotations;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a method whose return value is safe to emit even when its arguments are {@link Sensitive}:
 * a masking, truncating or keyed-hashing function.
 *
 * <p>The contract: the returned value must not allow the original personal data to be recovered.
 * {@code "j***@example.com"} and an HMAC are fine; a reversible encoding such as Base64 is not.
 *
 * <p>Who relies on it: the PII Guard SpotBugs plugin treats the return value of a
 * {@code @Redactor} method as clean at build time, so a log line that prints it is not reported.
 * The annotation is retained at run time for tools that inspect the application while it runs.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface Redactor {}
