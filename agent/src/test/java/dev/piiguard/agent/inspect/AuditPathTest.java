package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.PiiScanner;
import org.junit.jupiter.api.Test;

class AuditPathTest {

  private final PiiScanner scanner = PiiScanner.defaults();

  @Test
  void aPathWithoutPersonalDataStaysExactlyAsSent() {
    assertThat(AuditPath.mask("/v1/chat/completions", scanner)).isEqualTo("/v1/chat/completions");
    assertThat(AuditPath.mask("/files/r%C3%A9sum%C3%A9%2", scanner)).isEqualTo("/files/r%C3%A9sum%C3%A9%2");
  }

  @Test
  void valuesInThePathBecomePlaceholdersAlsoWhenPercentEncoded() {
    assertThat(AuditPath.mask("/customers/jane.canary@example.com/notes", scanner))
        .isEqualTo("/customers/[EMAIL]/notes");
    assertThat(AuditPath.mask("/customers/jane.canary%40example.com/notes", scanner))
        .isEqualTo("/customers/[EMAIL]/notes");
    assertThat(AuditPath.mask("/cards/4111111111111111/charge/%F0%9F%98%80", scanner))
        .isEqualTo("/cards/[PAYMENT_CARD]/charge/\uD83D\uDE00");
  }
}
