package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.PiiScanner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryInspectionTest {
  private static final PiiScanner SCANNER = PiiScanner.defaults();
  /** Replaces each finding in the slice with its type in brackets. */
  private static final QueryInspection.Replacement PLACEHOLDERS = (utf8, offset, length, findings) -> {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = offset;
    for (dev.piiguard.core.Finding finding : findings) {
      out.write(utf8, at, finding.start() - at);
      out.writeBytes(("[" + finding.type() + "]").getBytes(StandardCharsets.UTF_8));
      at = finding.end();
    }
    out.write(utf8, at, offset + length - at);
    return out.toByteArray();
  };

  private static List<String> types(QueryInspection inspection) {
    List<String> types = new ArrayList<>();
    inspection.forEachFinding((text, finding) -> types.add(finding.type()));
    return types;
  }

  private static String rewritten(QueryInspection inspection) {
    return new String(inspection.rewrite(PLACEHOLDERS), StandardCharsets.ISO_8859_1);
  }

  @Test
  void percentEncodedValuesAreDecodedBeforeScanning() {
    QueryInspection query = QueryInspection.scan("page=2&customer=jane.doe%40example.com", SCANNER);
    assertThat(query.hasFindings()).isTrue();
    assertThat(types(query)).containsExactly("EMAIL");
    assertThat(query.scannedBytes())
        .isEqualTo("page=2".length() + "customer=jane.doe@example.com".length());
  }

  @Test
  void rewriteReplacesOnlyValuesWithFindingsAndEncodesThemAgain() {
    QueryInspection query = QueryInspection.scan("page=2&customer=jane.doe%40example.com&x", SCANNER);
    assertThat(rewritten(query)).isEqualTo("page=2&customer=%5BEMAIL%5D&x");
  }

  @Test
  void aQuerysCredentialForItsDestinationIsLeftAsACredentialHeaderIs() {
    // review s33f: Google's ?key=AIza… went out as key=[SECRET], and the call failed to authenticate
    QueryInspection query = QueryInspection.scan("key=AIzaSyA1234567890abcdefghijklmnopqrstuv"
        + "&X-Amz-Signature=AKIAIOSFODNN7EXAMPLE&user=jane.doe%40example.com", SCANNER);
    assertThat(types(query)).containsExactly("EMAIL");
    assertThat(rewritten(query)).isEqualTo("key=AIzaSyA1234567890abcdefghijklmnopqrstuv"
        + "&X-Amz-Signature=AKIAIOSFODNN7EXAMPLE&user=%5BEMAIL%5D");
  }

  @Test
  void aFormFieldNamedLikeACredentialIsStillRead() {
    byte[] form = "key=AIzaSyA1234567890abcdefghijklmnopqrstuv".getBytes(StandardCharsets.US_ASCII);
    assertThat(types(QueryInspection.scan(form, 0, form.length, SCANNER, null))).containsExactly("SECRET");
  }

  @Test
  void cleanQueryHasNoFindings() {
    assertThat(QueryInspection.scan("a=1&b=hello%20world", SCANNER).hasFindings()).isFalse();
  }

  @Test
  void theNameIsTheValuesContext() {
    QueryInspection form = QueryInspection.scan("phone=4155552671&ssn=123456789&q=123456789", SCANNER);
    assertThat(types(form)).containsExactly("PHONE", "US_SSN");
    assertThat(rewritten(form)).isEqualTo("phone=%5BPHONE%5D&ssn=%5BUS_SSN%5D&q=123456789");
  }

  @Test
  void namesAreScannedAndRewrittenToo() {
    QueryInspection form = QueryInspection.scan(
        "jane.doe%40example.com=subscribed&subscribers%5Bbob%40example.org%5D=1&x=1", SCANNER);
    assertThat(rewritten(form)).isEqualTo("%5BEMAIL%5D=subscribed&subscribers%5B%5BEMAIL%5D%5D=1&x=1");
  }

  @Test
  void aPercentSignThatStartsNoEscapeStaysAndPlusIsASpace() {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    byte[] raw = "50%+off+card+4111%201111%".getBytes(StandardCharsets.US_ASCII);
    QueryInspection.decode(raw, 0, raw.length, decoded);
    assertThat(decoded.toString(StandardCharsets.US_ASCII)).isEqualTo("50% off card 4111 1111%");
    assertThat(types(QueryInspection.scan("note=50%+off+card+4111+1111+1111+1111", SCANNER)))
        .containsExactly("PAYMENT_CARD");
  }

  @Test
  void fieldsWithoutFindingsKeepTheirBytesEvenWhenTheyAreNoUtf8() {
    byte[] latin1 = "name=Jos\u00e9&email=jane%40example.com".getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = new byte[latin1.length + 4];
    System.arraycopy(latin1, 0, body, 2, latin1.length);
    QueryInspection form = QueryInspection.scan(body, 2, latin1.length, SCANNER, null);
    assertThat(rewritten(form)).isEqualTo("name=Jos\u00e9&email=%5BEMAIL%5D");
  }

  @Test
  void encodingKeepsUnreservedAsciiAndEncodesEveryOtherByte() {
    byte[] text = "a b-c.d_e*f~g/h\u00e9".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    QueryInspection.encode(text, 0, text.length, encoded);
    assertThat(encoded.toString(StandardCharsets.US_ASCII)).isEqualTo("a+b-c.d_e*f%7Eg%2Fh%C3%A9");
  }
}
