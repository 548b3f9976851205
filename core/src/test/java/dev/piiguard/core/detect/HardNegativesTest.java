package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Things that look like personal data to a pattern but are not, in the sentences they come in. */
class HardNegativesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "Your order #112-4827361-5530412 has shipped.", "Order number: 4000123456789010",
    "Invoice INV-2024-000123 is due on 2024-06-30.", "invoice no. 5105105105105100 attached",
    "Tracking number 1Z999AA10123456784 (UPS)", "tracking: 449044304137821",
    "USPS tracking 9400 1000 0000 0000 0000 00", "FedEx tracking 123456789012",
    "request_id=123e4567-e89b-12d3-a456-426614174000", "trace 550e8400-e29b-41d4-a716-446655440000",
    "2024-05-01T12:30:45.123Z", "at 12:30:45 on 01/05/2024", "Mon, 01 May 2024 12:30:45 +0000",
    "\"created\": 1715000000, \"ts\": 1715000000123", "epoch millis 1700000000000",
    "commit 3f9c2a1b7e4d5c6f8091a2b3c4d5e6f708192a3b", "fixed in a1b2c3d and 0123456789abcdef",
    "<img src=\"logo@2x.png\">", "icons/arrow@3x.webp", "MAC 00:1A:2B:3C:4D:5E",
    "mac=00-1a-2b-3c-4d-5e", "version 1.2.3.4", "v2.10.4", "Windows 10.0.19045.3693",
    "Chrome/120.0.6099.109 Safari/537.36", "lib-1.2.3.jar", "sha256:9f86d081884c7d659a2feaa0c55ad015",
    "ISBN 978-0-306-40615-7", "price $1,299.99, 12% off, 3.5 stars", "call stack depth 12",
    "IMEI 35-209900-176148-1", "serial number 4111111111111111", "Room 1234, floor 5",
    "coordinates 52.5200, 13.4050", "std::vector<int> and a::b::c", "See RFC 2616 section 14.9",
    "Your order #112-415-555-2671 has shipped.", "installed myapp-10.2.0.1 today"
  })
  void staysQuiet(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Bestellung ORD_2024_0315_0042 bezahlt", "order_id=4000_1234_5678_9010", "invoice*2024*0042*0001",
    "Tracking 9400_1111_2222_3333_4444_55 via USPS", "upload_123e4567_e89b_12d3_a456_426614174000",
    "backup_2024_03_15_1200.tar.gz", "20240315_120000_4111.log", "v2_1_0_4111", "build*2024*1",
    "<img src=\"logo@2x.png\"> logo_2x_1111.png", "MAC 00_1A_2B_3C_4D_5E, 00*1a*2b*3c*4d*5e",
    "**Total:** 4,111 items * 1111 units", "5 * 1111 * 1111 * 1111 = 6855485231", "SKU 4111 \u2014 in stock",
    "2019 \u2014 2024 \u2014 2025 \u2014 2026", "Mã đơn hàng: 0912345678", "WA 98101, USA",
    "HP 0123 4567 printer", "telepon rusak 2024-03-15T12:00:00Z", "SĐT: 4111 1111 1111 1112"
  })
  void shopTextWithUnusualSeparatorsAndRegionalLabelsStaysQuiet(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "green  open   logs-app-2025.09.19-002682 KsYGbLPNRt8OGNJM27ZbPH   3   1  785712890       433703"
        + " 222.2mb 133.6gb",
    "yellow open   logs-app-2025.11.23-001771 X0ECqSsaQ2cveOQsV3QKYX   1   2  146716219       311786"
        + " 145.8mb 457.2gb",
    "green  open   logs-app-2025.11.27-001356 BVx7jXZtSSNsHHAT1vw5qn   1   0  509255765       912175"
        + " 141.4mb 32.3mb",
    "green  open   logs-app-2025.11.16-013367 4Q_gsdrKtpa89cLnc8_sMS   4   1  370157843       261079"
        + " 842.4mb 639.4mb",
    "green  open   logs-app-2025.09.20-000836 Dd3fZYB8H9_CeL6EwMJbyy   1   2   21228442       499305"
        + " 256.7kb 351.4mb",
    "green  open   logs-app-2025.11.19-018517 tUN6z72xGFN5kcjhTinEV7   2   2  435756273      "
        + " 314516 98.3mb 412.5mb"
  })
  void countsAfterARandomIdWhoseLettersSpellAPhoneOrSsnWordByChanceStayQuiet(String row) {
    assertThat(Detected.in(row)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "customerPhone: 4155552671", "ssnLast4=412-55-7890", "user_SSN=412557890",
    "PHONE_NUMBER=4155552671"
  })
  void keysThatNameAPhoneOrAnSsnStillLeadToIt(String text) {
    assertThat(Detected.in(text)).hasSize(1);
  }
}
