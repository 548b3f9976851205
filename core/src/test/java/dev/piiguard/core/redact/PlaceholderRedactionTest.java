package dev.piiguard.core.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderRedactionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void placeholderIsTheEntityIdInBrackets() {
    assertThat(PlaceholderRedaction.placeholder("EMAIL")).isEqualTo("[EMAIL]");
    assertThat(PlaceholderRedaction.placeholder("PAYMENT_CARD")).isEqualTo("[PAYMENT_CARD]");
  }

  @Test
  void customIdsAreWrittenInNormalFormWithoutJsonSpecialCharacters() {
    assertThat(PlaceholderRedaction.placeholder("employee-id")).isEqualTo("[EMPLOYEE_ID]");
    assertThat(PlaceholderRedaction.placeholder("a\"b\\c d")).isEqualTo("[A_B_C_D]");
    assertThat(PlaceholderRedaction.placeholder("42")).isEqualTo("[X42]");
    assertThat(PlaceholderRedaction.placeholder("--")).isEqualTo("[OTHER]");
  }

  @Test
  void eachFindingBecomesItsPlaceholder() {
    String text = "mail john@example.com or call +1 415 555 2671 today";

    String redacted =
        PlaceholderRedaction.redact(
            text, List.of(new Finding("EMAIL", 5, 21), new Finding("PHONE", 30, 45)));

    assertThat(redacted).isEqualTo("mail [EMAIL] or call [PHONE] today");
  }

  @Test
  void findingsInAnyOrderAndOverlappingBecomeOnePlaceholderEach() {
    String text = "abc 0123456789 def";

    String redacted =
        PlaceholderRedaction.redact(
            text,
            List.of(
                new Finding("PHONE", 8, 14), new Finding("PAYMENT_CARD", 4, 10),
                new Finding("EMAIL", 15, 18)));

    assertThat(redacted).isEqualTo("abc [PAYMENT_CARD] [EMAIL]");
  }

  @Test
  void textWithoutFindingsComesBackUnchanged() {
    assertThat(PlaceholderRedaction.redact("nothing here", List.of())).isEqualTo("nothing here");
  }

  @Test
  void utf8OffsetsAreIndexesIntoTheArray() {
    byte[] prefix = "XXXX".getBytes(StandardCharsets.UTF_8);
    byte[] body = "Grüße an jöhn@example.com!".getBytes(StandardCharsets.UTF_8);
    byte[] array = new byte[prefix.length + body.length + 3];
    System.arraycopy(prefix, 0, array, 0, prefix.length);
    System.arraycopy(body, 0, array, prefix.length, body.length);
    int start = prefix.length + "Grüße an ".getBytes(StandardCharsets.UTF_8).length;
    int end = start + "jöhn@example.com".getBytes(StandardCharsets.UTF_8).length;

    byte[] redacted =
        PlaceholderRedaction.redactUtf8(
            array, prefix.length, body.length, List.of(new Finding("EMAIL", start, end)));

    assertThat(new String(redacted, StandardCharsets.UTF_8)).isEqualTo("Grüße an [EMAIL]!");
  }

  @Test
  void findingThatCutsAMultiByteCharacterIsWidenedToTheWholeCharacter() {
    byte[] utf8 = "ab€cd".getBytes(StandardCharsets.UTF_8);

    byte[] redacted = PlaceholderRedaction.redactUtf8(utf8, 0, utf8.length, List.of(new Finding("X", 3, 6)));

    assertThat(new String(redacted, StandardCharsets.UTF_8)).isEqualTo("ab[X]d");
  }

  @Test
  void findingThatCutsASurrogatePairIsWidenedToTheWholeCodePoint() {
    String text = "a\uD83D\uDE00b";

    assertThat(PlaceholderRedaction.redact(text, List.of(new Finding("X", 2, 3)))).isEqualTo("a[X]b");
    assertThat(PlaceholderRedaction.redact(text, List.of(new Finding("X", 0, 2)))).isEqualTo("[X]b");
  }

  @Test
  void findingThatStartsAfterTheBackslashOfAnEscapeKeepsJsonValid() throws Exception {
    String json = "{\"m\":\"line one\\njohn@example.com\"}";
    int start = json.indexOf("njohn");

    String redacted =
        PlaceholderRedaction.redact(json, List.of(new Finding("EMAIL", start, start + 17)));

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("line one[EMAIL]");
  }

  @Test
  void findingThatEndsInsideAUnicodeEscapeKeepsJsonValid() throws Exception {
    String json = "{\"m\":\"hi john\\u0040example.com\"}";
    int start = json.indexOf("john");
    int end = json.indexOf("0040") + 2;

    String redacted = PlaceholderRedaction.redact(json, List.of(new Finding("EMAIL", start, end)));

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("hi [EMAIL]example.com");
  }

  @Test
  void findingThatEndsOnTheBackslashOfAnEscapedQuoteKeepsJsonValid() throws Exception {
    String json = "{\"m\":\"say \\\"john@example.com\\\" now\"}";
    int start = json.indexOf("john");
    int end = json.indexOf(".com") + 5;

    String redacted = PlaceholderRedaction.redact(json, List.of(new Finding("EMAIL", start, end)));

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("say \"[EMAIL] now");
  }

  @Test
  void findingThatStartsInsideAnEscapedBackslashKeepsJsonValid() throws Exception {
    String json = "{\"path\":\"C:\\\\users\\\\john\"}";
    int start = json.indexOf("\\\\john") + 1;

    String redacted =
        PlaceholderRedaction.redact(json, List.of(new Finding("OTHER", start, start + 5)));

    assertThat(JSON.readTree(redacted).get("path").asText()).isEqualTo("C:\\users[OTHER]");
  }

  @Test
  void backslashBeforeAFindingThatStartsNoJsonEscapeIsKept() {
    String path = "C:\\exports\\4111111111111111";
    int start = path.indexOf("4111");

    String redacted =
        PlaceholderRedaction.redact(path, List.of(new Finding("PAYMENT_CARD", start, start + 16)));

    assertThat(redacted).isEqualTo("C:\\exports\\[PAYMENT_CARD]");
  }

  @Test
  void bareNumberInAJsonDocumentBecomesAQuotedPlaceholder() throws Exception {
    String json = "{\"card\":4111111111111111,\"n\":1}";
    int start = json.indexOf("4111");

    String redacted =
        PlaceholderRedaction.redact(
            json, List.of(new Finding("PAYMENT_CARD", start + 2, start + 16)), TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("card").asText()).isEqualTo("[PAYMENT_CARD]");
    assertThat(tree.get("n").asInt()).isEqualTo(1);
  }

  @Test
  void findingAcrossTwoJsonStringsIsReplacedInEachStringAndKeepsTheStructure() throws Exception {
    String json = "{\"parts\":[\"+1 415\", \"555 2671\"],\"x\":true}";
    int start = json.indexOf("+1");
    int end = json.indexOf("2671") + 4;

    String redacted =
        PlaceholderRedaction.redact(json, List.of(new Finding("PHONE", start, end)), TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("parts").get(0).asText()).isEqualTo("[PHONE]");
    assertThat(tree.get("parts").get(1).asText()).isEqualTo("[PHONE]");
    assertThat(tree.get("x").asBoolean()).isTrue();
  }

  @Test
  void jsonFormatOverUtf8KeepsTheDocumentValid() throws Exception {
    byte[] json =
        "{\"name\":\"Jörg\",\"mail\":\"j\\u00f6rg@example.com\",\"card\":4111111111111111}"
            .getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.UTF_8);
    int mailStart = utf8Index(text, text.indexOf("j\\u00f6rg") + 3);
    int mailEnd = utf8Index(text, text.indexOf(".com") + 4);
    int cardStart = utf8Index(text, text.indexOf("4111"));

    byte[] redacted =
        PlaceholderRedaction.redactUtf8(
            json,
            0,
            json.length,
            List.of(
                new Finding("EMAIL", mailStart, mailEnd),
                new Finding("PAYMENT_CARD", cardStart, cardStart + 16)),
            TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("name").asText()).isEqualTo("Jörg");
    assertThat(tree.get("mail").asText()).isEqualTo("j[EMAIL]");
    assertThat(tree.get("card").asText()).isEqualTo("[PAYMENT_CARD]");
  }

  @Test
  void findingOutsideTheTextIsRefusedWithoutShowingTheText() {
    assertThatThrownBy(
            () -> PlaceholderRedaction.redact("secret@example.com", List.of(new Finding("EMAIL", 3, 40))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finding [3, 40) outside the text [0, 18)");
  }

  @Test
  void aTypeSeenForTheFirstTimeGetsItsPlaceholderAndKeepsIt() {
    long unique = System.nanoTime();
    String type = "tenant-" + unique;

    assertThat(PlaceholderRedaction.placeholder(type)).isEqualTo("[TENANT_" + unique + "]");
    assertThat(PlaceholderRedaction.placeholder(type)).isEqualTo("[TENANT_" + unique + "]");
  }

  @Test
  void adjacentFindingsEachKeepTheirOwnPlaceholder() {
    String redacted =
        PlaceholderRedaction.redact(
            "4111111111111111john@example.com",
            List.of(new Finding("PAYMENT_CARD", 0, 16), new Finding("EMAIL", 16, 32)));

    assertThat(redacted).isEqualTo("[PAYMENT_CARD][EMAIL]");
  }

  @Test
  void twoFindingsThatMeetInsideAnEscapeBecomeOnePlaceholderCoveringBoth() {
    String text = "john\\u0040example.com";

    String redacted =
        PlaceholderRedaction.redact(
            text, List.of(new Finding("EMAIL", 0, 7), new Finding("EMAIL", 7, text.length())));

    assertThat(redacted).isEqualTo("[EMAIL]");
  }

  @Test
  void escapeAtTheVeryStartOfTheTextIsReplacedWholeOrNotAtAll() {
    assertThat(
            PlaceholderRedaction.redact("\\njohn@example.com", List.of(new Finding("EMAIL", 1, 18))))
        .isEqualTo("[EMAIL]");
    assertThat(PlaceholderRedaction.redact("\\u0040abc", List.of(new Finding("X", 0, 3))))
        .isEqualTo("[X]abc");
  }

  @Test
  void escapedBackslashAtTheStartOfTheTextIsKeptWhole() {
    String text = "\\\\n4111111111111111";

    assertThat(PlaceholderRedaction.redact(text, List.of(new Finding("X", 2, text.length()))))
        .isEqualTo("\\\\[X]");
  }

  @Test
  void oddRunOfBackslashesEndsInAnEscapeThatIsReplacedWhole() {
    String text = "a\\\\\\njohn@example.com";

    assertThat(PlaceholderRedaction.redact(text, List.of(new Finding("EMAIL", 4, text.length()))))
        .isEqualTo("a\\\\[EMAIL]");
  }

  @Test
  void findingThatStartsInTheSecondHalfOfAnEscapedSurrogatePairTakesTheWholePair() {
    String text = "\\ud83d\\ude00 call me";

    assertThat(PlaceholderRedaction.redact(text, List.of(new Finding("X", 8, 12))))
        .isEqualTo("[X] call me");
  }

  @Test
  void findingThatEndsWithATrailingBackslashIsReplacedWithIt() {
    assertThat(PlaceholderRedaction.redact("id 12345\\", List.of(new Finding("X", 3, 9))))
        .isEqualTo("id [X]");
  }

  @Test
  void textThatStartsWithTheSecondHalfOfASurrogatePairIsRedactedWithoutFailing() {
    assertThat(PlaceholderRedaction.redact("\uDE00abc", List.of(new Finding("X", 0, 2))))
        .isEqualTo("[X]bc");
  }

  @Test
  void viewThatCutsACharacterAtEitherEdgeIsRedactedWithinItsOwnBytes() {
    byte[] startsInsideEuro = "€ab".getBytes(StandardCharsets.UTF_8);
    byte[] endsInsideEuro = "ab€".getBytes(StandardCharsets.UTF_8);

    byte[] fromInside =
        PlaceholderRedaction.redactUtf8(startsInsideEuro, 1, 4, List.of(new Finding("X", 1, 5)));
    byte[] toInside =
        PlaceholderRedaction.redactUtf8(endsInsideEuro, 0, 3, List.of(new Finding("X", 0, 3)));

    assertThat(new String(fromInside, StandardCharsets.UTF_8)).isEqualTo("[X]");
    assertThat(new String(toInside, StandardCharsets.UTF_8)).isEqualTo("[X]");
  }

  @Test
  void viewOutsideTheArrayIsRefusedWithItsBounds() {
    assertThatThrownBy(() -> PlaceholderRedaction.redactUtf8(new byte[10], 5, 10, List.of()))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("offset 5, length 10, array length 10");
  }

  @Test
  void jsonFindingInsideAStringKeepsTheTextAroundIt() throws Exception {
    String json = "{\"m\":\"call 555-2671 now\"}";
    int start = json.indexOf("555");

    String redacted =
        PlaceholderRedaction.redact(
            json, List.of(new Finding("PHONE", start, start + 8)), TextFormat.JSON);

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("call [PHONE] now");
  }

  @Test
  void jsonFindingThatEndsInsideAUnicodeEscapeTakesTheWholeEscape() throws Exception {
    String json = "{\"m\":\"hi john\\u0040example.com\"}";
    int start = json.indexOf("john");
    int end = json.indexOf("0040") + 2;

    String redacted =
        PlaceholderRedaction.redact(json, List.of(new Finding("EMAIL", start, end)), TextFormat.JSON);

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("hi [EMAIL]example.com");
  }

  @Test
  void jsonFindingThatStartsRightAfterAnEscapeKeepsTheEscape() throws Exception {
    String json = "{\"m\":\"a\\n4111111111111111\"}";
    int start = json.indexOf("4111");

    String redacted =
        PlaceholderRedaction.redact(
            json, List.of(new Finding("PAYMENT_CARD", start, start + 16)), TextFormat.JSON);

    assertThat(JSON.readTree(redacted).get("m").asText()).isEqualTo("a\n[PAYMENT_CARD]");
  }

  @Test
  void jsonFindingThatStartsOnAClosingQuoteLeavesThatStringAsItWas() throws Exception {
    String json = "{\"parts\":[\"+1 415\", \"555 2671\"]}";
    int start = json.indexOf("\", ");
    int end = json.indexOf("2671") + 4;

    String redacted =
        PlaceholderRedaction.redact(json, List.of(new Finding("PHONE", start, end)), TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("parts").get(0).asText()).isEqualTo("+1 415");
    assertThat(tree.get("parts").get(1).asText()).isEqualTo("[PHONE]");
  }

  @Test
  void jsonNumbersMadeOfNinesOrZerosAreReplacedLikeAnyNumber() throws Exception {
    String json = "{\"a\":9999,\"b\":0}";
    int nines = json.indexOf("9999");
    int zero = json.indexOf(":0") + 1;

    String redacted =
        PlaceholderRedaction.redact(
            json,
            List.of(new Finding("X", nines, nines + 4), new Finding("Y", zero, zero + 1)),
            TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("a").asText()).isEqualTo("[X]");
    assertThat(tree.get("b").asText()).isEqualTo("[Y]");
  }

  @Test
  void jsonFindingOverALiteralLeavesTheDocumentAsItWas() {
    assertThat(PlaceholderRedaction.redact("true", List.of(new Finding("X", 0, 4)), TextFormat.JSON))
        .isEqualTo("true");
  }

  @Test
  void jsonDocumentThatIsOneBareNumberBecomesAQuotedPlaceholder() {
    String json = "4111111111111111";
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    List<Finding> inside = List.of(new Finding("PAYMENT_CARD", 2, 16));

    assertThat(PlaceholderRedaction.redact(json, inside, TextFormat.JSON))
        .isEqualTo("\"[PAYMENT_CARD]\"");
    assertThat(PlaceholderRedaction.redactUtf8(utf8, 0, utf8.length, inside, TextFormat.JSON))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("\"[PAYMENT_CARD]\"");
  }

  @Test
  void jsonFindingOffsetsInAViewFromAnOffsetAreIndexesIntoTheArray() throws Exception {
    byte[] json = "XXX{\"mail\":\"john@example.com\",\"n\":1}".getBytes(StandardCharsets.UTF_8);
    int start = "XXX{\"mail\":\"".length();

    byte[] redacted =
        PlaceholderRedaction.redactUtf8(
            json, 3, json.length - 3, List.of(new Finding("EMAIL", start, start + 16)), TextFormat.JSON);

    JsonNode tree = JSON.readTree(redacted);
    assertThat(tree.get("mail").asText()).isEqualTo("[EMAIL]");
    assertThat(tree.get("n").asInt()).isEqualTo(1);
  }

  private static int utf8Index(String text, int charIndex) {
    return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void segmentsOfPathsAndFileNamesAreReadAsWordsOfTheirOwn() {
    PiiScanner scanner = PiiScanner.defaults();
    assertThat(PlaceholderRedaction.redactSegments("/cards/4111111111111111/charge", scanner))
        .isEqualTo("/cards/[PAYMENT_CARD]/charge");
    assertThat(PlaceholderRedaction.redactSegments("C:\\exports\\by-card\\4111111111111111.txt", scanner))
        .isEqualTo("C:\\exports\\by-card\\[PAYMENT_CARD].txt");
    String clean = "/v1/chat/completions";
    assertThat(PlaceholderRedaction.redactSegments(clean, scanner)).isSameAs(clean);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | AWS_SECRET_ACCESS_KEY=[SECRET]",
    "password=Hunter2/Secret99                                      | password=[SECRET]",
    "exports/card_4111111111111111.csv                              | exports/card_[PAYMENT_CARD].csv",
    "key_AKIAIOSFODNN7EXAMPLE.txt                                   | key_[SECRET].txt",
    "statement_DE89370400440532013000.pdf                           | statement_[IBAN].pdf",
    "logs/access-203.0.113.77.log                                   | logs/access-[IP_ADDRESS].log",
    "ssn_123-45-6789.txt                                            | ssn_[US_SSN].txt",
    "-x4111111111111111                                             | -x[PAYMENT_CARD]",
    "card4111111111111111.log                                       | card[PAYMENT_CARD].log",
    "ssn219099999                                                   | ssn[US_SSN]",
    "DE89370400440532013000x                                        | [IBAN]x",
    "failure=x4111111111111111                                      | failure=x[PAYMENT_CARD]",
    "zz4111111111111111zz.log                                       | zz[PAYMENT_CARD]zz.log",
    "x078-05-1120y                                                  | x[US_SSN]y",
    "keyAKIAIOSFODNN7EXAMPLE.txt                                    | key[SECRET].txt",
    "xAKIAIOSFODNN7EXAMPLEy                                         | x[SECRET]y",
    "ibanDE89370400440532013000.csv                                 | iban[IBAN].csv",
    "/acct/IBANDE89370400440532013000                               | /acct/IBAN[IBAN]",
  })
  void valuesInNamesAndMessagesAreFoundAsWrittenAndWithTheirWordsApart(String text, String masked) {
    // A value with a slash in it is read as written; one joined to a word by _ or - is read
    // with its words apart, as the parts of a path are, and one run on from a letter apart from it
    // (on both sides, and a key or an IBAN glued to a word: review s33d).
    assertThat(PlaceholderRedaction.redactSegments(text, PiiScanner.defaults())).isEqualTo(masked);
  }

  @Test
  void aValueFoundInMoreThanOneReadingIsListedOnce() {
    List<Finding> findings = PlaceholderRedaction.segmentFindings(
        "exports/by_card/4111 1111 1111 1111 of jane@example.com.txt", PiiScanner.defaults());
    assertThat(findings).extracting(Finding::type).containsExactly("PAYMENT_CARD", "EMAIL");
  }

  @Test
  void aValueThatALaterReadingFindsLongerIsMaskedWhole() {
    // as written, "ab_cd" is found; with its words apart, "cd ef", which runs on past it
    PiiScanner scanner = PiiScanner.builder().withoutDefaults()
        .addPattern("FIRST", "ab_cd").addPattern("SECOND", "cd ef").build();

    assertThat(PlaceholderRedaction.redactSegments("x ab_cd-ef y", scanner)).isEqualTo("x [FIRST] y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"logs/app-2026-11-29.log", "customer-support-export.txt",
    "logs/calls/sms-2026-11-29.csv", "call_2026_11_29.log", "/api/call/2026-11-29",
    "phone-export-2026-11-29.csv", "mobile-29-11-2026.csv",
    "release_notes-v1.2.3.md", "target/spotbugsXml.xml", "--format=text", "order_10057.json",
    "/v1/chat/completions", "log4j2.xml", "report20261129.txt", "build-x86_64-1234567.tar",
    "/tmp/junit4111111111111111111/audit.jsonl", "event1456789012345678901",
    "com.example.shop.CustomerService", "HttpClientCodec", "sha256sum", "utf8mb4", "x86_64", "IPv6Address",
    "OAuth2Client", "getIBANDetails", "ISO8601Date"})
  void namesWithoutValuesStayAsTheyAre(String name) {
    assertThat(PlaceholderRedaction.redactSegments(name, PiiScanner.defaults())).isSameAs(name);
  }

  /** Redacts {@code text} as JSON with the default scanner, over chars and over UTF-8 alike. */
  private static String redactAsJson(String text) {
    PiiScanner scanner = PiiScanner.defaults();
    String fromChars = PlaceholderRedaction.redact(text, scanner.scan(text), TextFormat.JSON);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    String fromBytes = new String(PlaceholderRedaction.redactUtf8(utf8, 0, utf8.length,
        scanner.scanUtf8(utf8, 0, utf8.length), TextFormat.JSON), StandardCharsets.UTF_8);
    assertThat(fromBytes).isEqualTo(fromChars);
    return fromChars;
  }

  @Test
  void valuesOutsideJsonStringsInABodyThatIsNotStrictJsonAreReplacedAsInPlainText() {
    assertThat(redactAsJson("{'email': 'jane.doe@example.com', 'card': '4111 1111 1111 1111'}"))
        .isEqualTo("{'email': '[EMAIL]', 'card': '[PAYMENT_CARD]'}");
    assertThat(redactAsJson("{\"a\":\"x\"} trailing jane.doe@example.com"))
        .isEqualTo("{\"a\":\"x\"} trailing [EMAIL]");
    assertThat(redactAsJson("password=Sup3rS3cret!2024")).isEqualTo("password=[SECRET]");
  }

  @Test
  void aBareNumberOfJsonInsideAJsonStringBecomesAStringOfThatJson() throws Exception {
    String body = "{\"tool_calls\":[{\"function\":{\"name\":\"pay\",\"arguments\":"
        + "\"{\\\"card\\\":4111111111111111,\\\"phones\\\":[4155552671],\\\"n\\\":2}\"}}]}";

    String redacted = redactAsJson(body);

    JsonNode arguments = JSON.readTree(JSON.readTree(redacted)
        .at("/tool_calls/0/function/arguments").asText());
    assertThat(arguments.get("card").asText()).isEqualTo("[PAYMENT_CARD]");
    assertThat(arguments.get("n").asInt()).isEqualTo(2);
    assertThat(redacted).doesNotContain("4111", "2671");
  }

  @Test
  void aBareNumberTwoJsonLevelsDeepGetsTheQuotesOfItsLevel() throws Exception {
    String inner = "{\"card\":4111111111111111}";
    String middle = JSON.writeValueAsString(java.util.Map.of("payload", inner));
    String body = JSON.writeValueAsString(java.util.Map.of("content", middle));

    String redacted = redactAsJson(body);

    String middleOut = JSON.readTree(redacted).get("content").asText();
    String innerOut = JSON.readTree(middleOut).get("payload").asText();
    assertThat(JSON.readTree(innerOut).get("card").asText()).isEqualTo("[PAYMENT_CARD]");
  }

  @Test
  void aNumberInProseInsideAJsonStringStaysUnquoted() throws Exception {
    String redacted = redactAsJson("{\"content\":\"Order total: 4111111111111111, thanks\"}");

    assertThat(JSON.readTree(redacted).get("content").asText())
        .isEqualTo("Order total: [PAYMENT_CARD], thanks");
  }

  @Test
  void proseThatQuotesAWordGetsNoQuotesAroundANumberAfterAColon() throws Exception {
    // a quoted word before "card: 4111…," looked like a key of JSON inside the string (review s33c)
    String[][] cases = {
      {"Order \\\"A1\\\" card: 4111111111111111, thanks", "Order \"A1\" card: [PAYMENT_CARD], thanks"},
      {"Re \\\"refund\\\" - SSN: 123456789, DOB 1980", "Re \"refund\" - SSN: [US_SSN], DOB 1980"},
      {"Subject \\\"Call back\\\" phone: +14155552671, thx", "Subject \"Call back\" phone: [PHONE], thx"},
      {"Artikel \\\"Tasse\\\", Karte: 4111111111111111]", "Artikel \"Tasse\", Karte: [PAYMENT_CARD]]"},
      {"Re \\\"x\\\" items [4111111111111111, 2]", "Re \"x\" items [[PAYMENT_CARD], 2]"},
    };
    for (String[] example : cases) {
      String redacted = redactAsJson("{\"content\":\"" + example[0] + "\"}");
      assertThat(JSON.readTree(redacted).get("content").asText()).isEqualTo(example[1]);
    }
  }

  @Test
  void aBareNumberOfJsonInsideAStringWithSpacesAroundTheColonIsStillQuoted() throws Exception {
    String redacted = redactAsJson("{\"arguments\":\" {\\\"card\\\" : 4111111111111111 }\"}");

    JsonNode arguments = JSON.readTree(JSON.readTree(redacted).get("arguments").asText());
    assertThat(arguments.get("card").asText()).isEqualTo("[PAYMENT_CARD]");
  }

  @Test
  void jsonModeOnTextThatIsNoJsonReplacesEveryValueWithoutFailing() {
    assertThat(redactAsJson("DE89370400440532013000+192.168.1.20")).doesNotContain("DE89", "192.168");
    assertThat(redactAsJson("jane@example.de+10.0.0.1")).doesNotContain("jane", "10.0.0.1");
    assertThat(redactAsJson("{'password': 'nuts4fun'}")).isEqualTo("{'password': '[SECRET]'}");
    assertThat(redactAsJson("{\"a\":1} password=nuts4fun")).isEqualTo("{\"a\":1} password=[SECRET]");
  }

  @Test
  void aNumberInAStringOfJsonInsideAJsonStringStaysUnquoted() throws Exception {
    String redacted = redactAsJson("{\"a\":\"{\\\"note\\\":\\\"total:4111111111111111, ok\\\"}\"}");

    String inner = JSON.readTree(redacted).get("a").asText();
    assertThat(JSON.readTree(inner).get("note").asText()).isEqualTo("total:[PAYMENT_CARD], ok");
  }
}
