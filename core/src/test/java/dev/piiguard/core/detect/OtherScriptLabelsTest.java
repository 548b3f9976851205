package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone and card labels in scripts other than Latin count right before a national number or a
 * card of an uncommon length, in chars and in UTF-8 bytes alike ({@link Detected} scans both).
 */
class OtherScriptLabelsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "電話番号：090-1234-5678 | 090-1234-5678",
    "電話: 020 7946 0958 | 020 7946 0958",
    "携帯： 07400 123456 | 07400 123456",
    "お問い合わせは携帯電話09012345678まで | 09012345678",
    "{\"電話\":\"03-1234-5678\"} | 03-1234-5678",
    "联系电话：138 0013 8000 | 138 0013 8000",
    "手机13800138000 | 13800138000",
    "휴대폰: 010-1234-5678 | 010-1234-5678",
    "전화번호 02-312-3456 | 02-312-3456",
    "Телефон: 8 (495) 123-45-67 | 8 (495) 123-45-67",
    "моб. 8 912 345-67-89 | 8 912 345-67-89",
    "ТЕЛ. 067 123 4567 | 067 123 4567",
    "τηλέφωνο: 210 123 4567 | 210 123 4567",
    "電話番号は03-1234-5678です。 | 03-1234-5678",
    "我的手机号码是13800138000，邮箱是li.wei@example.cn | 13800138000",
    "제 전화번호는 010-1234-5678입니다. | 010-1234-5678",
    "[14:13] Customer: ☎️ 020 7946 0958 | 020 7946 0958",
    "☎ 07400 123456 | 07400 123456",
    "رقم الهاتف: 050 123 4567 | 050 123 4567",
    "ติดต่อโทร 081 234 5678 | 081 234 5678",
    "\u095e\u094b\u0928: 098765 43210 | 098765 43210",
    "Jane Doe · Customer Care · 📞 020 7946 0958 | 020 7946 0958",
    "📱07700 900123 ✉️ jane@example.com | 07700 900123",
    "📲 Ruf mich an: 📱: 0151 23456789 | 0151 23456789",
    "✆ 01 23 45 67 89 | 01 23 45 67 89",
    "INFO OrderService - 顧客電話番号=090-1234-5678 | 090-1234-5678",
    "{'電話': '03-1234-5678'} | 03-1234-5678",
  })
  void aLabelInAnotherScriptRightBeforeTheNumberSaysItIsAPhone(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Позвоните мне: 8 (495) 123-45-67 | 8 (495) 123-45-67",
    "Звоните: 8 916 123-45-67 | 8 916 123-45-67",
    "Мій номер телефону: 050 123 45 67 | 050 123 45 67",
    "Зателефонуйте мені: 067 123 45 67 | 067 123 45 67",
    "واتساب: 050 123 4567 | 050 123 4567", "رقم جوالي 0501234567 | 0501234567",
    "טל': 03-123-4567 | 03-123-4567", "טל׳ 054-7654321 | 054-7654321",
    "휴대폰번호: 010-9876-5432 | 010-9876-5432", "핸드폰번호: 010-9876-5432 | 010-9876-5432",
    "연락처 번호: 010-9876-5432 | 010-9876-5432", "휴대폰 번호: 010-1234-5678 | 010-1234-5678",
  })
  void commonPhoneWordsInOtherScriptsCount(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "الهاتف: \u200f050 123 4567 | 050 123 4567",
    "رقم الهاتف:\u200f 050 123 4567 | 050 123 4567",
    "טלפון: \u200f050-234-5678 | 050-234-5678",
    "טלפון: \u200e050-234-5678 | 050-234-5678",
    "Телефон: \u200e8 916 123-45-67 | 8 916 123-45-67",
    "هاتف:\u061c 050 123 4567 | 050 123 4567",
    "טלפון: \u2066050-234-5678\u2069 | 050-234-5678",
  })
  void aMarkOfWritingDirectionBetweenTheLabelAndTheNumberIsAGap(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"content\": \"\\u96fb\\u8a71\\u756a\\u53f7\\uff1a090-1234-5678\"} | 090-1234-5678",
    "{\"content\": \"\\u0422\\u0435\\u043b\\u0435\\u0444\\u043e\\u043d: 8 (916) 123-45-67\"}"
        + " | 8 (916) 123-45-67",
    "{\"content\": \"\\u624b\\u673a\\uff1a138 0013 8000\"} | 138 0013 8000",
    "{\"content\": \"\\u6211\\u7684\\u624b\\u673a\\u53f7\\u662f13800138000\"} | 13800138000",
    "{\"content\": \"\\u05d8\\u05dc': 03-123-4567\"} | 03-123-4567",
    "{\"content\": \"\\u0627\\u0644\\u0647\\u0627\\u062a\\u0641: \\u200f050 123 4567\"}"
        + " | 050 123 4567",
    "{\"content\": \"\\ud83d\\udcde 020 7946 0958\"} | 020 7946 0958",
  })
  void aLabelInAnotherScriptWrittenAsJsonEscapesIsRead(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"content\": \"\\u6ce8\\u6587\\u756a\\u53f7\\uff1a0612345678\"}",
    "{\"content\": \"\\u041c\\u043e\\u0442\\u0435\\u043b 06 12 34 56 78\"}",
    "{\"content\": \"\\ud83c\\udf89 020 7946 0958\"}"
  })
  void otherWordsWrittenAsJsonEscapesAreNoPhoneLabels(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "注文番号：0612345678", "電話 は 後で、090-1234-5678", "数量 020 7946 0958",
    "Мотел 06 12 34 56 78", "заказ № 8 912 345-67-89", "電話番号 0000 000 000",
    "🎉 020 7946 0958", "📦 07700 900123", "📞📞 order 020 7946 0958"
  })
  void otherWordsOrALabelFartherAwayAreNoPhoneContext(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "卡号:6205500000000000004", "银行卡号：6205500000000000004", "卡号 6205500000000000004",
    "銀聯卡 6205500000000000004", "номер карты 6205500000000000004", "カード番号 6205500000000000004",
    "{\"卡号\":\"6205500000000000004\"}", "{\"content\":\"\\u5361\\u53f7:6205500000000000004\"}"
  })
  void aCardLabelInAnotherScriptMakesAnUncommonLengthACard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("6205500000000000004");
  }

  @ParameterizedTest
  @ValueSource(strings = {"订单号 6205500000000000004", "卡号是什么？订单 6205500000000000004", "мотокарта6205500000000000004"})
  void otherWordsInThoseScriptsMakeNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }
}
