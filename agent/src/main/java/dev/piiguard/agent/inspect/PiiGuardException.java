package dev.piiguard.agent.inspect;

import java.io.IOException;

/** A request PII Guard refused to send; the message names the destination host and the rule. */
public abstract class PiiGuardException extends IOException {
  private static final long serialVersionUID = 1L;

  PiiGuardException(String message) {
    super(message);
  }
}
