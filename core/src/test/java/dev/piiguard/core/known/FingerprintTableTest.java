package dev.piiguard.core.known;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTableTest {
  @Test
  void growsAndKeepsEveryFingerprintWithItsType() {
    FingerprintTable table = new FingerprintTable();
    for (long fingerprint = 0; fingerprint < 5_000; fingerprint++) {
      table.add(fingerprint * 7_919, (int) (fingerprint % 100));
    }
    table.add(7_919, 99); // present: kept as it was

    assertThat(table.size()).isEqualTo(5_000);
    for (long fingerprint = 0; fingerprint < 5_000; fingerprint++) {
      assertThat(table.typeOf(fingerprint * 7_919)).isEqualTo((int) (fingerprint % 100));
    }
    assertThat(table.typeOf(5)).isEqualTo(-1);
  }
}
