package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "jane@example.com", "Jane.Doe+news@mail.example.co.uk", "j_o-e99@sub-domain.example.org",
    "UtaKortig@jourrapide.com", "x@y.io", "o'brien@example.ie"
  })
  void findsAddresses(String address) {
    assertThat(Detected.values("EMAIL", "write to " + address + ", please"))
        .containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Message-ID: <20240312101542.4F3A2B1C@mail.shop.example>",
    "In-Reply-To: <CAF=xYz123AbC+dEf456=gHi@mail.gmail.com>",
    "References: <a1@mail.example.com>\r\n <b2@mail.example.com> <c3@mail.example.com>",
    "{\"headers\":{\"Message-Id\":\"<0100018e@email.amazonses.com>\"}}",
    "Subject: Re: order\\r\\nmessage-id: <x9@mx.example.org>", "Content-ID: <logo@shop.example>"
  })
  void messageIdsInMailHeadersAreNoAddresses(String headers) {
    assertThat(Detected.values("EMAIL", headers)).isEmpty();
  }

  @Test
  void addressesInOtherHeadersAndBracketsAreStillFound() {
    assertThat(Detected.values("EMAIL", "From: Jane Doe <jane@example.com>\r\n"
        + "Reply-To: <jane@example.com>\nX-Original-Message-ID-Owner: <bob@example.org> "
        + "see message-id <eve@example.net>"))
        .containsExactly("jane@example.com", "jane@example.com", "bob@example.org",
            "eve@example.net");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "élodie.lefèvre@laposte.net", "jürgen.müller@web.de", "info@müller-shop.de", "josé@correo.es"
  })
  void findsAddressesWithAccentedLettersWhole(String address) {
    // a finding that began after the accented letter left the start of the name in the output
    assertThat(Detected.values("EMAIL", "Courriel : " + address + ", merci")).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\\u00e9lodie.lef\\u00e8vre@example.fr", "j\\u00fcrgen@web.de", "jos\\\\u00e9@correo.es",
    "jane@m\\u00fcller-shop.de", "\\u00e9lodie@\\u00e9cole.caf\\u00e9.fr"
  })
  void findsAddressesWithLettersWrittenAsJsonEscapesWhole(String address) {
    // Python's json.dumps escapes every non-ASCII letter; the address began after the last one
    assertThat(Detected.values("EMAIL", "{\"text\":\"Contact: " + address + "\"}"))
        .containsExactly(address);
    assertThat(Detected.values("EMAIL", "{\"text\":\"Thanks\\n" + address + "\"}"))
        .containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jane@example.com\\u307e\\u3067\\u3054\\u9023\\u7d61\\u304f\\u3060\\u3055\\u3044",
    "\\u8bf7\\u53d1\\u5230jane@example.com\\u8c22\\u8c22\\u60a8\\u7684\\u5e2e\\u52a9",
    "\\u3054\\u9023\\u7d61\\u306fjane@example.com\\u3078",
    "\\u0e2d\\u0e35\\u0e40\\u0e21\\u0e25jane@example.com\\u0e04\\u0e48\\u0e30"
  })
  void escapedTextOfAScriptWrittenWithoutSpacesIsNoPartOfAnAddress(String text) {
    // Python's json.dumps escapes Japanese, Chinese and Thai, which run right up to the address
    assertThat(Detected.values("EMAIL", "{\"content\":\"" + text + "\"}"))
        .containsExactly("jane@example.com");
  }

  @Test
  void anAddressReachesNoFartherBackThanTheScanHoldsFindings() {
    // 45 escaped letters are 270 units: findings that far behind the @ are already released
    String text = "{\"to\": \"\\u00e9415-555-2671" + "\\u00e9".repeat(45) + "@example.fr\"}";
    List<String> found = Detected.in(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).isEqualTo("PHONE 415-555-2671");
    assertThat(found.get(1)).startsWith("EMAIL \\u00e9").endsWith("@example.fr")
        .as("no overlap with the phone").doesNotContain("2671");
  }

  @Test
  void quotesAroundAnAddressAreNotPartOfIt() {
    assertThat(Detected.values("EMAIL", "«jane@example.com» “bob@example.org”"))
        .containsExactly("jane@example.com", "bob@example.org");
  }

  @Test
  void addressAtTheEndOfASentenceLeavesTheFullStopOut() {
    assertThat(Detected.in("Mail me at jane@example.com."))
        .containsExactly("EMAIL jane@example.com");
  }

  @Test
  void addressInJsonAndAngleBracketsIsFoundWithoutThePunctuation() {
    assertThat(Detected.in("{\"to\":\"jane@example.com\"} <bob@example.org>"))
        .containsExactly("EMAIL jane@example.com", "EMAIL bob@example.org");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "logo@2x.png", "icon@3x.webp", "photo@home.jpg", "user@localhost", "@example.com",
    "jane@", "jane@.com", "jane@-example.com", "jane@example-.com", "jane@example.c",
    "jane..doe@example.com", "jane.@example.com", "jane@example.123", "git@github.com:org/repo",
    "name@@example.com", "a@b"
  })
  void staysQuietOnThingsThatAreNotAddresses(String text) {
    assertThat(Detected.values("EMAIL", "see " + text + " here")).isEmpty();
  }

  @Test
  void addressFollowedByAColonOrAWordIsFound() {
    assertThat(Detected.values("EMAIL", "mail jane@example.com: thanks")).containsExactly("jane@example.com");
    assertThat(Detected.values("EMAIL", "mail jane@example.com today")).containsExactly("jane@example.com");
  }

  @Test
  void gitRemoteWithAnAbsolutePathIsNotAnAddress() {
    assertThat(Detected.values("EMAIL", "clone git@example.com:/srv/repo.git now")).isEmpty();
  }

  @Test
  void labelsDomainsAndTopLevelDomainsAreFoundUpToTheirLongestLengths() {
    String label63 = "a".repeat(63);
    String domain253 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
    String topLevel24 = "abcdefghijklmnopqrstuvwx";

    assertThat(Detected.values("EMAIL", "to jane@" + label63 + ".com now")).hasSize(1);
    assertThat(Detected.values("EMAIL", "to jane@" + label63 + "a.com now")).isEmpty();
    assertThat(Detected.values("EMAIL", "to jane@" + domain253 + " now")).hasSize(1);
    assertThat(Detected.values("EMAIL", "to jane@d" + domain253 + " now")).isEmpty();
    assertThat(Detected.values("EMAIL", "to jane@example." + topLevel24 + " now")).hasSize(1);
    assertThat(Detected.values("EMAIL", "to jane@example." + topLevel24 + "y now")).isEmpty();
  }

  @Test
  void dotsBeforeTheAddressAreLeftOut() {
    assertThat(Detected.values("EMAIL", "wait ...jane@example.com")).containsExactly("jane@example.com");
  }

  @Test
  void addressRightAfterAnEllipsisIsFound() {
    assertThat(Detected.values("EMAIL", "and so on...jane@example.com")).containsExactly("jane@example.com");
    assertThat(Detected.values("EMAIL", "write to me....bob@example.org")).containsExactly("bob@example.org");
  }

  @Test
  void domainWhoseFirstLabelIsXIsNotAnImageScale() {
    assertThat(Detected.values("EMAIL", "mail bob@x.com now")).containsExactly("bob@x.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "email=jane.doe@example.com status=sent", "GET /api/customers?email=jane.doe@example.com",
    "Customer{email='jane.doe@example.com'}", "MDC{user=jane.doe@example.com}",
    "to=jane.doe@example.com", "#jane.doe@example.com", "|jane.doe@example.com|"
  })
  void keysAndPunctuationBeforeAnAddressAreNotPartOfIt(String text) {
    assertThat(Detected.values("EMAIL", text)).containsExactly("jane.doe@example.com");
  }

  @Test
  void anApostropheInsideTheLocalPartBelongsToIt() {
    assertThat(Detected.values("EMAIL", "write to o'brien@example.com today"))
        .containsExactly("o'brien@example.com");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{\"email\":\"o\\u0027brien@example.ie\"}                       | o\\u0027brien@example.ie",
    "{\"email\":\"jane.doe\\u002Bshop@example.com\"}                | jane.doe\\u002Bshop@example.com",
    "{\"a\":\"{\\\"e\\\":\\\"o\\\\u0027brien@example.ie\\\"}\"}          | o\\\\u0027brien@example.ie",
    "<email>o&apos;brien@example.com</email>                        | o&apos;brien@example.com",
    "<email>o&#39;brien@example.com</email>                         | o&#39;brien@example.com",
    "<email>jane.doe&#43;shop@example.com</email>                   | jane.doe&#43;shop@example.com",
    "<email>jane.doe&#x2B;shop@example.com</email>                  | jane.doe&#x2B;shop@example.com",
    "write to jane\\_doe@example.com                                | jane\\_doe@example.com",
    "{\"md\":\"write to jane\\\\_doe@example.com\"}                  | jane\\\\_doe@example.com",
    "email=j%C3%BCrgen.m%C3%BCller%40example.de&x=1                 | j%C3%BCrgen.m%C3%BCller%40example.de",
    "mailto:j%C3%BCrgen@example.de                                  | j%C3%BCrgen@example.de",
    "{\"html\":\"o\\u0026#39;brien\\u0026#64;example.com\"}           | o\\u0026#39;brien\\u0026#64;example.com",
  })
  void aCharacterEscapedInTheLocalPartKeepsTheAddressWhole(String text, String address) {
    // the address began after the escape and left the start of the name in clear
    assertThat(Detected.values("EMAIL", text)).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"q\":\"\\u0027jane@example.com\\u0027\"}", "<p>&#39;jane@example.com&#39;</p>",
    "q=%2Bjane%40example.com", "q=%27jane%40example.com",
    "{\"html\":\"\\u0026#39;jane\\u0026#64;example.com\\u0026#39;\"}",
    "<p>&nbsp;jane@example.com</p>", "x=%E2%80%99jane%40example.com"
  })
  void anEscapedQuoteOrSignBeforeAnAddressIsNoPartOfIt(String text) {
    assertThat(Detected.values("EMAIL", text)).singleElement().asString()
        .startsWith("jane").doesNotEndWith(";").doesNotEndWith("7");
  }

  @Test
  void anAddressInHtmlThatJsonEscapedIsFound() {
    // Gson escapes the & of &#64;: nothing was found
    assertThat(Detected.values("EMAIL",
        "{\"html\":\"\\u003cp\\u003ejane.doe\\u0026#64;example.com\\u003c\\/p\\u003e\"}"))
        .containsExactly("jane.doe\\u0026#64;example.com");
    assertThat(Detected.values("EMAIL", "{\"html\":\"jane.doe\\u0026#x40;example.com\"}"))
        .containsExactly("jane.doe\\u0026#x40;example.com");
    assertThat(Detected.values("EMAIL", "{\"html\":\"issue \\u0026#64; 2x, 50\\u0026#64;\"}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Kerberos: Principal: HTTP/shop.example.com@EXAMPLE.COM",
    "kinit: kafka/broker-0.kafka.svc.cluster.local@EXAMPLE.COM",
    "principal=\"nn/host.example.com@EXAMPLE.COM\";", "{\"log\":\"login\\nHTTP/a.example.com@EXAMPLE.COM\"}"
  })
  void aKerberosServicePrincipalIsNoAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Principal: jane.doe@EXAMPLE.COM                     | jane.doe@EXAMPLE.COM",
    "GET /api/users/jane.doe@EXAMPLE.COM HTTP/1.1        | jane.doe@EXAMPLE.COM",
    "https://host/HTTP/a.example.com@EXAMPLE.COM         | a.example.com@EXAMPLE.COM",
    "Sabre 9/JANE.DOE@EXAMPLE.COM-E                      | JANE.DOE@EXAMPLE.COM",
    "HR/jane@EXAMPLE.COM                                 | jane@EXAMPLE.COM",
    "ops/jane.doe@example.com                            | jane.doe@example.com",
  })
  void aUserPrincipalAndASlashOfAPathBeforeAnAddressLeaveItAnAddress(String text, String address) {
    assertThat(Detected.values("EMAIL", text)).containsExactly(address);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "user=jane.doe@…                             | jane.doe@",
    "user=jane.doe@exam...                        | jane.doe@exam",
    "{\"msg\":\"to jane_doe@exam\\u2026\"}          | jane_doe@exam",
    "user=jane.doe@example.c… (cut)              | jane.doe@example.c",
  })
  void anAddressCutShortWithAnEllipsisIsFoundAsFarAsWritten(String text, String address) {
    // the name before the @ was left in clear
    assertThat(Detected.values("EMAIL", text)).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ssh user@…", "see user@...", "this@...", "icon.dark@2x.png...",
    "user=jane.doe@exampl", "npm i lodash.debounce@latest", "java.lang.Object@1b6d3586",
    "@Override", "@media (max-width: 600px) {"
  })
  void aWordBeforeAnEllipsisOrACutWithoutOneIsNoAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "redis://default@redis-master.cache.svc.cluster.local:6379/0", "ssh://git@github.com/org/repo.git",
    "postgresql://shop_app@db.internal.example/shop", "pkg:maven/io.netty/netty-all@4.1.100.Final",
    "spring-core@6.1.2.RELEASE", "redirect=redis%3A%2F%2Fdefault%40cache.example.com",
    "postgres://shop_app:S3cr3t-pw@db.internal.example:5432/shop"
  })
  void theUserOfAUriAndAPackageVersionAreNotAddresses(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "pls send the invoice to _jane.doe@example.com_ not the old one",
    "pls send the invoice to __jane.doe@example.com__.", "_jane.doe@example.com_"
  })
  void underscoresOfMarkdownEmphasisAroundAnAddressAreNotPartOfIt(String text) {
    assertThat(Detected.values("EMAIL", text)).containsExactly("jane.doe@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe@example.com_x", "jane@example.com_", "_jane@example.com_x"})
  void anUnderscoreGluedToTheDomainOtherwiseStillRulesItOut(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @Test
  void aTokenAsThePasswordOfAUriIsASecretNotAnAddress() {
    String token = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
    assertThat(Detected.in("Fetching https://x-access-token:" + token + "@github.com/acme/x.git"))
        .containsExactly("SECRET " + token);
    assertThat(Detected.values("EMAIL", "mailto:jane.doe@example.com?subject=Order"))
        .containsExactly("jane.doe@example.com");
  }

  @Test
  void aDomainWithOneNumericLabelIsAnAddress() {
    assertThat(Detected.values("EMAIL", "write to jane@163.com or li@mail.126.com"))
        .containsExactly("jane@163.com", "li@mail.126.com");
    assertThat(Detected.values("EMAIL", "spring.mail.from=no-reply@shop.example.com"))
        .containsExactly("no-reply@shop.example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Started getty@tty1.service.", "Started user-runtime-dir@1000.service - x",
    "openvpn@server.socket"})
  void systemdUnitsAreNotAddresses(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /api/customers?email=jane.doe%40example.com&page=2 HTTP/1.1",
    "GET /reset?to=JANE%40EXAMPLE.COM", "q=jane.doe%2Borders%40example.com&x=1",
    "GET /reset?to=jane%40163.com"
  })
  void anAddressPercentEncodedInAUrlIsFound(String text) {
    int at = text.indexOf("%40");
    int start = text.lastIndexOf('=', at) + 1;
    int end = text.indexOf('&', at) < 0 ? (text.indexOf(' ', at) < 0 ? text.length() : text.indexOf(' ', at))
        : text.indexOf('&', at);
    assertThat(Detected.values("EMAIL", text)).containsExactly(text.substring(start, end));
  }

  @Test
  void aPlusBeforeAPercentEncodedAddressIsASpaceAndEndsItsLocalPart() {
    assertThat(Detected.in("text=Blocked+203.0.113.7+owned+by+jane%40example.com"))
        .containsExactly("IP_ADDRESS 203.0.113.7", "EMAIL jane%40example.com");
    assertThat(Detected.in("prompt=Refund+card+4111111111111111+to+jane.doe%40example.com"))
        .containsExactly("PAYMENT_CARD 4111111111111111", "EMAIL jane.doe%40example.com");
    assertThat(Detected.values("EMAIL", "reply to jane+orders@example.com"))
        .containsExactly("jane+orders@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /api/users/jane+shop%40example.com HTTP/1.1",
    "<a href=\"mailto:jane+shop%40example.com\">"})
  void aPlusOutsideAFormValueIsPartOfAPercentEncodedAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).containsExactly("jane+shop%40example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100%40 of them", "a%40b", "logo%402x.png", "discount 50%400 items"})
  void otherPercentSignsBeforeFortyAreNoAddresses(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @Test
  void anAddressWithItsAtSignWrittenAsACharacterReferenceOrEscapeIsFound() {
    assertThat(Detected.values("EMAIL",
        "<a href=\"mailto:jane.doe&#64;example.com\">jane.doe&#64;example.com</a>"))
        .containsExactly("jane.doe&#64;example.com", "jane.doe&#64;example.com");
    assertThat(Detected.values("EMAIL", "Contact: jane.doe&#x40;example.com"))
        .containsExactly("jane.doe&#x40;example.com");
    assertThat(Detected.values("EMAIL", "Contact: JANE.DOE&#X40;EXAMPLE.COM."))
        .containsExactly("JANE.DOE&#X40;EXAMPLE.COM");
    assertThat(Detected.values("EMAIL", "{\"html\":\"<p>Mail jane.doe\\u0040example.com</p>\"}"))
        .containsExactly("jane.doe\\u0040example.com");
    assertThat(Detected.values("EMAIL",
        "{\"args\":\"{\\\"to\\\":\\\"jane.doe\\\\u0040example.com\\\"}\"}"))
        .containsExactly("jane.doe\\\\u0040example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"issue &#64; 2x", "&#64;example.com", "x&#64;", "0x40 &#x40;1",
      "\\u0040", "a\\u0040b", "fix #64; see 0x40;"})
  void characterReferencesForAnAtSignWithoutAnAddressAroundAreNoAddresses(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @Test
  void anAddressAfterAPercentEncodedUrlIsFoundWithoutIt() {
    assertThat(Detected.values("EMAIL",
        "GET /login?next=https%3A%2F%2Fshop.example.com%2Faccount%3Fuser%3Djane.doe@example.com HTTP/1.1"))
        .containsExactly("jane.doe@example.com");
    assertThat(Detected.values("EMAIL",
        "redirect=https%3A%2F%2Fapp.example.com%2Fprofile%3Femail%3Djane%40example.com"))
        .containsExactly("jane%40example.com");
    assertThat(Detected.values("EMAIL", "next=%2Fsettings%3Femail%3Djane%40example.com"))
        .containsExactly("jane%40example.com");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Sabre 9/415-555-0132-A 9/JANE.DOE@EXAMPLE.COM-E | JANE.DOE@EXAMPLE.COM",
    "cache key=user:jane.doe@example.com-1730542530 | jane.doe@example.com",
    "deploy by ops@acme.io-prod finished | ops@acme.io",
    "Thanks jane.doe@example.com--I'm away until Monday | jane.doe@example.com"
  })
  void aSuffixGluedToTheTopLevelDomainByADashIsLeftOut(String text, String address) {
    assertThat(Detected.values("EMAIL", text)).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"git@github.com-work:org/repo.git", "url = git@gitlab.com-personal:me/dots.git"})
  void aGitRemoteThroughAHostAliasIsNoAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @Test
  void aPercentSignThatStartsNoEscapeStaysInTheLocalPart() {
    assertThat(Detected.values("EMAIL", "write to jane%smith@example.com today"))
        .containsExactly("jane%smith@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jiří.dvořák@seznam.cz", "o.konečná@seznam.cz", "łukasz.kowalski@wp.pl",
    "şule.yılmaz@gmail.com", "anna@poczta.wrocław.pl", "jan@dvořák.cz", "ivan.petrov@почта.рф",
    "пользователь@пример.рф", "γιάννης@example.gr", "jane@mail.xn--p1ai",
  })
  void anAddressWithLettersBeyondLatin1IsFoundWhole(String address) {
    assertThat(Detected.values("EMAIL", "write to " + address + " today"))
        .containsExactly(address);
  }

  @Test
  void aLocalPartOfSixtyFourLettersOfThreeOrFourBytesIsFoundWholeInUtf8Too() {
    String georgian = "\u10d0".repeat(60) + "@example.ge";
    String mathLetters = "\ud835\udc23".repeat(33) + "@example.com";
    assertThat(Detected.values("EMAIL", "to " + georgian + " now")).containsExactly(georgian);
    assertThat(Detected.values("EMAIL", "to " + mathLetters + " now")).containsExactly(mathLetters);
  }

  @ParameterizedTest
  @ValueSource(strings = {"邮箱jane@example.com", "jane@example.com的邮箱", "メールjane@example.comまで"})
  void textOfAScriptWithoutSpacesIsNoPartOfTheAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).containsExactly("jane@example.com");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "jane.doe@gmail.com:password123                                 | jane.doe@gmail.com",
    "{\"user\":\"jane@example.com:admin\"}                          | jane@example.com",
    "<!--jane@example.com-->                                        | jane@example.com",
    "contact jane&#064;example.com                                  | jane&#064;example.com",
    "imaps://jane%40example.com@imap.example.com                    | jane%40example.com",
    "smtp://jane%40example.com:Sup3rS3cret!@smtp.gmail.com:587      | jane%40example.com",
    "mail jane@2x.com or info@10x.ai                                | jane@2x.com",
    "Support@cafe24.com                                             | Support@cafe24.com",
    "Jane@abc123.com                                                | Jane@abc123.com",
    "jane@example.com(Jane Doe)                                     | jane@example.com",
    "jane.doe@contoso.local                                         | jane.doe@contoso.local",
    "jane@example.com:10/2024                                       | jane@example.com",
    "wrote /tmp/jane.doe@example.com.html                           | jane.doe@example.com",
    "export jane@example.com.tar.gz                                 | jane@example.com",
    "avatar jane@example.co.uk.png                                  | jane@example.co.uk",
  })
  void anAddressBeforeAColonADashOrAsTheUserOfAUriIsFound(String text, String address) {
    assertThat(Detected.values("EMAIL", text)).first().isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "git@github.com: Permission denied (publickey).", "ssh -T git@github.com",
    "rsync -a deploy@backup.example.com:/srv/dumps .", "scp x ops@files.example.com:~/in",
    "this@MainActivity.getString(R.string.app_name)", "super@Outer.toString()",
    "Glide.with(this@ProfileActivity.applicationContext).load(url)",
    "closing KafkaConsumer@4c3e4790.poll", "class=\"col-@Model.Width\"",
    "{\"messageId\":\"<0102018f@mail.example.com>\"}", "message_id=<abc.123@mail.example.com>",
    "X-Google-Original-Message-ID: <abc.123@mail.example.com>",
    "{'Message-ID': '<abc.123@mail.example.com>', 'From': 'x'}",
    "x@y.js", "data@v2.json", "backup@2024-01-01.tar.gz", "src/components/Header@v2.vue",
    "root@localhost.localdomain", "gs://build-app-1414623860166/app%40debug-unaligned.apk",
    "zip -r foo foo -x@exclude.lst", "installer@2.1.msi",
  })
  void codeRemotesMessageIdsAndFileNamesAreNoAddresses(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe@example.zip", "jane.doe@example.mov"})
  void aTopLevelDomainNamedLikeAFileExtensionStaysAnAddress(String address) {
    assertThat(Detected.values("EMAIL", "mail " + address + " today")).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6a69c599 C3 80 AD 2e 64", "6a69 E0 83 80 61"})
  void bytesThatAreNotValidUtf8InALocalPartGiveTheAddressTheDecodedTextGives(String hex) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String unit : hex.split(" ")) {
      for (int k = 0; k < unit.length(); k += 2) {
        out.write(Integer.parseInt(unit.substring(k, k + 2), 16));
      }
    }
    out.writeBytes("jane@seznam.cz end".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();
    String decoded = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    List<String> fromBytes = new java.util.ArrayList<>();
    Detected.ENGINE.scanUtf8(bytes, 0, bytes.length, (type, from, to) -> fromBytes.add(
        new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8)));
    List<String> fromChars = new java.util.ArrayList<>();
    Detected.ENGINE.scan(decoded, (type, from, to) -> fromChars.add(decoded.substring(from, to)));

    assertThat(fromBytes).isEqualTo(fromChars).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "contact/jane.doe@EXAMPLE.COM | jane.doe@EXAMPLE.COM", "EMAIL/JANE.DOE@EXAMPLE.COM | JANE.DOE@EXAMPLE.COM",
    "support/JANE.DOE@ACME.COM | JANE.DOE@ACME.COM"
  })
  void anAddressAfterAWordAndASlashIsNoServicePrincipalUnlessItNamesAHost(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("EMAIL", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java.lang.Object@...", "com.example.OrderService@…"})
  void aClassNameCutWithAnEllipsisIsNoAddress(String text) {
    assertThat(Detected.values("EMAIL", text)).isEmpty();
  }
}
