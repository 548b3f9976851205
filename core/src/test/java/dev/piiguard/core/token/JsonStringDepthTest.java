package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.json.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonStringDepthTest {

  private static final String TOKEN = "SECRET_kqzvhtmbwrdx";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void depthCountsStringsInsideStringsOfObjects() {
    assertThat(depthAfter("{\"a\":")).isZero();
    assertThat(depthAfter("{\"a\":\"")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":\\\"")).isEqualTo(2);
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":\\\"{\\\\\\\"c\\\\\\\":\\\\\\\"")).isEqualTo(3);
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":\\\"x\\\"}\"")).isZero();
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":\\\"x\\\"}\"}")).isZero();
  }

  @Test
  void depthCountsStringsInsideStringsOfArrays() {
    assertThat(depthAfter("[")).isZero();
    assertThat(depthAfter("[\"")).isEqualTo(1);
    assertThat(depthAfter("[\"[\\\"")).isEqualTo(2);
    assertThat(depthAfter("[\"[\\\"[\\\\\\\"")).isEqualTo(3);
    assertThat(depthAfter("[\"[\\\"[\\\\\\\"x\\\\\\\"")).isEqualTo(2);
    assertThat(depthAfter("[\"[\\\"[\\\\\\\"x\\\\\\\"]\\\"")).isEqualTo(1);
    assertThat(depthAfter("[\"[\\\"[\\\\\\\"x\\\\\\\"]\\\"]\",\"")).isEqualTo(1);
  }

  @Test
  void escapedQuotesInProseStayAtTheDepthOfTheProse() {
    assertThat(depthAfter("{\"content\":\"he said \\\"hi")).isEqualTo(1);
    assertThat(depthAfter("{\"content\":\"he said \\\"hi\\\" and \\\"")).isEqualTo(1);
    assertThat(depthAfter("{\"content\":\"he said \\\"hi\\\"\"")).isZero();
  }

  @Test
  void quotesAfterTheInnerDocumentClosesAreProse() {
    assertThat(depthAfter("{\"a\":\"{\\\"b\\\":1} he said \\\"")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"[1] \\\"")).isEqualTo(1);
  }

  @Test
  void anEscapedBackslashBeforeAQuoteLetTheQuoteCloseTheString() {
    assertThat(depthAfter("{\"a\":\"x\\\\")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"x\\\\\"")).isZero();
    assertThat(depthAfter("{\"a\":\"x\\\\\",\"b\":\"")).isEqualTo(1);
  }

  @Test
  void aBackslashUQuoteIsAQuoteOfTheContent() {
    assertThat(depthAfter("{\"a\":\"{\\u0022b\\u0022:\\u0022")).isEqualTo(2);
    assertThat(depthAfter("{\"a\":\"{\\u0022b\\u0022:\\u0022x\\u0022")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"say \\u0022")).isEqualTo(1);
    assertThat(depthAfter("{\"a\":\"\\u007B\\\"b\\\":\\\"")).isEqualTo(2);
    assertThat(depthAfter("{\"a\":\"\\u0022")).isEqualTo(1);
  }

  @Test
  void anEscapedBackslashInADepthTwoStringDoesNotCloseIt() {
    String prefix = "{\"a\":\"{\\\"b\\\":\\\"c\\\\\\\\";

    assertThat(depthAfter(prefix)).isEqualTo(2);
    assertThat(depthAfter(prefix + "\\\"")).isEqualTo(1);
    assertThat(depthAfter(prefix + "\\\"}")).isEqualTo(1);
    assertThat(depthAfter(prefix + "\\\"}\"")).isZero();
  }

  @Test
  void whitespaceBeforeTheInnerDocumentIsSkipped() {
    assertThat(depthAfter("{\"a\":\" \\n\\t\\r {\\\"b\\\":\\\"")).isEqualTo(2);
    assertThat(depthAfter("{\"a\":\" x {\\\"b\\\":\\\"")).isEqualTo(1);
  }

  @Test
  void depthStopsGrowingAtTheBound() {
    String document = nested("{\"z\":\"" + TOKEN + "\"}", 11);
    int token = document.indexOf(TOKEN);

    assertThat(depthAfter(document.substring(0, token))).isEqualTo(JsonStringDepth.MAXIMUM_DEPTH);
    assertThat(depthAfter(document)).isZero();
    assertThat(depthAfter(document + document.substring(0, token))).isEqualTo(JsonStringDepth.MAXIMUM_DEPTH);
  }

  @Test
  void feedingUnitByUnitOrInChunksMatchesDecodingWholeStrings() {
    Random random = new Random(7);
    for (String document : documents()) {
      int[] expected = referenceDepths(document);

      JsonStringDepth unitByUnit = new JsonStringDepth();
      for (int index = 0; index < document.length(); index++) {
        assertThat(unitByUnit.depth()).as("%s at %d", document, index).isEqualTo(expected[index]);
        unitByUnit.feed(document.charAt(index));
      }
      assertThat(unitByUnit.depth()).as(document).isEqualTo(expected[document.length()]);

      for (int round = 0; round < 20; round++) {
        JsonStringDepth chunked = new JsonStringDepth();
        int from = 0;
        while (from < document.length()) {
          int to = Math.min(document.length(), from + 1 + random.nextInt(12));
          chunked.feed(document, from, to);
          assertThat(chunked.depth()).as("%s at %d", document, to).isEqualTo(expected[to]);
          from = to;
        }
      }

      Units chars = Units.of(document);
      for (int round = 0; round < 20; round++) {
        JsonStringDepth skippingInChunks = new JsonStringDepth();
        int from = 0;
        while (from < document.length()) {
          int to = Math.min(document.length(), from + 1 + random.nextInt(12));
          skippingInChunks.feed(chars, from, to);
          assertThat(skippingInChunks.depth()).as("%s at %d", document, to).isEqualTo(expected[to]);
          from = to;
        }
      }

      byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);
      Units units = Units.ofUtf8(utf8, 0, utf8.length);
      for (int end = 0; end <= utf8.length; end++) {
        JsonStringDepth skipping = new JsonStringDepth();
        skipping.feed(units, 0, end);
        String prefix = new String(utf8, 0, end, StandardCharsets.UTF_8);
        if (prefix.getBytes(StandardCharsets.UTF_8).length == end) { // not inside a character
          assertThat(skipping.depth()).as("%s at byte %d", document, end)
              .isEqualTo(expected[prefix.length()]);
        }
      }
    }
  }

  @Test
  void aValueEscapedForTheDepthOfItsTokenReadsBackUnchanged() throws Exception {
    List<String> values = List.of(
        "quote \" here", "back\\slash", "line\nfeed", "carriage\rreturn", "tab\there",
        "separator" + (char) 0x2028 + "here", "not\\u0041an escape", "\"\\\n\r\t\\\"",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----");
    for (int levels = 1; levels <= 4; levels++) {
      String document = wrapped("before " + TOKEN + " after", levels);
      int token = document.indexOf(TOKEN);
      JsonStringDepth depth = new JsonStringDepth();
      depth.feed(document, 0, token);
      int atToken = depth.depth();
      depth.feed(TOKEN, 0, TOKEN.length());

      assertThat(atToken).as(document).isEqualTo(levels);
      assertThat(depth.depth()).isEqualTo(levels);
      for (String value : values) {
        String restored = document.substring(0, token) + JsonStringDepth.escaped(value, atToken)
            + document.substring(token + TOKEN.length());

        assertThat(unwrapped(restored, levels)).as(restored).isEqualTo("before " + value + " after");
      }
    }
  }

  @Test
  void aToolCallArgumentIsAtDepthTwo() throws Exception {
    String arguments = MAPPER.writeValueAsString(Map.of("key", TOKEN));
    String reply = MAPPER.writeValueAsString(Map.of("choices", List.of(Map.of("delta",
        Map.of("tool_calls", List.of(Map.of("function", Map.of("arguments", arguments))))))));
    int token = reply.indexOf(TOKEN);
    String value = "p@ss\"w\\rd\n";

    assertThat(depthAfter(reply.substring(0, token))).isEqualTo(2);
    String restored = reply.substring(0, token) + JsonStringDepth.escaped(value, 2)
        + reply.substring(token + TOKEN.length());
    String read = MAPPER.readTree(restored).at("/choices/0/delta/tool_calls/0/function/arguments").asText();
    assertThat(MAPPER.readTree(read).get("key").asText()).isEqualTo(value);
  }

  @Test
  void escapingZeroTimesLeavesTheValueAndEachTimeEscapesOnceMore() {
    assertThat(JsonStringDepth.escaped("a\"b", 0)).isEqualTo("a\"b");
    assertThat(JsonStringDepth.escaped("a\"b", 1)).isEqualTo("a\\\"b");
    assertThat(JsonStringDepth.escaped("a\"b", 2)).isEqualTo("a\\\\\\\"b");
    assertThat(JsonStringDepth.escaped("plain_TOKEN_1", 3)).isEqualTo("plain_TOKEN_1");
  }

  @Test
  void malformedInputNeverThrowsAndGivesADepthInBounds() {
    for (String broken : List.of("{\"a\":\"x", "{\"a\":\"\\", "{\"a\":\"\\u00", "{\"a\":\"\\u0", "\\\\\\",
        "\"\"\"", "}}}]]]\"", "{\"a\":\"{\\\"b\\\":\\\"\\u0", "{\"a\":\"\\q\\", "\"{\\\"}}}}]]\\\"")) {
      assertThat(depthAfter(broken)).as(broken).isBetween(0, JsonStringDepth.MAXIMUM_DEPTH);
    }
    Random random = new Random(11);
    String alphabet = "\"\\{}[]u0aF :\n";
    for (int round = 0; round < 500; round++) {
      StringBuilder garbage = new StringBuilder();
      for (int length = random.nextInt(300); length > 0; length--) {
        garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      JsonStringDepth whole = new JsonStringDepth();
      JsonStringDepth unitByUnit = new JsonStringDepth();
      whole.feed(garbage, 0, garbage.length());
      for (int index = 0; index < garbage.length(); index++) {
        unitByUnit.feed(garbage.charAt(index));
      }
      assertThat(whole.depth()).isBetween(0, JsonStringDepth.MAXIMUM_DEPTH).isEqualTo(unitByUnit.depth());
    }
  }

  @Test
  void aTruncatedBackslashUEscapeEndsAtTheFirstUnitThatIsNotAHexDigit() {
    assertThat(depthAfter("{\"a\":\"\\u00\"")).isZero();
    assertThat(depthAfter("{\"a\":\"\\u00\"}")).isZero();
    assertThat(depthAfter("{\"a\":\"\\u00\"}, \"b\":\"")).isEqualTo(1);
  }

  private static int depthAfter(String text) {
    JsonStringDepth depth = new JsonStringDepth();
    depth.feed(text, 0, text.length());
    return depth.depth();
  }

  private static String quoted(String content) {
    return "\"" + JsonStrings.escape(content) + "\"";
  }

  /** {@code innermost} as the value of member {@code v} of an object, {@code times} times over. */
  private static String nested(String innermost, int times) {
    String document = innermost;
    for (int time = 0; time < times; time++) {
      document = "{\"v\":" + quoted(document) + "}";
    }
    return document;
  }

  private static List<String> documents() {
    String arguments = "{\"key\":\"" + TOKEN + "\",\"n\":[1,\"two\",{\"x\":null}]}";
    return List.of(
        "{\"a\":\"x\",\"b\":[1,\"y\",{\"c\":\"z\"}],\"d\":true}",
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":" + quoted(arguments) + "}}]}}]}",
        "{\"a\":" + quoted("[\"b\"," + quoted("{\"c\":\"deep\"}") + "]") + "}",
        "[\"x\"," + quoted("[\"y\"," + quoted("[\"z\"]") + "]") + "]",
        "{\"content\":" + quoted("he said \"hi\" and {\"not\":\"json\"}") + "}",
        "{\"a\":" + quoted(" \n\t{\"b\":\"c\"}") + "}",
        "{\"a\":" + quoted("{\"b\":1} then \"quoted\" text") + ",\"z\":\"end\"}",
        "{\"a\":\"{\\u0022b\\u0022:\\u0022x\\u0022}\",\"p\":\"say \\u0022hi\\u0022\"}",
        "{\"a\":\"\\u007B\\\"b\\\":\\\"c\\\"}\"}",
        "{\"a\":" + quoted("{\"b\":\"c\\\\\"}") + "}",
        "{\"a\":\"\\b\\f\\n\\r\\t\\/\\\\\\\"\\u00e9\",\"b\":" + quoted("[\"\\b\\f\\n\\r\\t\\/\\\\\\\"\\u00E9\"]") + "}",
        "data: {\"a\":\"x\"}\n\ndata: {\"b\":" + quoted("{\"c\":\"d\"}") + "}\n\n",
        " { \"a\" : " + quoted(" [ \"b\" , " + quoted(" { \"c\" : \"d\" } ") + " ] ") + " } ",
        nested("{\"z\":\"end\"}", 10),
        nested("[\"x\"]", 3) + nested("{\"y\":\"w\"}", 2));
  }

  /** {@code leaf} as a string {@code levels} JSON strings deep, objects and arrays taking turns. */
  private static String wrapped(String leaf, int levels) throws Exception {
    Object value = leaf;
    for (int level = 1; level <= levels; level++) {
      Object container = level % 2 == 0 ? List.of("pad", value) : Map.of("k", value);
      value = MAPPER.writeValueAsString(container);
    }
    return (String) value;
  }

  private static String unwrapped(String document, int levels) throws Exception {
    String text = document;
    for (int level = levels; level >= 1; level--) {
      JsonNode node = MAPPER.readTree(text);
      text = (level % 2 == 0 ? node.get(1) : node.get("k")).asText();
    }
    return text;
  }

  /** Depth before each unit of {@code json} and after the last, from whole strings decoded. */
  private static int[] referenceDepths(String json) {
    return referenceDepths(json, true);
  }

  private static int[] referenceDepths(String text, boolean topLevel) {
    int[] depths = new int[text.length() + 1];
    int index = 0;
    if (!topLevel) {
      while (index < text.length() && " \t\n\r".indexOf(text.charAt(index)) >= 0) {
        index++;
      }
      if (index == text.length() || text.charAt(index) != '{' && text.charAt(index) != '[') {
        return depths;
      }
    }
    int nesting = 0;
    while (index < text.length()) {
      char unit = text.charAt(index);
      if (unit == '"') {
        index = referenceString(text, index + 1, depths);
        continue;
      }
      if (unit == '{' || unit == '[') {
        nesting++;
      } else if ((unit == '}' || unit == ']') && --nesting == 0 && !topLevel) {
        return depths;
      }
      index++;
    }
    return depths;
  }

  /** Fills the depths of the string whose content starts at {@code start}; answers where it ends. */
  private static int referenceString(String text, int start, int[] depths) {
    StringBuilder content = new StringBuilder();
    int[] decodedBefore = new int[text.length() + 1 - start];
    int index = start;
    while (index < text.length() && text.charAt(index) != '"') {
      boolean escape = text.charAt(index) == '\\';
      int width = !escape ? 1 : text.charAt(index + 1) == 'u' ? 6 : 2;
      for (int unit = index; unit < index + width; unit++) {
        decodedBefore[unit - start] = content.length();
      }
      content.append(escape ? decoded(text, index) : text.charAt(index));
      index += width;
    }
    decodedBefore[index - start] = content.length();
    int[] inner = referenceDepths(content.toString(), false);
    for (int unit = start; unit <= index; unit++) {
      depths[unit] = Math.min(JsonStringDepth.MAXIMUM_DEPTH, 1 + inner[decodedBefore[unit - start]]);
    }
    return index + 1;
  }

  private static char decoded(String text, int backslash) {
    char kind = text.charAt(backslash + 1);
    return switch (kind) {
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> (char) Integer.parseInt(text.substring(backslash + 2, backslash + 6), 16);
      default -> kind;
    };
  }
}
