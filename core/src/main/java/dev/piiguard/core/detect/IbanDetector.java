package dev.piiguard.core.detect;

/**
 * Finds IBANs: a country code, two check digits and the country's BBAN length of letters and
 * digits, in upper or lower case, bare or in groups of four (spaced or dashed, also with a
 * typographic space or dash), or near the word "IBAN" grouped in any way, that pass the ISO 7064
 * mod-97 check.
 */
final class IbanDetector {
  static final String TYPE = "IBAN";

  /** Country code and total IBAN length, per the SWIFT IBAN registry. */
  private static final String LENGTHS =
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
          + "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 "
          + "HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 "
          + "MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 "
          + "RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 "
          + "VG24 XK20 YE30";
  private static final byte[] LENGTH_BY_COUNTRY = new byte[26 * 26];
  /**
   * Countries whose BBAN is digits only, per the SWIFT IBAN registry: there a letter after the
   * check digits makes the string no IBAN ({@code be4928b694b663ed}, a trace's span id that
   * happens to pass mod-97).
   */
  private static final String NUMERIC_BBAN =
      "AE AT BA BE CR CZ DE DK EE ES FI FO GL HR HU IL IS LT ME NO PL PT RS SE SI SK TN XK";
  private static final boolean[] NUMERIC_BY_COUNTRY = new boolean[26 * 26];
  /** The word that lets an IBAN be grouped other than in fours. */
  private static final ContextWords IBAN_WORD = ContextWords.of("iban", "ibans");
  private static final int CONTEXT_WINDOW = 24;
  /**
   * How far before a number long enough to reach the detectors a loosely grouped IBAN may start:
   * country code, check digits and a bank code of letters ({@code GB 29 NWBK 6016…}).
   */
  private static final int LONGEST_BEFORE_A_LONG_NUMBER = 12;

  static {
    for (String entry : LENGTHS.split(" ")) {
      int index = (entry.charAt(0) - 'A') * 26 + (entry.charAt(1) - 'A');
      LENGTH_BY_COUNTRY[index] = (byte) Integer.parseInt(entry.substring(2));
    }
    for (String country : NUMERIC_BBAN.split(" ")) {
      NUMERIC_BY_COUNTRY[(country.charAt(0) - 'A') * 26 + (country.charAt(1) - 'A')] = true;
    }
  }

  private IbanDetector() {}

  /**
   * Looks for an IBAN whose check digits start at {@code digitStart} (after the two letters of
   * the country code); returns its end and sets the context's match start, or returns -1.
   */
  static int find(ScanContext context, int digitStart) {
    Text text = context.text;
    int start = digitStart - 2;
    int length = lengthForCountryAt(text, start);
    if (length == 0 || !Ascii.isDigit(text.at(digitStart + 1))) {
      return -1;
    }
    int end = inFours(context, start, length);
    if (end < 0 && IBAN_WORD.nearestBefore(text, start, CONTEXT_WINDOW) >= 0) {
      end = looselyGrouped(context, start, length);
    }
    if (end > 0) {
      context.matchStart = start;
    }
    return end;
  }

  /**
   * Looks for an IBAN grouped in any way, near the word "IBAN", that starts before the digit at
   * {@code digitStart} and takes it in: {@code IBAN DE 89 3704 …}, {@code IBAN GB 29 NWBK 6016 …},
   * where the digits after the country code are too short a number to reach {@link #find}. The
   * caller asks only after an upper-case letter and a space, so that prose costs nothing here.
   */
  static int findLooselyAround(ScanContext context, int digitStart) {
    Text text = context.text;
    int p = digitStart;
    int alphanumerics = 0;
    while (alphanumerics < LONGEST_BEFORE_A_LONG_NUMBER) {
      int c = text.at(p - 1);
      if ((c == ' ' || c == '-') && Ascii.isLetterOrDigit(text.at(p - 2))) {
        p--;
        continue;
      }
      if (!Ascii.isLetterOrDigit(c)) {
        return -1;
      }
      p--;
      alphanumerics++;
      int length = Ascii.isLetter(c) ? lengthForCountryAt(text, p) : 0;
      if (length > 0 && IBAN_WORD.nearestBefore(text, p, CONTEXT_WINDOW) >= 0) {
        int end = looselyGrouped(context, p, length);
        if (end > digitStart) {
          context.matchStart = p;
          return end;
        }
      }
    }
    return -1;
  }

