package dev.piiguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {

  @Test
  void defaultsMonitorEverythingAndRedactKnownAiHosts() {
    Policy policy = Policy.builder().build();
    assertThat(policy.decide("api.openai.com", "/v1/chat/completions"))
        .isEqualTo(new PolicyDecision("ai", Action.REDACT));
    assertThat(policy.decide("billing.example.com", "/"))
        .isEqualTo(new PolicyDecision("default", Action.MONITOR));
  }

  @Test
  void everyHostNamedInTheDesignIsAnAiHost() {
    Policy policy = Policy.builder().aiAction(Action.BLOCK).build();
    for (String host : List.of("api.openai.com", "x.openai.azure.com", "api.anthropic.com",
        "generativelanguage.googleapis.com", "europe-west4-aiplatform.googleapis.com",
        "api.mistral.ai", "api.cohere.com", "api.groq.com", "api.deepseek.com",
        "api.together.xyz", "openrouter.ai", "api.x.ai", "api.perplexity.ai")) {
      assertThat(policy.decide(host, "/").rule()).as(host).isEqualTo("ai");
    }
  }

  @Test
  void extraAiHostsUseTheAiAction() {
    Policy policy = Policy.builder()
        .aiAction(Action.TOKENIZE)
        .addAiHosts(List.of(HostGlob.of("gateway.internal"), HostGlob.of("127.0.0.1")))
        .build();
    assertThat(policy.decide("Gateway.Internal", "/v1").action()).isEqualTo(Action.TOKENIZE);
    assertThat(policy.decide("127.0.0.1", "/").action()).isEqualTo(Action.TOKENIZE);
  }

  @Test
  void aiHostsComeBeforeNamedRules() {
    Policy policy = Policy.builder()
        .addRule(new DestinationRule("everything", List.of(HostGlob.of("*")), List.of(), Action.ALLOW))
        .build();
    assertThat(policy.decide("api.anthropic.com", "/v1/messages").rule()).isEqualTo("ai");
    assertThat(policy.decide("example.com", "/").rule()).isEqualTo("everything");
  }

  @Test
  void firstMatchingRuleWinsByHostAndPathPrefix() {
    Policy policy = Policy.builder()
        .defaultAction(Action.ALLOW)
        .addRule(new DestinationRule("crm-notes", List.of(HostGlob.of("*.crm.example")),
            List.of("/notes"), Action.BLOCK))
        .addRule(new DestinationRule("crm", List.of(HostGlob.of("*.crm.example")), List.of(),
            Action.REDACT))
        .addRule(new DestinationRule("uploads", List.of(), List.of("/upload"), Action.TOKENIZE))
        .build();
    assertThat(policy.decide("eu.crm.example", "/notes/7"))
        .isEqualTo(new PolicyDecision("crm-notes", Action.BLOCK));
    assertThat(policy.decide("eu.crm.example", "/contacts"))
        .isEqualTo(new PolicyDecision("crm", Action.REDACT));
    assertThat(policy.decide("files.example", "/upload/a"))
        .isEqualTo(new PolicyDecision("uploads", Action.TOKENIZE));
    assertThat(policy.decide("files.example", "/download"))
        .isEqualTo(new PolicyDecision("default", Action.ALLOW));
  }

  @Test
  void repeatedDecisionsForOneHostAgree() {
    Policy policy = Policy.builder()
        .addRule(new DestinationRule("api", List.of(), List.of("/api"), Action.BLOCK))
        .build();
    for (int i = 0; i < 3; i++) {
      assertThat(policy.decide("h.example", "/api/x").rule()).isEqualTo("api");
      assertThat(policy.decide("h.example", "/web").rule()).isEqualTo("default");
    }
  }

  @Test
  void duplicateRuleNamesAreRejected() {
    DestinationRule rule = new DestinationRule("a", List.of(), List.of("/a"), Action.BLOCK);
    assertThatThrownBy(() -> Policy.builder().addRule(rule).addRule(rule))
        .hasMessage("duplicate rule a");
  }

  @Test
  void allowsEverythingOnlyWhenEveryActionIsAllow() {
    assertThat(Policy.builder().defaultAction(Action.ALLOW).aiAction(Action.ALLOW).build()
        .allowsEverything()).isTrue();
    assertThat(Policy.builder().defaultAction(Action.ALLOW).build().allowsEverything()).isFalse();
  }
}
