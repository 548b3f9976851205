package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryInspectionTest {
  private static final PiiScanner SCANNER = PiiScanner.defaults();

  @Test
  void percentEncodedValuesAreDecodedBeforeScanning() {
    QueryInspection query = QueryInspection.scan("page=2&customer=jane.doe%40example.com", SCANNER);
    List<String> types = new ArrayList<>();
    query.forEachFinding((value, finding) -> types.add(finding.type()));
    assertThat(query.hasFindings()).isTrue();
    assertThat(types).containsExactly("EMAIL");
    assertThat(query.scannedBytes())
        .isEqualTo("page2customer".length() + "jane.doe@example.com".length());
  }

  @Test
  void rewriteReplacesOnlyValuesWithFindingsAndEncodesThemAgain() {
    QueryInspection query = QueryInspection.scan("page=2&customer=jane.doe%40example.com&x", SCANNER);
    String rewritten = query.rewrite((utf8, offset, length, findings) ->
        "[EMAIL]".getBytes(StandardCharsets.UTF_8));
    assertThat(rewritten).isEqualTo("page=2&customer=%5BEMAIL%5D&x");
  }

  @Test
  void cleanQueryHasNoFindings() {
    assertThat(QueryInspection.scan("a=1&b=hello%20world", SCANNER).hasFindings()).isFalse();
  }

  @Test
  void namesAreScannedAndRewrittenToo() {
    QueryInspection form = QueryInspection.scan(
        "jane.doe%40example.com=subscribed&subscribers%5Bbob%40example.org%5D=1&x=1", SCANNER);
    String rewritten = form.rewrite((utf8, offset, length, findings) ->
        "[EMAIL]".getBytes(StandardCharsets.UTF_8));
    assertThat(rewritten).isEqualTo("%5BEMAIL%5D=subscribed&%5BEMAIL%5D=1&x=1");
  }

  @Test
  void aPercentSignThatStartsNoEscapeStaysAndPlusIsASpace() {
    assertThat(new String(QueryInspection.decode("50%+off+card+4111%201111"), StandardCharsets.UTF_8))
        .isEqualTo("50% off card 4111 1111");
    QueryInspection form = QueryInspection.scan("note=50%+off+card+4111+1111+1111+1111", SCANNER);
    List<String> types = new ArrayList<>();
    form.forEachFinding((text, finding) -> types.add(finding.type()));
    assertThat(types).containsExactly("PAYMENT_CARD");
  }

  @Test
  void encodingKeepsUnreservedCharactersAndBytesThatAreNoText() {
    assertThat(QueryInspection.encode("a b-c.d_e*f~g/h".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("a+b-c.d_e*f%7Eg%2Fh");
    assertThat(QueryInspection.encode(QueryInspection.decode("caf%C3"))).isEqualTo("caf%C3");
    assertThat(QueryInspection.encode("é".getBytes(StandardCharsets.UTF_8))).isEqualTo("%C3%A9");
  }
}
