package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "192.168.0.1", "8.8.8.8", "1.0.0.1", "126.255.255.254", "128.0.0.1", "239.255.255.250",
    "10.20.30.40",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::8a2e:370:7334", "fe80::1",
    "::ffff:192.168.1.1", "64:ff9b::192.0.2.33", "6e40:4041:c617:e898:c11:40d2:c669:2eb4",
    "2001:DB8:0:0:8:800:200C:417A", "2001:db8::"
  })
  void findsIpv4AndIpv6Addresses(String address) {
    assertThat(Detected.values("IP_ADDRESS", "from " + address + ", again")).containsExactly(address);
  }

  @org.junit.jupiter.api.Test
  void addressesAtTheEndOfASentenceLeaveTheFullStopOut() {
    assertThat(Detected.values("IP_ADDRESS", "Use 2001:db8::8a2e:370:7334. Or 10.0.0.1."))
        .containsExactly("2001:db8::8a2e:370:7334", "10.0.0.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "version 1.2.3.4", "v1.2.3.4", "12:30:45",
    "2024-05-01T12:30:45Z", "00:1a:2b:3c:4d:5e", "00:1A:2B:3C:4D:5E:6F:70", "a::b::c",
    "1:2:3:4:5:6:7:8:9", "12345::1", "std::vector", "Note: see", "::1x", "1.2.3.4a"
  })
  void staysQuietOnTimesMacAddressesAndVersions(String text) {
    assertThat(Detected.values("IP_ADDRESS", "value " + text + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "0.0.0.0", "0.12.0.0", "127.0.0.1", "127.1.2.3", "240.1.2.3", "255.255.255.0",
    "255.255.255.255", "::", "::1", "0:0:0:0:0:0:0:1"
  })
  void addressesThatNameNoHostAreNotReported(String text) {
    assertThat(Detected.values("IP_ADDRESS", "listening on " + text + " now")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "see Section 6.1.7.1 of the spec", "per chapter 4.3.3.3:", "as clause 7.1.2.2 says"
  })
  void sectionNumbersAreNotAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.256", "1.2.3.01", "1.2.3.1234"})
  void theLastOctetIsCheckedLikeTheOthers(String text) {
    assertThat(Detected.values("IP_ADDRESS", "value " + text + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:1.2.3.256", "::ffff:1.2a.3.4", "::ffff:1.2.3", "::ffff:1.2.3.04", ":1:2"})
  void embeddedIpv4AndLeadingColonsAreCheckedInIpv6(String text) {
    assertThat(Detected.values("IP_ADDRESS", "value " + text + " end")).isEmpty();
  }

  @Test
  void embeddedIpv4OctetsGoUpTo255() {
    assertThat(Detected.values("IP_ADDRESS", "from ::ffff:1.2.3.255 again")).containsExactly("::ffff:1.2.3.255");
  }

  @ParameterizedTest
  @ValueSource(strings = {"client ip:%s port 443", "from:%s", "x:%s", "{ip:%s}", "remote_addr:%s", "code:%s", "peer_ipv6:%s"})
  void anIpv6AddressRightAfterALabelsColonIsFound(String template) {
    for (String address : new String[] {"2001:db8::1", "2001:db8:85a3::8a2e:370:7334",
        "fe80::1ff:fe23:4567:890a"}) {
      assertThat(Detected.in(template.formatted(address))).containsExactly("IP_ADDRESS " + address);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ts:2024-01-01T10:20::30", "at 01T10:20::30", "at:10:30:15"})
  void aLabelsColonBeforeNamesAndTimesFindsNoAddress(String text) {
    assertThat(Detected.in(text)).noneMatch(finding -> finding.startsWith("IP_ADDRESS "));
  }

  @Test
  void ipv6AddressFollowedByAColonIsFound() {
    assertThat(Detected.values("IP_ADDRESS", "host 2001:db8::1: connection refused"))
        .containsExactly("2001:db8::1");
    assertThat(Detected.values("IP_ADDRESS", "blocked 2001:0db8:85a3:0000:0000:8a2e:0370:7334: too many"))
        .containsExactly("2001:0db8:85a3:0000:0000:8a2e:0370:7334");
  }

  @ParameterizedTest
  @ValueSource(strings = {"std::Face::add(x)", "use dead::beef here", "Article 4.2.1.3 says",
    "see sections 4.2.1.3 and 5", "per paragraph 4.2.1.3"})
  void namesWithDoubleColonsAndArticleNumbersAreNotAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @Test
  void compressedAddressesWithDigitsAreStillFound() {
    assertThat(Detected.values("IP_ADDRESS", "from fe80::1 and 2001:db8::cafe"))
        .containsExactly("fe80::1", "2001:db8::cafe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vCenter 10.20.30.40", "buildHost: 10.20.30.40", "releaseServer 10.20.30.40"})
  void aCamelCaseKeyEndingInAnotherWordDoesNotMakeAnAddressAVersion(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("10.20.30.40");
  }

  @Test
  void aCamelCaseVersionKeyStillSaysVersion() {
    assertThat(Detected.values("IP_ADDRESS", "appVersion 1.2.3.4 and buildNumber 2.3.4.5")).isEmpty();
  }

  @Test
  void aFullAddressOfLettersOnlyIsFound() {
    assertThat(Detected.values("IP_ADDRESS", "from cafe:babe:dead:beef:cafe:babe:dead:beef now"))
        .containsExactly("cafe:babe:dead:beef:cafe:babe:dead:beef");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"name\":\"app\",\"version\": \"2.1.0.3\"}", "versionName \"2.1.0.3\"", "firmware: 2.1.0.3",
    "pip install numpy==1.26.4 torch==2.2.1.0", "pandas~=2.1.0.3", "requires foo>=2.1.0.3",
    "Linux host 5.15.146.1-microsoft-standard-WSL2 #1 SMP", "version number is 2.1.0.3",
  })
  void aVersionThatALabelOrAPinLeadsToOrAWordFollowsIsNoAddress(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "version 2 of the API answered from 10.1.2.3", "upstream=10.1.2.3", "host: 10.1.2.3-10.1.2.9",
    "release notes mailed to 10.1.2.3", "up 10.1.2.3-eth0", "fw 10.1.2.3 blocked",
    "Intentos de acceso fallidos para 10.1.2.3",
  })
  void anAddressAfterAVersionWordThatDoesNotLeadToItIsFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).contains("10.1.2.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Connected to shop-db/10.42.3.17:5432", "Connection refused: partner-api/203.0.113.77:443",
    "initialized for redis-master/10.42.3.40:6379", "bootstrap kafka-0/10.42.3.18:9092 up"
  })
  void findsTheAddressJavaPrintsAfterAHostNameWithoutADotWhenAPortFollows(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[INFO] +- com.oracle.database.jdbc:ojdbc8:jar:19.3.0.0:compile",
    "implementation 'com.ibm.mq:com.ibm.mq.allclient:9.3.4.1'",
    "Could not find artifact com.shop:shop-common:jar:2.0.1.3 in nexus",
    "image: registry.example.com/app:2.1.0.3", "docker pull myrepo/app:1.4.2.7",
    "Current version of schema \"public\": 2.3.1.0", "Unpacking libfoo (1.2.3.57+dfsg1-2+b4) ...",
    "Chrome/120.0.0.0 is no host"
  })
  void versionsOfCoordinatesImagesPackagesAndSchemasAreNoAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ip:203.0.113.7", "client=203.0.113.7:443", "{\"remote\":\"203.0.113.7\"}",
    "Client address: 203.0.113.7", "peer host:203.0.113.7 closed", "release notes mailed from: 203.0.113.7 x"
  })
  void anAddressAfterAKeysColonIsStillFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("203.0.113.7");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "TLS version mismatch, peer: 203.0.113.7", "Protocol version negotiated with client: 203.0.113.7",
    "Checking version compatibility for peer: 203.0.113.7", "app version=1.2.3 remote_addr: 203.0.113.7",
    "client/ip:203.0.113.7", "eth0:ip:203.0.113.7", "user:host:203.0.113.7", "dns:udp:203.0.113.7"
  })
  void anAddressAfterAVersionWordElsewhereOrAnAddressKeyIsFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("203.0.113.7");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[client 2001:db8::5:54321] AH01630: client denied",
    "haproxy[1234]: 2001:db8::5:54321 [02/Jan/2024:10:00:00.123] http-in",
    "Error: connect ECONNREFUSED 2001:db8::5:27017",
    "Failed to connect to api.example.com/2001:db8:0:0:0:0:0:5:443",
    "IP6 2001:db8::5.54321 > 2001:db8::9.443: Flags [S]",
  })
  void anIpv6AddressFollowedByAPortWithoutBracketsIsFoundWithoutThePort(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).first().isIn("2001:db8::5", "2001:db8:0:0:0:0:0:5");
  }

  @Test
  void tcpdumpAndNetstatPortsAfterADotLeaveBothAddressesFound() {
    assertThat(Detected.values("IP_ADDRESS",
        "10:00:00.123456 IP 192.168.1.23.54321 > 203.0.113.5.443: Flags [S], seq 1"))
        .containsExactly("192.168.1.23", "203.0.113.5");
    assertThat(Detected.values("IP_ADDRESS",
        "tcp4       0      0  192.168.1.23.54321     17.253.144.10.443      ESTABLISHED"))
        .containsExactly("192.168.1.23", "17.253.144.10");
    assertThat(Detected.values("IP_ADDRESS", "tcp6  0  0  2001:db8::5.22  2001:db8::9.54321  ESTABLISHED"))
        .containsExactly("2001:db8::5", "2001:db8::9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OID 1.3.6.1.4.1 and 1.2.3.4.54321 at the end", "see 2.1.0.3.65536 > 1"})
  void aFifthDottedGroupIsAPortOnlyInTheShapeOfTcpdumpOrNetstat(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "::ffff:203.0.113.5:54321", "INFO:werkzeug:203.0.113.5 - - [02/Jan/2024 10:00:00] \"GET /\"",
    "ERROR:root:203.0.113.5 unreachable", "DEBUG:urllib3.connectionpool:203.0.113.5:8080 \"GET\"",
  })
  void anAddressAfterAMappedPrefixOrAPythonLogLevelAndLoggerIsFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).singleElement().asString().endsWith("203.0.113.5");
  }

  @Test
  void aZeroPaddedMappedAddressAfterALabelIsFoundWhole() {
    assertThat(Detected.values("IP_ADDRESS", "addr:0000:0000:0000:0000:0000:ffff:192.168.100.200"))
        .containsExactly("0000:0000:0000:0000:0000:ffff:192.168.100.200");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DHCP range 192.168.1.100-192.168.1.200", "The scan covered 192.168.1.100\u2013192.168.1.200",
    "The pool 192.168.1.100..192.168.1.200 is exhausted",
  })
  void bothAddressesOfARangeAreFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("192.168.1.100", "192.168.1.200");
  }

  @Test
  void anAddressAfterAnEllipsisIsFound() {
    assertThat(Detected.values("IP_ADDRESS", "Connecting...203.0.113.5 and then...2001:db8::5"))
        .containsExactly("203.0.113.5", "2001:db8::5");
    assertThat(Detected.values("IP_ADDRESS", "established between 10.0.0.5[CN=gw]...203.0.113.5[CN=client]"))
        .containsExactly("10.0.0.5", "203.0.113.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ssh -L 5432:10.20.30.40:5432 deploy@bastion", "ssh -N -L 127.0.0.1:8080:10.20.30.40:80 bastion",
    "curl -v 10.20.30.40:8080", "nc -v 10.20.30.40 5432", "ping --v 10.20.30.40",
  })
  void anAddressAfterAForwardedPortOrTheVerboseFlagIsFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("10.20.30.40");
  }

  @ParameterizedTest
  @ValueSource(strings = {"libfoo 1:2.3.4.5-1 installed", "at 12:30:10.1.2.3 ok"})
  void aDebianEpochOrATimeBeforeADottedNumberIsNoForwardedPort(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "grpc peer ipv6:%5B2001:db8::5%5D:50051", "http://%5B2001:db8::5%5D:8080/", "\u5730\u5740:2001:db8::5",
    "IP-\u0430\u0434\u0440\u0435\u0441:2001:db8::5", "[client]:2001:db8::5", "\"ip\":2001:db8::5",
  })
  void anIpv6AddressInEncodedBracketsOrAfterAnotherLabelsColonIsFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("2001:db8::5");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "odd = arr[1::2]", "evens, odds = xs[0::2], xs[1::2]", "y = x[10::10]", "arr[100::250]",
    "connect ECONNREFUSED ::1:5432", "Error: connect ECONNREFUSED ::1:3000",
  })
  void slicesAndTheLoopbackWithAPortAreNoAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @Test
  void twoShortDecimalGroupsAfterALabelAreAnAddress() {
    assertThat(Detected.values("IP_ADDRESS", "subjectAltName = IP:13::17")).containsExactly("13::17");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#3: ObjectId: 2.5.29.15 Criticality=true", "#define GNUTLS_X509EXT_OID_SAN \"2.5.29.17\"",
    "#define szOID_SUBJECT_ALT_NAME2 \"2.5.29.17\"", "cert.getExtensionValue(\"2.5.29.17\")",
    "see \u00a75.4.1.2 for details", "\u00a7 1.2.3.4 Abs. 2", "// 27.6.1.1 paragraph 3",
    "per 17.4.4.4 para. 2", "(sections 3.1.3.6, 3.2.2.10 and 3.3.2.11)", "Revision: 2.0.1.3",
    "--patch_revision=6.9.2.1", "pkg:maven/com.google.android/annotations@4.1.1.4?type=jar",
    "pkg:nuget/Newtonsoft.Json@13.0.1.1", "foo<=2.1.0.1", "pywin32>=1.2.3.4,<2.0.0.0",
    "Version=\"[1.2.3.4, 2.0.0.0)\"",
  })
  void objectIdsSectionNumbersAndVersionsThatOtherSignsMarkAreNoAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "from 10.0.0.1, 10.20.30.40", "ssh deploy@10.20.30.40", "ANDROID_HOST \"10.20.30.40\"",
    "getExtensionValue(\"10.20.30.40\")", "10.20.30.40 para bloquear",
  })
  void anAddressNearSuchSignsIsStillFound(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).contains("10.20.30.40");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "version 3.1.0.2, 203.0.113.5 and 203.0.113.6 | 203.0.113.6",
    "ssh -NL localhost:5432:10.0.0.5:5432 bastion  | 10.0.0.5",
    "Ver: 1.2.3.4, 10.0.0.5                        | 10.0.0.5",
    "Firmware version 4.1.0.3, 8.8.8.8 unreachable | 8.8.8.8",
    "ssh -o LocalForward=5432:10.0.0.5:5432 bastion | 10.0.0.5",
    "PTR rev 203.0.113.5                           | 203.0.113.5",
    "ssh -L 5432:10.0.0.5:5432 bastion             | 10.0.0.5",
    "ssh -L5432:10.0.0.5:5432 bastion              | 10.0.0.5"
  })
  void anAddressAfterAVersionListOrAnSshOptionIsFound(String text, String address) {
    assertThat(Detected.values("IP_ADDRESS", text)).contains(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://github.com/org/repo/compare/1.2.3.4...1.2.3.5", "app -V 1.2.3.4",
    "libfoo 10:2.3.4.5", "foo.py:123:1.2.3.4", "score 16:9.1.2.3"
  })
  void versionsOfACompareLinkAVersionFlagAndNumbersAfterAColonAreNoAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=Blocked+203.0.113.7+owned+by+jane", "text=from+203.0.113.7+today"})
  void anAddressBetweenPlusSignsOfAFormIsNoVersionWithBuildMetadata(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("203.0.113.7");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Konto 4000 | Erlöse | 1.131.155.154,31 €", "Umsatz Q4: 4.133.170.241 EUR",
    "Umsatz 1.234.100.200 EUR", "Umsatz 1.234.100.200", "Betrag: EUR 1.234.100.200",
    "Summe 2024: 1.234.100.200", "4000;Erlöse;1.131.155.154,31;H", "| 1.131.155.154,31 |",
    "€ 1.234.100.200", "Gesamt 1.234.100.200\u00a0€"
  })
  void amountsWithDotsBetweenThousandsAreNoAddresses(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "hosts 10.0.0.1,10.0.0.2      | 10.0.0.1",
    "hosts 10.0.0.1, 10.0.0.2     | 10.0.0.2",
    "203.0.113.5,80,tcp,allow     | 203.0.113.5",
    "src=10.0.0.1,22              | 10.0.0.1",
    "Umsatz von 10.0.0.1 gemeldet | 10.0.0.1",
    "Europe 10.0.0.1 eu-west      | 10.0.0.1"
  })
  void addressesInListsAndRowsAreStillFoundNextToCommasAndWords(String text, String address) {
    assertThat(Detected.values("IP_ADDRESS", text)).contains(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ip=203.0.113.5 EUR 12.00", "payment EUR 203.0.113.5",
    "upstreams=203.0.113.5,80;203.0.113.6,80;", "server;203.0.113.5,22;ssh",
    "client_ip=203.0.113.5 eur"})
  void anAddressIsNoAmountBesideACurrencyUnlessItsGroupsAreThousands(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).contains("203.0.113.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ip=192.168.178.120 EUR 12.00", "client_ip=192.168.178.120 EUR 12.00",
    "payment ok from 192.168.178.120 EUR 12.00", "upstreams=192.168.178.120,80;"})
  void anAddressNamedAsOneIsNoAmountEvenInThousands(String text) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly("192.168.178.120");
  }
}
