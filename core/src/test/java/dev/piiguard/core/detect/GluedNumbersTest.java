package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers written right after a word, with no space between them. */
class GluedNumbersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "card:4111111111111111 ok | PAYMENT_CARD 4111111111111111",
    "cc:5105105105105100 | PAYMENT_CARD 5105105105105100",
    "ssn:123-45-6789, | US_SSN 123-45-6789",
    "SSN:123-45-6789 | US_SSN 123-45-6789",
    "client:203.0.113.7 | IP_ADDRESS 203.0.113.7",
    "phone:415-555-2671 | PHONE 415-555-2671",
    "t:4111 1111 1111 1111 | PAYMENT_CARD 4111 1111 1111 1111",
    "ipv4:203.0.113.7 | IP_ADDRESS 203.0.113.7",
    "v=spf1 ip4:203.0.113.7 -all | IP_ADDRESS 203.0.113.7",
    "card1:4111111111111111 | PAYMENT_CARD 4111111111111111",
    "phone2:415-555-2671 | PHONE 415-555-2671"
  })
  void aValueAfterAKeyAndAColonIsFoundAsAfterASpace(String text, String finding) {
    assertThat(Detected.in(text)).containsExactly(finding);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "bin-4111111111111111.dat | PAYMENT_CARD 4111111111111111",
    "GET /cards/4111111111111111/charge | PAYMENT_CARD 4111111111111111",
    "card-4111-1111-1111-1111 | PAYMENT_CARD 4111-1111-1111-1111",
    "export.5105105105105100 | PAYMENT_CARD 5105105105105100",
    "https://shop.example.com/4111111111111111 | PAYMENT_CARD 4111111111111111"
  })
  void aCardGluedToAWordByADashDotOrSlashIsFound(String text, String finding) {
    assertThat(Detected.in(text)).containsExactly(finding);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ConnectException: Connection refused: api.openai.com/192.0.2.44:443 | 192.0.2.44",
    "remote=api.anthropic.com/192.0.2.45:443 local=/203.0.113.7:51234 | 192.0.2.45,203.0.113.7",
    "Connected to db-1.internal.example/10.20.30.40:5432 | 10.20.30.40",
    "failed to connect to api.shopapp.io/203.0.113.42 (port 443) from /10.0.2.16 (port 36890) | 203.0.113.42,10.0.2.16",
    "Connect to api.example.com:443 [api.example.com/203.0.113.9, api.example.com/203.0.113.10] failed | 203.0.113.9,203.0.113.10",
    "resolved api.openai.com/192.0.2.44 in 12 ms | 192.0.2.44"
  })
  void anIpv4AddressAfterAHostNameAndASlashIsFound(String text, String addresses) {
    assertThat(Detected.values("IP_ADDRESS", text)).containsExactly(addresses.split(","));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "myapp-10.2.0.1", "Chrome/120.0.0.0 Safari/537.36", "OPR/106.0.0.0", "SKU-123-45-6789",
    "model-4155552671", "trace 123e4567-e89b-12d3-abcd-501234567896", "at 12:30:45",
    "build 7:4111111111111111", "rev 3.4111111111111111", "GET /v2/4111111111111111",
    "{\"event\":\"payment-1712345678907\"}", "/admin/customers/5712345678903.json",
    "https://discord.com/channels/381870553235193850/1", "cc-1712345678907",
    "Java/17.0.9.1", "Mozilla/5.0 (X11) Chrome/120.0.0.0", "cdn.example.com/v/1.2.3",
    "docs.example.com/.1.2.3.4", "https://www.nuget.org/packages/System.Data.SQLite/1.0.118.0",
    "com.example.app/4.12.0.3 (iPhone; iOS 17.4)", "org.eclipse.core.runtime/3.29.0.1",
    "io.github.shopapp/1.2.3.4", "Microsoft.AspNetCore.App/8.0.1.0", "net.example.shop/2.1.0.7",
    "/root/.nuget/packages/microsoft.web.infrastructure/1.0.0.0/lib/net40/x.dll",
    "packages/system.data.sqlite.core/1.0.118.0/", "newtonsoft.json/13.0.1.2", "api.example.com/v2/1.2.3.4"
  })
  void otherNumbersGluedToAWordStayQuiet(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }
}
