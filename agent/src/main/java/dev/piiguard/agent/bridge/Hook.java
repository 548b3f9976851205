package dev.piiguard.agent.bridge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an advice parameter that receives the hook stored in field {@link #value()} of the
 * {@code PiiGuardHooks} class injected into the instrumented class's package.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Hook {

  /** The name of the hook field. */
  String value();
}
