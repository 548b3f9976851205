package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringValuesTest {

  @Test
  void everyStringIsListedWithItsMemberNameAndItsRawContent() throws Exception {
    String json = "{\"id\":\"c-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\\\"b\"}}]}";

    List<JsonStringValues.StringValue> values = JsonStringValues.of(json);

    assertThat(values).extracting(JsonStringValues.StringValue::name).containsExactly("id", "content");
    assertThat(values).extracting(value -> json.substring(value.start(), value.end()))
        .containsExactly("c-1", "a\\\"b");
  }

  @Test
  void whitespaceAnywhereBetweenTokensReadsLikeCompactJson() throws Exception {
    String compact = "{\"a\":{},\"b\":[],\"c\":[\"x\",{\"d\":\"y\"}],\"content\":\"z\"}";
    String spaced = " {\n \"a\" : { } ,\t\"b\" : [ ] , \"c\" : [ \"x\" , { \"d\" : \"y\" } ] , \"content\" :\r\n\"z\" } \n";

    assertThat(contents(spaced)).containsExactly("x", "y", "z").isEqualTo(contents(compact));
    assertThat(channels(spaced)).isEqualTo(channels(compact));
  }

  @Test
  void channelsAgreeAcrossDocumentsAndDifferByPathAndIndex() throws Exception {
    String choice0 = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}";
    String choice0Again = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"bc\"}}]}";
    String choice1 = "{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"a\"}}]}";
    String otherPath = "{\"choices\":[{\"index\":0,\"message\":{\"content\":\"a\"}}]}";
    String secondElement = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}},{\"delta\":{\"content\":\"b\"}}]}";

    String channel = channels(choice0).get(0);

    assertThat(channels(choice0Again)).containsExactly(channel);
    assertThat(channels(choice1).get(0)).isNotEqualTo(channel);
    assertThat(channels(otherPath).get(0)).isNotEqualTo(channel);
    assertThat(channels(secondElement)).hasSize(2).doesNotHaveDuplicates().startsWith(channel);
  }

  @Test
  void numbersAndLiteralsAreSkipped() throws Exception {
    assertThat(contents("[0,9,-1.5E+3,true,false,null,\"s\"]")).containsExactly("s");
    assertThat(contents("42")).isEmpty();
  }

  @Test
  void brokenDocumentsAreRefused() {
    for (String broken :
        List.of("{\"a\":", "{\"a\":\"x", "{\"a\" \"x\"}", "{\"a\":1 \"b\":2}", "[1 2]", "{1:2}", "[]x", "", "[,]")) {
      assertThatThrownBy(() -> JsonStringValues.of(broken))
          .as(broken)
          .isInstanceOf(JsonStringValues.MalformedJsonException.class);
    }
  }

  @Test
  void nestingDeeperThanSixtyFourLevelsIsRefused() throws Exception {
    assertThat(contents("[".repeat(64) + "\"x\"" + "]".repeat(64))).containsExactly("x");
    assertThatThrownBy(() -> JsonStringValues.of("[".repeat(65) + "\"x\"" + "]".repeat(65)))
        .isInstanceOf(JsonStringValues.MalformedJsonException.class);
    assertThatThrownBy(() -> JsonStringValues.of("{\"a\":".repeat(65) + "\"x\"" + "}".repeat(65)))
        .isInstanceOf(JsonStringValues.MalformedJsonException.class);
  }

  private static List<String> contents(String json) throws Exception {
    return JsonStringValues.of(json).stream().map(value -> json.substring(value.start(), value.end())).toList();
  }

  private static List<String> channels(String json) throws Exception {
    return JsonStringValues.of(json).stream().map(JsonStringValues.StringValue::channel).toList();
  }
}
