package dev.piiguard.core.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.piiguard.core.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlaceholderRedactionPropertiesTest {

  private static final ObjectMapper PLAIN_MAPPER = new ObjectMapper();
  private static final ObjectMapper ASCII_MAPPER =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Property(tries = 250)
  void anyFindingsOverAJsonDocumentLeaveValidJson(
      @ForAll("documents") String json, @ForAll("spanSeeds") List<int[]> seeds) {
    List<Finding> findings = findingsWithin(seeds, 0, json.length());

    String redacted = PlaceholderRedaction.redact(json, findings, TextFormat.JSON);

    assertThatCode(() -> PLAIN_MAPPER.readTree(redacted)).doesNotThrowAnyException();
  }

  @Property(tries = 250)
  void anyFindingsOverJsonBytesLeaveValidJson(
      @ForAll("documents") String json, @ForAll("spanSeeds") List<int[]> seeds) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] array = new byte[body.length + 5];
    System.arraycopy(body, 0, array, 3, body.length);
    List<Finding> findings = findingsWithin(seeds, 3, body.length);

    byte[] redacted = PlaceholderRedaction.redactUtf8(array, 3, body.length, findings, TextFormat.JSON);

    assertThatCode(() -> PLAIN_MAPPER.readTree(redacted)).doesNotThrowAnyException();
  }

  @Property(tries = 250)
  void anyFindingsInsideOneJsonStringLeaveItValidAsPlainText(
      @ForAll("strings") String value,
      @ForAll boolean escapeNonAscii,
      @ForAll("spanSeeds") List<int[]> seeds)
      throws Exception {
    String literal = (escapeNonAscii ? ASCII_MAPPER : PLAIN_MAPPER).writeValueAsString(value);
    List<Finding> findings = findingsWithin(seeds, 1, literal.length() - 2);

    String redacted = PlaceholderRedaction.redact(literal, findings);

    assertThat(PLAIN_MAPPER.readTree(redacted).isTextual()).isTrue();
  }

  @Property(tries = 250)
  void anyFindingsInsideOneJsonStringOverBytesLeaveItValid(
      @ForAll("strings") String value,
      @ForAll boolean escapeNonAscii,
      @ForAll("spanSeeds") List<int[]> seeds)
      throws Exception {
    byte[] literal = (escapeNonAscii ? ASCII_MAPPER : PLAIN_MAPPER).writeValueAsBytes(value);
    List<Finding> findings = findingsWithin(seeds, 1, literal.length - 2);

    byte[] redacted = PlaceholderRedaction.redactUtf8(literal, 0, literal.length, findings);

    assertThat(PLAIN_MAPPER.readTree(redacted).isTextual()).isTrue();
  }

  @Property(tries = 200)
  void textWithoutBackslashesKeepsEverythingOutsideTheFindings(
      @ForAll("strings") String value, @ForAll("spanSeeds") List<int[]> seeds) {
    String text = value.replace('\\', '/');
    List<Finding> findings = findingsWithin(seeds, 0, text.length());

    String redacted = PlaceholderRedaction.redact(text, findings);

    boolean[] covered = new boolean[text.length()];
    for (Finding finding : findings) {
      for (int i = finding.start(); i < finding.end(); i++) {
        covered[i] = true;
      }
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i] && !isHalfOfCoveredPair(text, covered, i)) {
        kept.append(text.charAt(i));
      }
    }
    assertThat(redacted.replaceAll("\\[[A-Z0-9_]+\\]", "")).isEqualTo(kept.toString());
  }

  private static boolean isHalfOfCoveredPair(String text, boolean[] covered, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return covered[i + 1];
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      return covered[i - 1];
    }
    return false;
  }

  /** Spans inside {@code [base, base + length)}, from seeds of relative start and length. */
  private static List<Finding> findingsWithin(List<int[]> seeds, int base, int length) {
    List<Finding> findings = new ArrayList<>();
    if (length <= 0) {
      return findings;
    }
    for (int[] seed : seeds) {
      int start = seed[0] % length;
      int end = Math.min(length, start + 1 + seed[1]);
      findings.add(new Finding(seed[2] == 0 ? "EMAIL" : "PHONE", base + start, base + end));
    }
    return findings;
  }

  @Provide
  Arbitrary<List<int[]>> spanSeeds() {
    Arbitrary<int[]> seed =
        Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 1))
            .as((start, length, type) -> new int[] {start, length, type});
    return seed.list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<Character> tricky = Arbitraries.of('"', '\\', '\n', '\t', '\u0001', '/', '@', '.', 'é', '€', '\u2028');
    Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDE9\uD83C\uDDEA");
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.strings().alpha().numeric().ofMaxLength(6)),
            net.jqwik.api.Tuple.of(3, tricky.map(String::valueOf)),
            net.jqwik.api.Tuple.of(1, emoji));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            strings().map(JsonNodeFactory.instance::textNode),
            Arbitraries.longs().map(JsonNodeFactory.instance::numberNode),
            Arbitraries.doubles().map(JsonNodeFactory.instance::numberNode),
            Arbitraries.of(true, false).map(JsonNodeFactory.instance::booleanNode),
            Arbitraries.just(JsonNodeFactory.instance.nullNode()));
    Arbitrary<JsonNode> array =
        leaf.list().ofMaxSize(5).map(items -> {
          ArrayNode node = JsonNodeFactory.instance.arrayNode();
          items.forEach(node::add);
          return node;
        });
    Arbitrary<JsonNode> object =
        Combinators.combine(strings().list().ofMaxSize(4), Arbitraries.oneOf(leaf, array).list().ofSize(4))
            .as((keys, values) -> {
              ObjectNode node = JsonNodeFactory.instance.objectNode();
              for (int i = 0; i < keys.size(); i++) {
                node.set(keys.get(i), values.get(i));
              }
              return (JsonNode) node;
            });
    return Combinators.combine(object, Arbitraries.of(true, false))
        .as((node, ascii) -> {
          try {
            return (ascii ? ASCII_MAPPER : PLAIN_MAPPER).writerWithDefaultPrettyPrinter().writeValueAsString(node);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
