package dev.piiguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void idsAreLowerCaseAndReadBack() {
    for (Action action : Action.values()) {
      assertThat(Action.fromId(" " + action.id().toUpperCase() + " ")).isEqualTo(action);
    }
    assertThat(Action.TOKENIZE.id()).isEqualTo("tokenize");
  }

  @Test
  void unknownIdNamesTheAcceptedValues() {
    assertThatThrownBy(() -> Action.fromId("shred"))
        .hasMessage("expected one of allow, monitor, redact, tokenize, block");
  }
}
