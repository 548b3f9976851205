package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CardAndIbanPropertiesTest {
  /** Brand prefixes with a length each brand issues. */
  private static final String[][] BRANDS = {
    {"4", "16"}, {"4", "13"}, {"4", "19"}, {"51", "16"}, {"55", "16"}, {"2221", "16"},
    {"2720", "16"}, {"34", "15"}, {"37", "15"}, {"6011", "16"}, {"644", "16"}, {"65", "19"},
    {"36", "14"}, {"3528", "16"}, {"3589", "19"}, {"62", "17"}, {"6759", "12"}, {"2200", "16"}
  };
  /** Country, IBAN length, and whether the BBAN starts with a bank code of letters. */
  /**
   * Countries and their BBAN as the SWIFT IBAN registry writes it: runs of n digits, a letters, c
   * letters or digits.
   */
  private static final String[][] COUNTRIES = {
    {"GB", "4!a6!n8!n"}, {"DE", "8!n10!n"}, {"FR", "5!n5!n11!c2!n"}, {"NL", "4!a10!n"},
    {"NO", "4!n6!n1!n"}, {"MT", "4!a5!n18!c"}, {"BE", "3!n7!n2!n"}, {"CH", "5!n12!c"},
    {"PL", "8!n16!n"}, {"SA", "2!n18!c"}, {"AD", "4!n4!n12!c"}, {"BR", "8!n5!n10!n1!a1!c"}
  };
  /** Countries whose BBAN is digits only, and their IBAN lengths. */
  private static final String[][] NUMERIC_COUNTRIES = {
    {"DE", "22"}, {"NO", "15"}, {"BE", "16"}, {"PL", "28"}, {"AT", "20"}, {"ES", "24"},
    {"SE", "24"}, {"EE", "20"}
  };

  @Property(tries = 300)
  void everyLuhnValidNumberOfABrandIsFound(@ForAll("cards") String number,
      @ForAll boolean grouped) {
    String written = grouped && number.length() == 16 ? group(number, ' ') : number;

    assertThat(Detected.values("PAYMENT_CARD", "paid with " + written + " today"))
        .containsExactly(written);
  }

  @Property(tries = 300)
  void changingOneDigitOfACardMakesItNoCard(@ForAll("cards") String number,
      @ForAll @IntRange(min = 0, max = 18) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    int index = position % number.length();
    char changed = (char) ('0' + (number.charAt(index) - '0' + delta) % 10);
    String wrong = number.substring(0, index) + changed + number.substring(index + 1);

    assertThat(Detected.values("PAYMENT_CARD", "card " + wrong + " today")).isEmpty();
  }

  @Property(tries = 300)
  void everyIbanWithRightCheckDigitsIsFound(@ForAll("ibans") String iban, @ForAll boolean grouped,
      @ForAll boolean lowerCase) {
    String written = grouped ? group(iban, ' ') : iban;
    written = lowerCase ? written.toLowerCase(java.util.Locale.ROOT) : written;

    assertThat(Detected.values("IBAN", "IBAN " + written + ".")).containsExactly(written);
  }

  @Property(tries = 300)
  void changingOneDigitOfAnIbanMakesItNoIban(@ForAll("ibans") String iban,
      @ForAll @IntRange(min = 2, max = 40) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    int index = 2 + position % (iban.length() - 2);
    char c = iban.charAt(index);
    String wrong = Character.isDigit(c)
        ? iban.substring(0, index) + (char) ('0' + (c - '0' + delta) % 10) + iban.substring(index + 1)
        : iban.substring(0, index) + (char) ('A' + (c - 'A' + delta) % 26) + iban.substring(index + 1);

    assertThat(Detected.values("IBAN", "IBAN " + wrong + ".")).isEmpty();
  }

  @Provide
  Arbitrary<String> cards() {
    return Arbitraries.of(BRANDS).flatMap(brand -> {
      int length = Integer.parseInt(brand[1]);
      return Arbitraries.strings().numeric().ofLength(length - brand[0].length() - 1)
          .map(middle -> withLuhnDigit(brand[0] + middle));
    });
  }

  @Provide
  Arbitrary<String> ibans() {
    return Arbitraries.of(COUNTRIES).flatMap(country -> {
      List<Arbitrary<String>> runs = new ArrayList<>();
      for (String run : country[1].split("(?<=[nac])")) {
        int length = Integer.parseInt(run.substring(0, run.indexOf('!')));
        runs.add(switch (run.charAt(run.length() - 1)) {
          case 'n' -> Arbitraries.strings().numeric().ofLength(length);
          case 'a' -> Arbitraries.strings().withCharRange('A', 'Z').ofLength(length);
          default -> Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(length);
        });
      }
      return Combinators.combine(runs).as(parts -> withCheckDigits(country[0], String.join("", parts)));
    });
  }

  @Property(tries = 300)
  void aLetterInTheBbanOfACountryWithDigitsOnlyMakesItNoIban(
      @ForAll("hexIbansOfNumericCountries") String iban) {
    Assume.that(iban.substring(4).chars().anyMatch(Character::isLetter));

    assertThat(Detected.values("IBAN", "span " + iban + " end")).isEmpty();
    assertThat(Detected.values("IBAN", "span " + iban.toLowerCase(java.util.Locale.ROOT)))
        .isEmpty();
  }

  /** IBANs with right check digits whose BBAN is hexadecimal, of countries with digits only. */
  @Provide
  Arbitrary<String> hexIbansOfNumericCountries() {
    return Arbitraries.of(NUMERIC_COUNTRIES).flatMap(country -> Arbitraries.strings()
        .withChars("0123456789ABCDEF").ofLength(Integer.parseInt(country[1]) - 4)
        .map(bban -> withCheckDigits(country[0], bban)));
  }

  static String withLuhnDigit(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int digit = payload.charAt(i) - '0';
      if (doubled) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
      doubled = !doubled;
    }
    return payload + (10 - sum % 10) % 10;
  }

  static String withCheckDigits(String country, String bban) {
    String moved = bban + country + "00";
    int remainder = 0;
    for (char c : moved.toCharArray()) {
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    int check = 98 - remainder;
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  private static String group(String value, char separator) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        grouped.append(separator);
      }
      grouped.append(value.charAt(i));
    }
    return grouped.toString();
  }
}
