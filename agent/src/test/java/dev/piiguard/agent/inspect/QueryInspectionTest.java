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
    assertThat(query.scannedBytes()).isEqualTo("2".length() + "jane.doe@example.com".length());
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
}
