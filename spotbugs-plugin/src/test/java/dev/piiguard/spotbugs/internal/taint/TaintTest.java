package dev.piiguard.spotbugs.internal.taint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaintTest {

  @Test
  void unionKeepsOriginsSortedAndDistinct() {
    Taint email = Taint.of(Origin.source("Customer.email", "EMAIL", "Shop", 10));
    Taint phone = Taint.of(Origin.source("Customer.phone", "PHONE", "Shop", 11));

    Taint both = email.union(phone).union(email);

    assertThat(both.origins()).extracting(Origin::description).containsExactly("Customer.email", "Customer.phone");
  }

  @Test
  void unionIsBoundedSoThatAnalysisTerminates() {
    Taint taint = Taint.CLEAN;
    for (int i = 0; i < 20; i++) {
      taint = taint.union(Taint.of(Origin.source("Source" + i, "OTHER", "Shop", i)));
    }

    assertThat(taint.origins()).hasSize(Taint.LIMIT);
  }

  @Test
  void indirectMarksEveryOrigin() {
    Taint taint = Taint.of(Origin.source("Customer.email", "EMAIL", "Shop", 10)).union(Taint.of(Origin.parameter(1)));

    assertThat(taint.indirect().origins()).allSatisfy(origin -> assertThat(origin.isIndirect()).isTrue());
  }

  @Test
  void parameterOriginsAreNotSources() {
    assertThat(Taint.of(Origin.parameter(0)).hasSource()).isFalse();
    assertThat(Taint.of(Origin.source("Customer.email", "EMAIL", "Shop", 1)).hasSource()).isTrue();
  }
}
