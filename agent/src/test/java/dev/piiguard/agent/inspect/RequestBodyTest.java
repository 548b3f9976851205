package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodyTest {
  private static final byte[] BYTES = {'{', '}'};

  @Test
  void contentTypesNamingJsonInAnyCaseAreJson() {
    for (String type : new String[] {"application/json", "application/json; charset=utf-8",
        "application/vnd.api+JSON", "text/x-Json", "json"}) {
      assertThat(RequestBody.of(BYTES, null, type).json()).as(type).isTrue();
    }
  }

  @Test
  void otherOrMissingContentTypesAreNotJson() {
    for (String type : new String[] {null, "", "text/plain", "application/x-www-form-urlencoded", "jso", "application/jsn"}) {
      assertThat(RequestBody.of(BYTES, null, type).json()).as(type).isFalse();
    }
  }
}
