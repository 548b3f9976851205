package dev.piiguard.agent.instrumentation.urlconnection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RequestRefusedException;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.Policy;
import java.net.URI;
import java.net.URLConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class UrlConnectionHooksTest {
  /** Not the JDK's buffered body: reading it fails inside the hook. */
  private static final Object NOT_A_BUFFER = "not a buffered body";

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  private UrlConnectionHooks hooks(FailureMode failure) {
    return new UrlConnectionHooks(new RequestInspector(Policy.builder().defaultAction(Action.REDACT).build(),
        PiiScanner.defaults(), CoreValueRewriter.withRandomKeys(), events::add, failure, 1 << 20), null);
  }

  private static URLConnection connection() throws Exception {
    return URI.create("http://127.0.0.1:9/notes").toURL().openConnection(); // never connected
  }

  @Test
  void aFailureOfItsOwnAfterTheDecisionRefusesTheRequestUnderFailureClosed() throws Exception {
    Object answer = hooks(FailureMode.CLOSED).beforeWrite(connection(), NOT_A_BUFFER);

    assertThat(answer).isInstanceOf(RequestRefusedException.class);
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(event.reason()).isEqualTo(UninspectedReason.INTERNAL_ERROR);
    });
  }

  @Test
  void aFailureOfItsOwnAfterTheDecisionSendsTheRequestUnchangedUnderFailureOpen() throws Exception {
    Object answer = hooks(FailureMode.OPEN).beforeWrite(connection(), NOT_A_BUFFER);

    assertThat(answer).isNull();
    assertThat(events).singleElement().satisfies(event -> assertThat(event.outcome()).isEqualTo(Outcome.SENT_UNINSPECTED));
  }
}