  /**
   * The IBAN length of the country whose code starts a word, or a subfield of an MT940 bank
   * statement ({@code ?31DE89…}), at {@code start}; or 0.
   */
  private static int lengthForCountryAt(Text text, int start) {
    int first = Ascii.toUpper(text.at(start));
    int second = Ascii.toUpper(text.at(start + 1));
    if (!Ascii.isUpper(first) || !Ascii.isUpper(second)
        || Ascii.isWordChar(text.before(start)) && !startsStatementSubfield(text, start)) {
      return 0;
    }
    return LENGTH_BY_COUNTRY[(first - 'A') * 26 + (second - 'A')];
  }

  /**
   * Whether a subfield of an MT940 statement's {@code :86:} line starts at {@code start}: after
   * {@code ?} and its two-digit number, as {@code ?31} holds the other party's IBAN.
   */
  private static boolean startsStatementSubfield(Text text, int start) {
    return text.at(start - 3) == '?' && Ascii.isDigit(text.at(start - 2))
        && Ascii.isDigit(text.at(start - 1));
  }

  /** The end of a valid IBAN at {@code start}, bare or in groups of four, or -1. */
  private static int inFours(ScanContext context, int start, int length) {
    Text text = context.text;
    int separator = DigitChain.separatorChar(text, start + 4);
    boolean grouped = separator == ' ' || separator == '-';
    int[] units = context.digits;
    int count = 0;
    int i = start;
    while (count < length) {
      if (grouped && count > 0 && count % 4 == 0) {
        if (DigitChain.separatorChar(text, i) != separator) {
          return -1;
        }
        i += DigitChain.separatorLength(text, i);
      }
      int c = text.at(i);
      if (!Ascii.isLetterOrDigit(c)) {
        return -1;
      }
      units[count++] = Ascii.toUpper(c);
      i++;
    }
    if (Ascii.isWordChar(text.at(i)) || (grouped && separator == '-' && text.at(i) == '-'
        && Ascii.isLetterOrDigit(text.at(i + 1)))) {
      return -1;
    }
    return fitsCountry(units, length) && mod97Valid(units, length) ? i : -1;
  }

  /** Whether the BBAN in {@code units} is digits only where the country's must be. */
  private static boolean fitsCountry(int[] units, int length) {
    if (!NUMERIC_BY_COUNTRY[(units[0] - 'A') * 26 + (units[1] - 'A')]) {
      return true;
    }
    for (int k = 4; k < length; k++) {
      if (!Ascii.isDigit(units[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a valid IBAN at {@code start} whose letters and digits are split by spaces (one or
   * two) or dashes anywhere, as people type them ({@code DE89 370400440532013000}, {@code DE 89 3704
   * …}), or -1; not when more digits follow the last one after a separator.
   */
  private static int looselyGrouped(ScanContext context, int start, int length) {
    Text text = context.text;
    int[] units = context.digits;
    int count = 0;
    int i = start;
    while (count < length) {
      int c = text.at(i);
      if (Ascii.isLetterOrDigit(c)) {
        units[count++] = Ascii.toUpper(c);
        i++;
        continue;
      }
      int separator = DigitChain.separatorChar(text, i);
      int separatorUnits = DigitChain.separatorLength(text, i);
      if (separator == ' ' && text.at(i + separatorUnits) == ' ') {
        separatorUnits++; // two spaces, as text taken from a PDF has them
      }
      if (count == 0 || (separator != ' ' && separator != '-')
          || !Ascii.isLetterOrDigit(text.at(i + separatorUnits))) {
        return -1;
      }
      i += separatorUnits;
    }
    int separatorAfter = DigitChain.separatorLength(text, i);
    if (Ascii.isWordChar(text.at(i))
        || (separatorAfter > 0 && Ascii.isDigit(text.at(i + separatorAfter)))) {
      return -1;
    }
    return Ascii.isDigit(units[2]) && Ascii.isDigit(units[3]) && fitsCountry(units, length)
        && mod97Valid(units, length) ? i : -1;
  }

  /** ISO 7064 MOD 97-10 over the IBAN moved so that country code and check digits come last. */
  static boolean mod97Valid(int[] units, int length) {
    int remainder = 0;
    for (int k = 0; k < length; k++) {
      int c = units[(k + 4) % length];
      if (Ascii.isDigit(c)) {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder == 1;
  }
}
