package dev.piiguard.core.detect;

/**
 * Tells whether a number of four dotted groups that could be an IPv4 address is an amount written
 * the German way, with dots between thousands: before a currency ({@code Umsatz Q4: 4.133.170.241
 * EUR}), before decimals and a currency or a table's next cell ({@code Erlöse | 1.131.155.154,31
 * €}), after a currency ({@code EUR 1.234.100.200}) or after a word for an amount ({@code Umsatz
 * 1.234.100.200}). About one figure of a billion or more in twenty has groups of at most 255.
 */
final class DottedAmounts {
  /** German words for an amount, as ledgers and reports label one. */
  private static final ContextWords AMOUNT_WORDS = ContextWords.strict(
      "umsatz", "umsatze", "gesamtumsatz", "umsatzerlose", "erlose", "erlos", "betrag",
      "gesamtbetrag", "endbetrag", "summe", "gesamtsumme", "zwischensumme", "gesamt", "saldo",
      "kosten", "gesamtkosten", "preis", "gewinn", "verlust", "budget", "bilanzsumme");
  /** Currency codes and names written before or after an amount, in lower case. */
  private static final String[] CURRENCY_WORDS = {"eur", "euro", "chf", "usd", "gbp"};
  private static final int EURO_SIGN = 0x20AC;
  private static final int POUND_SIGN = 0xA3;
  private static final int NO_BREAK_SPACE = 0xA0;
  private static final int NARROW_NO_BREAK_SPACE = 0x202F;
  /**
   * Words that name an address before it, which then wins over a currency beside it ({@code
   * ip=192.168.178.120 EUR 12.00}, {@code payment ok from 10.100.200.101 EUR 12.00}).
   */
  private static final ContextWords ADDRESS_LABELS = ContextWords.of(
      "ip", "ips", "addr", "address", "host", "from", "client", "server", "upstream", "upstreams",
      "remote", "src", "dst", "peer", "source", "destination");
  /** How far an address's label may stand before it. */
  private static final int ADDRESS_LABEL_WINDOW = 16;
  /** How far an amount word may stand before the figure: {@code Umsatz Q4: }. */
  private static final int AMOUNT_LABEL_WINDOW = 16;

  private DottedAmounts() {}

  /**
   * Whether the dotted number in [start, end) is an amount by its shape, groups of three digits
   * after the first ({@code 1.234.100.200}; not {@code 203.0.113.5 EUR 12.00}, an address before
   * an amount), and what stands around it.
   */
  static boolean isAmount(Text text, int start, int end) {
    return inThousands(text, start, end) && (isAmountAfter(text, end)
        || isCurrencyBefore(text, start) || followsAmountWord(text, start))
        && !NumberLabels.leadsTo(ADDRESS_LABELS, text, start, ADDRESS_LABEL_WINDOW);
  }

  /** Whether every group of digits after the first in [start, end) has three digits. */
  private static boolean inThousands(Text text, int start, int end) {
    int groupStart = -1;
    for (int i = start; i <= end; i++) {
      if (i == end || text.at(i) == '.') {
        if (groupStart >= 0 && i - groupStart != 3) {
          return false;
        }
        groupStart = i + 1;
      } else if (!Ascii.isDigit(text.at(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a currency follows the number that ends at {@code end}, with decimals after a comma
   * or without ({@code 4.133.170.241 EUR}, {@code 1.131.155.154,31 €}), or decimals and the end of
   * a cell ({@code 1.131.155.154,31 |}, {@code 1.131.155.154,31;}); not a list of addresses
   * ({@code 10.0.0.1,10.0.0.2}) or an address and a port in a CSV row ({@code 10.0.0.1,80}).
   */
  private static boolean isAmountAfter(Text text, int end) {
    int i = end;
    boolean decimals = text.at(i) == ',' && Ascii.isDigit(text.at(i + 1))
        && Ascii.isDigit(text.at(i + 2)) && !Ascii.isDigit(text.at(i + 3))
        && text.at(i + 3) != '.';
    if (decimals) {
      i += 3;
    }
    i = spacesEnd(text, i);
    return isCurrencyAt(text, i) || decimals && (text.at(i) == '|' || text.at(i) == ';');
  }

  /** Whether a currency stands right before the number at {@code start}: {@code EUR 1.234.100.200}. */
  private static boolean isCurrencyBefore(Text text, int start) {
    int i = start;
    for (int spaces = 0; spaces < 2 && isSpace(text.codePointAt(text.codePointStartBefore(i)));
        spaces++) {
      i = text.codePointStartBefore(i);
    }
    int sign = text.codePointAt(text.codePointStartBefore(i));
    if (sign == EURO_SIGN || sign == POUND_SIGN) {
      return true;
    }
    for (String word : CURRENCY_WORDS) {
      int wordStart = i - word.length();
      if (text.matchesIgnoreCase(wordStart, word) && !Ascii.isLetter(text.at(wordStart - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a currency sign, code or name starts at {@code i}. */
  private static boolean isCurrencyAt(Text text, int i) {
    int sign = text.codePointAt(i);
    if (sign == EURO_SIGN || sign == POUND_SIGN) {
      return true;
    }
    for (String word : CURRENCY_WORDS) {
      if (text.matchesIgnoreCase(i, word) && !Ascii.isLetter(text.at(i + word.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word for an amount leads to the number at {@code start}, with only signs, spaces
   * and tokens that hold a digit between ({@code Umsatz Q4: }, {@code Summe 2024: }); not
   * {@code Umsatz von 10.0.0.1}.
   */
  private static boolean followsAmountWord(Text text, int start) {
    int word = AMOUNT_WORDS.nearestBefore(text, start, AMOUNT_LABEL_WINDOW);
    if (word < 0) {
      return false;
    }
    int i = word;
    while (i < start) {
      if (!Ascii.isLetterOrDigit(text.at(i))) {
        if (text.at(i) == '\n') {
          return false;
        }
        i++;
        continue;
      }
      boolean digit = false;
      boolean letter = false;
      while (i < start && Ascii.isLetterOrDigit(text.at(i))) {
        digit |= Ascii.isDigit(text.at(i));
        letter |= Ascii.isLetter(text.at(i));
        i++;
      }
      if (letter && !digit) {
        return false;
      }
    }
    return true;
  }

  /** Where the spaces (at most two, no-break ones too) from {@code i} end. */
  private static int spacesEnd(Text text, int i) {
    int end = i;
    for (int spaces = 0; spaces < 2 && isSpace(text.codePointAt(end)); spaces++) {
      end += text.unitsOf(text.codePointAt(end));
    }
    return end;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE;
  }
}
