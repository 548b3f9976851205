package dev.piiguard.core.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The length and the kind of each character of every country's IBAN, read from the SWIFT IBAN
 * registry's BBAN structures in {@code iban-formats.txt}.
 */
final class IbanFormats {
  private static final String RESOURCE = "iban-formats.txt";
  private static final int COUNTRIES = 26 * 26;
  /** Country code and check digits. */
  private static final int PREFIX = 4;
  /** Check digits the algorithm never gives: 00, 01 and 99 pass mod-97 only by accident. */
  private static final int LOWEST_CHECK_DIGITS = 2;
  private static final int HIGHEST_CHECK_DIGITS = 98;

  /** Per country, the kinds of its IBAN's characters from the fifth on ('n', 'a', 'c'); or null. */
  private static final String[] BBAN_KINDS = load();

  private IbanFormats() {}

  /** The IBAN length of the country whose code is the upper-case letters given, or 0. */
  static int length(int first, int second) {
    String kinds = BBAN_KINDS[(first - 'A') * 26 + (second - 'A')];
    return kinds == null ? 0 : PREFIX + kinds.length();
  }

  /**
   * Whether the upper-cased characters of an IBAN of its country's length have the kind the
   * registry gives each of them, and check digits the algorithm can give.
   */
  static boolean fits(int[] units, int length) {
    String kinds = BBAN_KINDS[(units[0] - 'A') * 26 + (units[1] - 'A')];
    int checkDigits = (units[2] - '0') * 10 + (units[3] - '0');
    if (checkDigits < LOWEST_CHECK_DIGITS || checkDigits > HIGHEST_CHECK_DIGITS) {
      return false;
    }
    for (int k = PREFIX; k < length; k++) {
      int c = units[k];
      boolean fits = switch (kinds.charAt(k - PREFIX)) {
        case 'n' -> Ascii.isDigit(c);
        case 'a' -> Ascii.isUpper(c);
        default -> Ascii.isUpper(c) || Ascii.isDigit(c);
      };
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private static String[] load() {
    String[] kinds = new String[COUNTRIES];
    try (InputStream in = IbanFormats.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line : reader.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.strip().split(" ");
        String bban = fields.length == 2 && isCountry(fields[0]) ? expand(fields[1]) : "";
        if (bban.isEmpty()) {
          throw new IllegalStateException(
              RESOURCE + ": not a country and a BBAN structure: " + line);
        }
        kinds[(fields[0].charAt(0) - 'A') * 26 + (fields[0].charAt(1) - 'A')] = bban;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kinds;
  }

  private static boolean isCountry(String code) {
    return code.length() == 2 && Ascii.isUpper(code.charAt(0)) && Ascii.isUpper(code.charAt(1));
  }

  /**
   * The structure {@code 4!n10!c} as one kind letter per character, {@code nnnncccccccccc}; empty
   * when it is no structure.
   */
  private static String expand(String structure) {
    StringBuilder kinds = new StringBuilder();
    int i = 0;
    while (i < structure.length()) {
      int count = 0;
      int digits = i;
      while (i < structure.length() && Ascii.isDigit(structure.charAt(i))) {
        count = count * 10 + structure.charAt(i++) - '0';
      }
      if (i == digits || i + 1 >= structure.length() || structure.charAt(i) != '!'
          || "nac".indexOf(structure.charAt(i + 1)) < 0) {
        return "";
      }
      kinds.append(String.valueOf(structure.charAt(i + 1)).repeat(count));
      i += 2;
    }
    return kinds.toString();
  }
}
