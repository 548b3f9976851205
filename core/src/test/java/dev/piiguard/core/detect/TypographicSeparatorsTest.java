package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Digit groups joined by a typographic space or dash (a no-break space in French typography or
 * text copied from a web page, an en dash from a word processor) are read as if joined by the
 * ASCII one: each text is written with {@code _} for a space and {@code ~} for a dash between
 * groups, and must give the same findings with every typographic variant (also written as a JSON
 * escape, which Python's {@code json.dumps} writes by default, or an HTML character reference)
 * as with ASCII.
 */
class TypographicSeparatorsTest {
  /**
   * The typographic spaces and dashes, also as JSON escapes (one as JSON inside a JSON string)
   * and as HTML character references; the invisible soft hyphen, zero-width space and word joiner.
   */
  private static final String[] SPACES = {"\u00a0", "\u2007", "\u2009", "\u202f", "\\u00a0",
    "\\\\u202f", "&nbsp;", "&#160;", "&#x202F;", "&thinsp;", "\u200b", "\u00ad", "\u2060"};
  private static final String[] DASHES =
      {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\\u2013", "&ndash;", "&#8211;"};

  @ParameterizedTest
  @ValueSource(strings = {
    "Card 4111_1111_1111_1111 expires", "Carte : 4111~1111~1111~1111.", "Amex 3782_822463_10005",
    "reach +33_6_12_34_56_78 today", "Tel.\u00a0: 06_12_34_56_78", "Mobil: 0170_1234567",
    "they said 415~555~2671 yesterday", "they said (415)_555~2671 yesterday",
    "IBAN FR76_3000_6000_0112_3456_7890_189", "iban de89~3704~0044~0532~0130~00",
    "SSN 123~45~6789", "ssn 123_45_6789", "from 203.0.113.7 and +44_20_7946_0958",
    "Room 101_415 555 2671", "Tel 415-555-2671_415-555-2672", "SSN 12_123-45-6789",
    "Tel: 01_23_45_67_89, mobile 06_12_34_56_78", "Room 101_(415) 555-2671"
  })
  void findsValuesJoinedByTypographicSeparatorsAsIfJoinedByAscii(String pattern) {
    List<String> ascii = Detected.in(ascii(pattern));
    assertThat(ascii).as("the ASCII form is found").isNotEmpty();
    for (String typographic : typographicForms(pattern)) {
      assertThat(asAscii(Detected.in(typographic))).as(typographic).isEqualTo(ascii);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Prix : 1_299,00 € TTC", "population 67_750_000 en 2024", "from 2024~05~01 to 2024~06~01",
    "Lot 12_345_678 réf. 90", "Total 4_111_111_111_111_111 units", "Mobile strategy 2019~2024",
    "Kontakt (1990~2024)"
  })
  void staysQuietWhereTheAsciiFormIsQuiet(String pattern) {
    assertThat(Detected.in(ascii(pattern))).as("the ASCII form is quiet").isEmpty();
    for (String typographic : typographicForms(pattern)) {
      assertThat(Detected.in(typographic)).as(typographic).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<p>Tel: +33&nbsp;6&nbsp;12&nbsp;34&nbsp;56&nbsp;78</p>",
    "Card 4111&#160;1111&#160;1111&#160;1111",
    "IBAN FR76&nbsp;3000&nbsp;6000&nbsp;0112&nbsp;3456&nbsp;7890&nbsp;189"
  })
  void findsValuesInHtmlWithCharacterReferencesBetweenGroups(String html) {
    assertThat(Detected.in(html)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "?id=12&page=2&size=50", "4111&nbsp", "4111&#160 1111", "4111&amp;1111 1111 1111",
    "4111&#xZZ;1111", "4111&#1600000000000;1111", "a&b 123&"
  })
  void otherAmpersandsAfterDigitsJoinNothing(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  private static String ascii(String pattern) {
    return pattern.replace('_', ' ').replace('~', '-');
  }

  private static List<String> typographicForms(String pattern) {
    List<String> forms = new ArrayList<>();
    for (String space : SPACES) {
      for (String dash : DASHES) {
        forms.add(pattern.replace("_", space).replace("~", dash));
      }
    }
    return forms;
  }

  private static List<String> asAscii(List<String> findings) {
    List<String> ascii = new ArrayList<>();
    for (String finding : findings) {
      String value = finding;
      for (String space : SPACES) {
        value = value.replace(space, " ");
      }
      for (String dash : DASHES) {
        value = value.replace(dash, "-");
      }
      ascii.add(value);
    }
    return ascii;
  }
}
