package dev.piiguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule holds for its destination however a URL spells the host or the path (review s31a: each
 * of these spellings, in a redirect's Location, took a raw body to a host or path a rule blocked).
 */
class DestinationSpellingTest {
  private static final Policy POLICY = Policy.builder()
      .addRule(new DestinationRule("loopback", List.of(HostGlob.of("127.0.0.1")), List.of(), Action.BLOCK))
      .addRule(new DestinationRule("v6", List.of(HostGlob.of("[::1]")), List.of(), Action.BLOCK))
      .addRule(new DestinationRule("named", List.of(HostGlob.of("block.test")), List.of(), Action.BLOCK))
      .addRule(new DestinationRule("crm", List.of(HostGlob.of("monitor.test")), List.of("/crm"), Action.BLOCK))
      .build();

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "2130706433", "127.1", "127.0.1", "127.000.000.001",
    "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "::ffff:127.0.0.1", "127.0.0.1."})
  void anAddressRuleHoldsForEverySpellingOfTheAddress(String host) {
    assertThat(POLICY.decide(host, "/x").rule()).isEqualTo("loopback");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::1", "[::1]", "0:0:0:0:0:0:0:1", "[0000::0001]"})
  void anIpv6RuleHoldsWithAndWithoutBrackets(String host) {
    // OkHttp reports an IPv6 host without its brackets, the JDK clients with them
    assertThat(POLICY.decide(host, "/x").rule()).isEqualTo("v6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block.test", "BLOCK.TEST", "block.test."})
  void aNameRuleHoldsForTheFullyQualifiedName(String host) {
    assertThat(POLICY.decide(host, "/x").rule()).isEqualTo("named");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/crm", "/crm/x", "/%63rm/x", "/%63%72m/x", "/./crm/x", "/x/../crm/x", "//crm/x",
    "/crm;jsessionid=1/x", "/%2e/crm/x", "/a/b/../../crm"})
  void aPathRuleHoldsForEverySpellingServersRouteAlike(String path) {
    assertThat(POLICY.decide("monitor.test", path).rule()).isEqualTo("crm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/crx", "/x/crm", "/%2Fcrm", "/c%20rm", "/x/./crm"})
  void otherPathsAreNotTheRulesPath(String path) {
    assertThat(POLICY.decide("monitor.test", path).rule()).isEqualTo("default");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.2", "127.0.0.1.1", "1270.0.0.1", "999.0.0.1", "block.test.x", "[::2]",
    "127.0.0.1x", "4294967296"})
  void otherHostsAreNotTheRulesHost(String host) {
    assertThat(POLICY.decide(host, "/x").rule()).isEqualTo("default");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[2001:db8::5]", "2001:db8::5", "2001:DB8::5", "[2001:db8::5%eth0]"})
  void anIpv6PatternWithAStarMatchesTheAddressAsWrittenAndInFull(String host) {
    // review s31c: patterns were matched against the full form (2001:db8:0:0:0:0:0:5) only
    Policy policy = Policy.builder()
        .addRule(new DestinationRule("range", List.of(HostGlob.of("[2001:db8::*]")), List.of(), Action.BLOCK))
        .addRule(new DestinationRule("full", List.of(HostGlob.of("2001:db8:0:*")), List.of(), Action.BLOCK))
        .build();
    assertThat(policy.decide(host, "/").rule()).isEqualTo("range");
    assertThat(Policy.builder()
        .addRule(new DestinationRule("full", List.of(HostGlob.of("2001:db8:0:*")), List.of(), Action.BLOCK))
        .build().decide(host, "/").rule()).isEqualTo("full");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[fe80::1%eth0]", "[fe80::1%25eth0]", "fe80::1%1"})
  void anIpv6ZoneDoesNotHideTheAddress(String host) {
    Policy policy = Policy.builder()
        .addRule(new DestinationRule("link", List.of(HostGlob.of("fe80::1")), List.of(), Action.BLOCK))
        .build();
    assertThat(policy.decide(host, "/").rule()).isEqualTo("link");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a/..", "/api;v=2", "crm", "/x//y", "/%63rm", "/a%2fb", "/./crm"})
  void aPathPrefixMustBeWrittenAsServersReadIt(String prefix) {
    // review s31c: /a/.. became /, every path
    assertThatThrownBy(() -> new DestinationRule("r", List.of(), List.of(prefix), Action.ALLOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a%2Fb/x", "/a%2fb/x"})
  void keptEscapesMatchInEitherCase(String path) {
    Policy policy = Policy.builder()
        .addRule(new DestinationRule("escaped", List.of(), List.of("/a%2Fb"), Action.BLOCK))
        .build();
    assertThat(policy.decide("any.test", path).rule()).isEqualTo("escaped");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block.test:18081", "[::1]:8080", "127.0.0.1:443", "*:8080"})
  void aHostPatternWithAPortIsRefused(String pattern) {
    // no client hands its port to the policy: the rule would never match
    assertThatThrownBy(() -> HostGlob.of(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a host pattern names no port");
  }
}
