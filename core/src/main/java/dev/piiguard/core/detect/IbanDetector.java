package dev.piiguard.core.detect;

/**
 * Finds IBANs: a country code, two check digits and the country's BBAN length of letters and
 * digits, in upper or lower case, bare or in groups of four (spaced or dashed, also with a
 * typographic space or dash), or near the word "IBAN" grouped in any way, that pass the ISO 7064
 * mod-97 check.
 */
final class IbanDetector {
  static final String TYPE = "IBAN";

  /**
   * The words that let an IBAN be grouped other than in fours: IBAN, and the account and bank
   * details of invoices in English, German, Dutch, French, Spanish and Italian ({@code Konto: DE89
   * 37040044 0532013000}).
   */
  private static final ContextWords IBAN_WORD = ContextWords.of("iban", "ibans", "account",
      "konto", "kontonummer", "bankverbindung", "rekening", "rekeningnummer", "compte", "cuenta",
      "conto");
  private static final int CONTEXT_WINDOW = 24;
  /**
   * How far before a number long enough to reach the detectors a loosely grouped IBAN may start:
   * country code, check digits and a bank code of letters ({@code GB 29 NWBK 6016…}).
   */
  private static final int LONGEST_BEFORE_A_LONG_NUMBER = 12;

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
   * Whether a valid IBAN, bare or in groups of four, starts at {@code start} (its country code).
   * Uses the context's digit buffer.
   */
  static boolean startsAt(ScanContext context, int start) {
    Text text = context.text;
    int length = lengthForCountryAt(text, start);
    return length > 0 && Ascii.isDigit(text.at(start + 2)) && Ascii.isDigit(text.at(start + 3))
        && inFours(context, start, length) > 0;
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
    return IbanFormats.length(first, second);
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
    return IbanFormats.fits(units, length) && mod97Valid(units, length) ? i : -1;
  }

  /**
   * The end of a valid IBAN at {@code start} whose letters and digits are split by spaces (one or
   * two), dashes or line breaks anywhere, as people type them and e-mails wrap them ({@code DE89
   * 370400440532013000}, {@code DE 89 3704 …}, {@code DE89 3704 0044\n0532 0130 00}), or -1; not
   * when more digits follow the last one after a separator.
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
      int lineBreak = lineBreakLength(text, i);
      if (lineBreak > 0) {
        separator = ' '; // a line break that wrapped it: an e-mail's or a PDF's text
        separatorUnits = lineBreak;
      } else if (separator == ' ' && text.at(i + separatorUnits) == ' ') {
        separatorUnits++; // two spaces, as text taken from a PDF has them
      } else if (separator == ' ') {
        separatorUnits += lineBreakLength(text, i + separatorUnits); // a space, then the break
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
    return Ascii.isDigit(units[2]) && Ascii.isDigit(units[3]) && IbanFormats.fits(units, length)
        && mod97Valid(units, length) ? i : -1;
  }

  /** The units of a line break at {@code i} ({@code \n}, {@code \r\n}, {@code \r}), or 0. */
  private static int lineBreakLength(Text text, int i) {
    if (text.at(i) == '\r') {
      return text.at(i + 1) == '\n' ? 2 : 1;
    }
    return text.at(i) == '\n' ? 1 : 0;
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
