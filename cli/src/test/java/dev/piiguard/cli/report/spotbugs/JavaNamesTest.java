package dev.piiguard.cli.report.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "()V | ()",
      "(Lcom/example/shop/Customer;Ljava/lang/String;)V | (Customer, String)",
      "(I[JZ[[Ljava/lang/Object;)Ljava/lang/String; | (int, long[], boolean, Object[][])",
      "(Ljava/util/Map$Entry;)V | (Map$Entry)",
      "not a descriptor | ()",
      "(Lbroken)V | ()",
  })
  void descriptorsBecomeTheParameterListsPeopleRead(String descriptor, String parameters) {
    assertThat(JavaNames.parameterList(descriptor)).isEqualTo(parameters);
  }

  @Test
  void constructorsReadAsNew() {
    assertThat(JavaNames.calledMethod("java.lang.IllegalStateException", "<init>"))
        .isEqualTo("new java.lang.IllegalStateException");
    assertThat(JavaNames.calledMethod("org.slf4j.Logger", "info")).isEqualTo("org.slf4j.Logger.info");
  }
}
