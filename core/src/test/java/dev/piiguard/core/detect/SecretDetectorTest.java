package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretDetectorTest {
  private static final String A36 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
  /** A GitHub App installation token in the stateless format of April 2026: ghs_, app id, JWT. */
  private static final String STATELESS_GHS = "ghs_1234567_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
      + "eyJpc3MiOiAiaHR0cHM6Ly9hcGkuZ2l0aHViLmNvbSJ9.Xb-4" + A36 + "_" + A36 + "_" + A36
      + "_" + A36 + "_" + A36 + "_" + A36 + "_" + A36 + "_" + A36 + "_" + A36 + "_" + A36 + "_" + A36;
  /** An encrypted JWT (JWE) with direct encryption: its second segment, the key, is empty. */
  private static final String JWE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AxpRAOeBDD5TTeJt."
      + "ZxKSynEFcUspH-HNA2z1-8PJdo43pSSyIAgTwv.c2lnbmF0dXJlc2lnbmF0dX";
  /** Built per test, not shared, so that every test runs the code that builds the anchors. */
  private final ScanEngine engine = ScanEngine.create(true, List.of(), List.of());

  @ParameterizedTest
  @ValueSource(strings = {
    "AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A",
    "ghp_" + A36, "gho_" + A36, "github_pat_11ABCDEFG0123456789abc_" + A36 + "abcdefghijklmnopqrstuvw",
    "sk-proj-" + A36 + "_-" + A36, "sk-" + A36 + "abcdefghijkl", "sk-None-" + A36 + "_-abcdefgh",
    "sk-ant-api03-" + A36 + A36 + "abcdefghijklmnopqrstuAA",
    "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", "rk_test_" + A36, "whsec_" + A36,
    "xoxb-123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx",
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "AIzaSyA1234567890abcdefghijklmnopqrstuv", "GOCSPX-" + "abcdefghijklmnopqrstuvwxyz12",
    "ya29.a0AfH6SMBx" + A36,
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    STATELESS_GHS, "AQ.Ab8RN6" + A36 + "abcdefgh",
    "sk-ant-oat01-" + A36 + A36 + "abcdefghijklmnopqrstuAA",
    "sk-ant-ort01-" + A36 + A36 + "abcdefghijklmnopqrstuAA",
    "https://hooks.slack.com/workflows/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",
    "https://hooks.slack.com/triggers/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",
    "IQoJb3JpZ2luX2VjEMMpFkFJXHcJizlG8Hji/" + A36 + "+" + A36 + A36 + "==",
    "FwoGZXIvYXdzE+NQ/i6u9fYEHMvQL9DtWH" + A36 + A36 + A36,
    "ABSKQmVkcm9ja0FQSUtleS1tazM0LWF0LTEyMzQ1Njc4OTAxMjpM" + A36 + A36,
    "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZY" + A36
  })
  void findsEachDocumentedFormat(String secret) {
    assertThat(Detected.in(engine, "key=\"" + secret + "\"; next"))
        .containsExactly("SECRET " + secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AKIAIOSFODNN7EXAMPL", // one short
    "AKIAIOSFODNN7EXAMPLEX", // one long
    "ghp_" + "tooShort123", "task-" + A36 + "abcdefghijkl", "mask_live_" + A36,
    "eyJhbGciOiJIUzI1NiJ9", // a header without payload and signature
    "eyJhbGciOiJIUzI1NiJ9.abc.def", // payload does not start with eyJ
    "AIza is a prefix", "sk-learn", "the xoxb- prefix", "sk-None-short",
    "AWS_SECRET_ACCESS_KEY=${AWS_SECRET}"
  })
  void staysQuietOnLookalikes(String text) {
    assertThat(Detected.in(engine, "value " + text + " end")).noneMatch(f -> f.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AWS_SECRET_ACCESS_KEY=%s", "export AWS_SECRET_ACCESS_KEY=\"%s\"", "aws_secret_access_key = %s",
    "aws_secret_access_key=%s", "  aws_secret_access_key: '%s'", "{\"aws_secret_access_key\": \"%s\"}",
    "{\"AccessKey\": {\"SecretAccessKey\": \"%s\", \"Status\": \"Active\"}}",
    "new AWS.Config({ secretAccessKey: '%s' })", "{\"body\":\"{\\\"SecretAccessKey\\\":\\\"%s\\\"}\"}",
    "AWS_SECRET_ACCESS_KEY => \"%s\"",
    // under a longer name, under the names other tools give it, as a pair's value, as an argument
    "TF_VAR_aws_secret_access_key=%s", "PROD_AWS_SECRET_ACCESS_KEY=%s", "--aws_secret_access_key=%s",
    "AWS_SECRET_KEY=%s", "java -Daws.secretKey=%s -jar app.jar", "  secret_key = \"%s\"",
    "secret_access_key: %s", "spark.hadoop.fs.s3a.secret.key=%s",
    "spring.cloud.aws.credentials.secret-key=%s", "    aws-secret-access-key: %s",
    "- name: AWS_SECRET_ACCESS_KEY\n  value: \"%s\"",
    "\"environment\": [{\"name\": \"AWS_SECRET_ACCESS_KEY\", \"value\": \"%s\"}]",
    "setx AWS_SECRET_ACCESS_KEY %s", "set -x AWS_SECRET_ACCESS_KEY '%s'",
    "aws configure set aws_secret_access_key %s"
  })
  void findsAnAwsSecretAccessKeyAssignedToItsUsualNamesWithoutTheName(String template) {
    String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    assertThat(Detected.in(engine, template.formatted(key))).containsExactly("SECRET " + key);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AWS_SECRET_ACCESS_KEY=${AWS_SECRET}", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1",
    "AWS_SECRET_ACCESS_KEY is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "MY_AWS_SECRET_ACCESS_KEY=x",
    "aws_secret_access_key = \"\" # wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "SecretAccessKeyId: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "mysecret_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "- name: AWS_SECRET_ACCESS_KEY\n  valueFrom: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "the AWS_SECRET_ACCESS_KEY abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN is a word without digits"
  })
  void staysQuietOnAnAwsSecretNameWithoutAKeyAssignedToIt(String text) {
    assertThat(Detected.in(engine, text)).noneMatch(f -> f.startsWith("SECRET "));
  }

  @Test
  void aJwtAtTheEndOfASentenceLeavesTheFullStopOut() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl";
    assertThat(Detected.in(engine, "Token: " + jwt + ".")).containsExactly("SECRET " + jwt);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Token: %s", "Token: %s.", "{\"token\":\"%s\"}", "%s, then more"})
  void anUnsecuredJwtIsFoundWithItsEmptySignature(String template) {
    String jwt = "eyJhbGciOiJub25lIn0.eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ.";

    assertThat(Detected.in(engine, String.format(template, jwt))).containsExactly("SECRET " + jwt);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "eyJhbGciOiJub25lIn0.abcdefghijklmnopqrstu.", // payload does not start with eyJ
    "eyJhbGciOiJub25lIn0eyJlbWFpbCI6ImphbmVAZXhhbXBsZS5jb20ifQ." // one segment
  })
  void aTokenWithOneDotMoreOrLessIsNoUnsecuredJwt(String token) {
    assertThat(Detected.in(engine, "value " + token + " end"))
        .noneMatch(f -> f.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0080", "\u00a0", "\u00e9"})
  void aBodyEndsAtTheFirstCharacterAboveAscii(String after) {
    String key = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    assertThat(Detected.in(engine, "key " + key + after + " next"))
        .containsExactly("SECRET " + key);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "OPENAI_API_KEY=${OPENAI_API_KEY:-%s}", "  - KEY=${KEY:-%s}", "STRIPE_KEY=${STRIPE_KEY-%s}",
    "\"${GITHUB_TOKEN:-%s}\""
  })
  void findsAKeyAsAShellParametersDefault(String template) {
    for (String key : List.of("sk-proj-" + A36 + "_-" + A36, "ghp_" + A36, "AKIAIOSFODNN7EXAMPLE",
        "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc")) {
      assertThat(Detected.in(engine, template.formatted(key))).containsExactly("SECRET " + key);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"build-%s", "${-%s}", "$KEY-%s", "{KEY:-%s}"})
  void aKeyAfterAnyOtherDashStaysInsideItsToken(String template) {
    assertThat(Detected.in(engine, template.formatted("ghp_" + A36)))
        .noneMatch(f -> f.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Set-Cookie: __Secure-next-auth.session-token=%s; Path=/; HttpOnly", "id_token=%s&state=x",
    "{\"session\":\"%s\"}"
  })
  void findsAnEncryptedJwtOfFiveSegments(String template) {
    assertThat(Detected.in(engine, template.formatted(JWE))).containsExactly("SECRET " + JWE);
  }

  @Test
  void findsAnEncryptedJwtWhoseKeyIsWrappedWithAes128() {
    String jwe = "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4R0NNIn0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of."
        + "AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ";
    assertThat(Detected.values("SECRET", "token=" + jwe + "; Path=/")).containsExactly(jwe);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "eyJhbGciOiJkaXIifQ..AxpRAOeBDD5TTeJt..c2lnbmF0dXJl", // no ciphertext
    "eyJhbGciOiJkaXIifQ...ZxKSynEFcUspH.c2lnbmF0dXJl", // no initialization vector
    "eyJhbGciOiJkaXIifQ..AxpRAOeBDD5TTeJt.ZxKSynEFcUspH.c2lnbmF0dXJl.c2lnbmF0dXJl", // six
    "eyJwYWdlIjoyfQ.v1.2024.01.15", // a cursor with a version and a date: segments too short
    "eyJhbGciOiJkaXIifQ.abc.AxpRAOeBDD5TTeJt.ZxKSynEFcUspH.c2lnbmF0dXJlc2lnbmF0dX" // key too short
  })
  void aTokenOfFiveSegmentsWithAnEmptyRequiredOneOrOfSixIsNoJwt(String token) {
    assertThat(Detected.in(engine, "value " + token + " end")).noneMatch(f -> f.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ghs_hazard_statement_precautionary_codes = load_table()",
    "Exported ghs_labels_2024-05-17_export_final_version_2.csv to /tmp",
    "from ghs_classification.hazard_statements_pictograms import Pictogram",
    "${VERSION:-ghs_hazard_statement_precautionary_codes_v2}",
    "import static com.example.AQ.DEFAULT_QUEUE_TABLE_NAME_FOR_ORDER_PROCESSING;",
    "AQ.enqueueMessageWithDelayAndPriorityForCustomerOrders(msg);",
    "SHA1 of the secret_key aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d matches",
    "The secret_key value: aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d is the digest",
    "secret_key = /etc/app/credentials/secret/prod2024/aws"
  })
  void identifiersFileNamesDigestsAndPathsNearNewFormatsAreNoSecrets(String text) {
    assertThat(Detected.in(engine, text)).noneMatch(f -> f.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-%s}", "- AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY-%s}",
    "aws_secret_access_key: ${AWS_SECRET_ACCESS_KEY:=%s}", "SecretKey: %s"
  })
  void findsAnAwsSecretKeyAsTheDefaultOfItsOwnParameter(String template) {
    String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8R3xTkQa";
    assertThat(Detected.in(engine, template.formatted(key))).containsExactly("SECRET " + key);
  }

  @Test
  void findsASessionTokenPercentEncodedInAPresignedUrl() {
    String token = "IQoJb3JpZ2luX2VjEMMpFkFJXHcJizlG8Hji%2F%2F%2F%2F%2F%2F%2F%2F%2F" + A36 + "%2B" + A36
        + A36 + "%3D%3D";
    assertThat(Detected.values("SECRET", "https://acme.s3.amazonaws.com/q3.pdf?X-Amz-Algorithm="
        + "AWS4-HMAC-SHA256&X-Amz-Security-Token=" + token + "&X-Amz-Signature=abc"))
        .containsExactly(token);
  }

  @Test
  void aStatelessInstallationTokenIsFoundWholeInAGitUrl() {
    assertThat(Detected.values("SECRET",
        "git remote set-url origin https://x-access-token:" + STATELESS_GHS + "@github.com/acme/api.git"))
        .contains(STATELESS_GHS);
  }

  @Test
  void aDottedTokenOfFourSegmentsIsNoJwt() {
    assertThat(Detected.in(engine, "value eyJab.c.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end"))
        .noneMatch(f -> f.startsWith("SECRET "));
    assertThat(Detected.in(engine,
        "value eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl.c2lnbmF0dXJl end"))
        .noneMatch(f -> f.startsWith("SECRET "));
  }

  @Test
  void theLongestOfTwoFormatsWithTheSameAnchorWinsWhicheverIsListedFirst() {
    SecretFormat id = new SecretFormat("acme-id", "acme_", "A-Z0-9", 8, 8, false);
    SecretFormat session = new SecretFormat("acme-session", "acme_", "A-Z0-9.", 8, 64, false);
    String text = "the session acme_ABCD1234.EFGH5678 expired";

    assertThat(Detected.in(engineWith(id, session), text))
        .containsExactly("SECRET acme_ABCD1234.EFGH5678");
    assertThat(Detected.in(engineWith(session, id), text))
        .containsExactly("SECRET acme_ABCD1234.EFGH5678");
  }

  @Test
  void aBodyOfOneCharacterIsAllowed() {
    ScanEngine custom = engineWith(new SecretFormat("pin", "pin_", "0-9", 1, 1, false));

    assertThat(Detected.in(custom, "use pin_7 now")).containsExactly("SECRET pin_7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a\u007f", "\u00e9_", "a\u0000"})
  void aPrefixOutsidePrintableAsciiIsRejected(String prefix) {
    assertThatThrownBy(() -> new SecretFormat("bad", prefix, "A-Z", 8, 8, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix must be printable ASCII");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A-Z ", " -~", "!-\u007f", "a\u007f", "Z-A"})
  void anAlphabetOutsidePrintableAsciiOrWithABackwardRangeIsRejected(String alphabet) {
    assertThatThrownBy(() -> new SecretFormat("bad", "x_", alphabet, 8, 8, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad secret alphabet");
  }

  @Test
  void userFormatsExtendTheBundledList() {
    List<SecretFormat> extra = SecretFormatFile.parse(
        List.of("# ours", "acme-key  acme_live_  A-Za-z0-9  20  40"), "test");
    ScanEngine extended = ScanEngine.create(true, List.of(), extra);

    assertThat(Detected.in(extended, "k=acme_live_ABCDEFGHIJ0123456789 and AKIAIOSFODNN7EXAMPLE"))
        .containsExactly("SECRET acme_live_ABCDEFGHIJ0123456789", "SECRET AKIAIOSFODNN7EXAMPLE");
  }

  @Test
  void aUserFormatAssignedToANameReportsOnlyTheValue() {
    List<SecretFormat> extra = SecretFormatFile.parse(
        List.of("acme-password  ACME_DB_PASSWORD  A-Za-z0-9!  12  64  assigned"), "test");
    ScanEngine extended = ScanEngine.create(true, List.of(), extra);

    assertThat(Detected.in(extended, "export ACME_DB_PASSWORD='Tr0ub4dor!Horse' # prod"))
        .containsExactly("SECRET Tr0ub4dor!Horse");
    assertThatThrownBy(() -> SecretFormatFile.parse(List.of("x X_ A-Z 5 5 both"), "f.txt"))
        .hasMessageContaining(
            "[jwt|assigned|authorization|private-key|base64-private-key|password|password-word|"
            + "user-password]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@", "x:", "11", "12:"})
  void aPrefixWithOnlyAtSignsColonsOrADigitRunAfterItsFirstCharacterWorks(String prefix) {
    ScanEngine custom = engineWith(new SecretFormat("custom", prefix, "A-Z0-9", 12, 12, false));
    String secret = prefix + "ABCDEF123456";

    assertThat(Detected.in(custom, "key " + secret + " end")).containsExactly("SECRET " + secret);
  }

  @Test
  void aPrefixThatStartsWithADigitIsFoundWhenItLooksLikeTheStartOfANumber() {
    // Google's refresh tokens start 1//0: without built-ins this was found, with them the loop
    // stepped over "1//0" as an ordinary number and never stopped on the anchor after the 1.
    ScanEngine custom = engineWith(
        new SecretFormat("google-refresh-token", "1//", "A-Za-z0-9_-", 20, 512, false));
    String secret = "1//0gAbCdEfGhIjKlMnOpQrStUvWxYz";

    assertThat(Detected.in(custom, "refresh_token=" + secret + "&x=1"))
        .containsExactly("SECRET " + secret);
    assertThat(Detected.in(custom, "token " + secret + ".")).containsExactly("SECRET " + secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1. %s", "step 2 %s", "2 %s", "v 4.%s", "call 415-555-2671 %s",
      "on 2024-05-01 %s"})
  void aPrefixThatStartsWithADigitIsFoundRightAfterANumber(String template) {
    ScanEngine custom = engineWith(
        new SecretFormat("google-refresh-token", "1//", "A-Za-z0-9_-", 20, 512, false));
    String secret = "1//0gAbCdEfGhIjKlMnOpQrStUvWxYz";

    assertThat(Detected.in(custom, template.formatted(secret)))
        .contains("SECRET " + secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00ab%s\u00bb", "\u2192%s", "\u00a0%s"})
  void aFormatAnchoredOnItsFirstCharacterIsFoundAfterANonAsciiCharacter(String template) {
    ScanEngine custom = engineWith(new SecretFormat("one-letter", "Q", "A-Z0-9", 12, 12, false),
        new SecretFormat("digit-first", "7x", "A-Z0-9", 12, 12, false));

    assertThat(Detected.in(custom, template.formatted("QABCDEF123456")))
        .containsExactly("SECRET QABCDEF123456");
    assertThat(Detected.in(custom, template.formatted("7xABCDEF123456")))
        .containsExactly("SECRET 7xABCDEF123456");
  }

  private static ScanEngine engineWith(SecretFormat... formats) {
    return ScanEngine.create(true, List.of(), List.of(formats));
  }

  @Test
  void badFormatLinesNameTheSourceAndLine() {
    assertThatThrownBy(() -> SecretFormatFile.parse(List.of("ok x_ A-Z 5 5", "bad"), "f.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("f.txt:2:");
    assertThatThrownBy(() -> SecretFormatFile.parse(List.of("colons @: A-Z 5 5"), "f.txt"))
        .hasMessageContaining("other than @ and :");
  }

  @Test
  void theBundledListLoads() {
    assertThat(SecretFormatFile.builtIn()).extracting(SecretFormat::id)
        .contains("aws-access-key-id", "github-token", "openai-project-key", "anthropic-api-key",
            "stripe-secret-key", "slack-bot-token", "google-api-key", "jwt");
  }
}
