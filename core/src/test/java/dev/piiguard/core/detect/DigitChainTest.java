package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitChainTest {

  @Test
  void aValueThatEndsALongChainOfDigitGroupsIsFound() {
    // 35 digits before it: the chain reaches 40 digits inside the number and must go on.
    assertThat(Detected.values("US_SSN", "1111 2222 3333 4444 5555 6666 7777 8888 999 123-45-6789 x"))
        .containsExactly("123-45-6789");
  }

  @Test
  void aValueAfterMoreThanFortyDigitsOfGroupsIsFound() {
    // 44 digits before it: the chain stops there and the scan starts a new one at the number.
    String groups = "1111 ".repeat(11);
    assertThat(Detected.values("US_SSN", groups + "123-45-6789 x")).containsExactly("123-45-6789");
  }
}
