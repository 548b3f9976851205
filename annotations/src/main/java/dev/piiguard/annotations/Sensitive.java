package dev.piiguard.annotations;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a value as personal data that must not leave the application unprotected.
 *
 * <p>Where it may go:
 *
 * <ul>
 *   <li>on a <b>field</b> or <b>record component</b>: every value stored there, and every value
 *       read from it (for a record, through its accessor);
 *   <li>on a <b>method</b>: the value it returns;
 *   <li>on a <b>parameter</b>: the argument passed in;
 *   <li>on a <b>type</b>: every instance of the type, and everything read from one;
 *   <li>on an <b>annotation type</b>: that annotation counts as {@code @Sensitive}, so an
 *       application can declare its own vocabulary, such as {@code @PersonalData}.
 * </ul>
 *
 * <p>The contract: a sensitive value, or anything derived from it that still carries its content
 * (a concatenation, a formatted string, a collection holding it), must not reach a log, a call of
 * an AI client, an outbound HTTP request, the message of an exception, or a {@code toString()}
 * unless it went through a method annotated {@link Redactor} first. Derived values that carry no
 * personal data, such as its length or whether it is empty, are not sensitive.
 *
 * <p>Who enforces it:
 *
 * <ul>
 *   <li>at build time, the PII Guard SpotBugs plugin follows each sensitive value through the
 *       bytecode and reports every path to such a sink ({@code PII_TO_LOG}, {@code PII_TO_AI_API},
 *       {@code PII_TO_HTTP}, {@code PII_IN_EXCEPTION}, {@code PII_IN_TOSTRING});
 *   <li>at run time, the PII Guard agent inspects outbound HTTP requests and redacts, tokenizes or
 *       blocks personal data as its configuration says. The annotation is retained at run time so
 *       that the agent can read it.
 * </ul>
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT, METHOD, PARAMETER, TYPE, ANNOTATION_TYPE})
public @interface Sensitive {

  /**
   * What kinds of personal data the value holds. Empty means not said, which reports and audit
   * events show as {@link PiiType#OTHER}.
   *
   * @return the kinds of personal data held
   */
  PiiType[] value() default {};
}
