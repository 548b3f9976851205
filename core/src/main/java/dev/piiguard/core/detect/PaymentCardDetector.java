package dev.piiguard.core.detect;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Finds payment card numbers: 12 to 19 digits, bare or in groups separated by spaces or dashes,
 * that pass Luhn and fit the range and length of a known brand (or, right after a word such as
 * "card" or "cc", any Luhn-valid number), unless a nearby word says the number is something else
 * (an IMEI, an order or tracking number).
 */
final class PaymentCardDetector {
  static final String TYPE = "PAYMENT_CARD";
  private static final int MIN_DIGITS = 12;
  private static final int MAX_DIGITS = 19;
  /** The one layout whose groups may be loosely separated: four groups of four digits. */
  private static final int LOOSE_DIGITS = 16;
  /** The fewest digits written together that make a card with no card word near: Diners' 14. */
  private static final int SHORTEST_BARE = 14;
  private static final int CONTEXT_WINDOW = 40;
  /**
   * The most characters between two cards of a list: separators, an expiry and a code of four
   * ({@code 4111 1111 1111 1111 1225 1234 5555 5555 5555 4444}).
   */
  private static final int MAX_GAP_AFTER_CARD = 13;
  /**
   * How many groups of four digits around a card's four make a table row of them: a card comes
   * with at most one such group (an expiry, or a code of four digits after its expiry).
   */
  private static final int TABLE_CELLS_AROUND = 2;
  /** How many groups of four digits in a row make a line above or below a table's row. */
  private static final int TABLE_ROW = 6;
  /** How close a card word must be for a Luhn-valid number outside the brand table to count. */
  private static final int CARD_WORD_WINDOW = 24;
  /**
   * The most digits of what may follow a card after a dash: its security code or its expiry
   * ({@code -123}, {@code -1225}); a longer group makes the whole a longer number.
   */
  private static final int MAX_DETAIL_DIGITS = 4;
  /** How far back a card word may name the object whose {@code number} key holds a card. */
  private static final int CARD_OBJECT_WINDOW = 64;
  /** Keys of a card number that hold no card word: ISO 8583's and processors' names. */
  private static final ContextWords CARD_NUMBER_KEYS =
      ContextWords.strict("primaryaccountnumber", "ccnum", "ccnumber", "cardnum");
  private static final ContextWords NUMBER_KEYS = ContextWords.strict("number");

  /**
   * Labels of what a shop numbers besides cards: orders, invoices, bookings, tickets, in English,
   * German, French, Spanish, Dutch and Italian, and parcels ({@link NumberLabels#PARCEL_WORDS}).
   * A card word anywhere before such a label says the number after it is the card used for it
   * ({@code Kreditkarte für die Bestellung: 4111…}).
   */
  private static final String[] ORDER_WORDS = {
    "order", "invoice", "reference", "ref",
    "transaction", "txn", "confirmation", "booking", "ticket", "receipt", "reservation",
    // collections in REST paths: PUT /api/v1/orders/5598995200983086
    "orders", "invoices", "transactions", "bookings", "tickets",
    "bestellnummer", "bestellung", "bestell", "bestellnr", "auftragsnummer", "auftrag",
    "auftragsnr", "rechnungsnummer", "rechnung", "rechnungsnr", "kundennummer", "ordernummer",
    "buchungsnummer", "buchung", "commande", "facture", "pedido", "factura", "bestelnummer",
    "bestelling", "factuurnummer", "factuur", "ordine", "fattura"
  };
  /**
   * Labels of device and product ids and of ids that tracers write in decimal: only a card word
   * nearer than they are makes the number a card ({@code SIM card IMEI: 4901…} is no card).
   */
  private static final String[] DEVICE_AND_PRODUCT_WORDS = {
    "imei", "imeisv", "meid", "iccid", "esn", "serial", "sn", "isbn", "ean", "upc", "gtin",
    "barcode", "sku", "device", "devices",
    // x-datadog-trace-id, "variants" (not "span": <span>4111 1111 1111 1111</span>; 19-digit
    // span ids need a card word anyway), a model request's random "seed"
    "trace", "traceid", "variant", "variants", "seed"
  };
  /**
   * Generic id labels ({@code id=4666…}, {@code userId=…}, {@code "id":…}, {@code
   * Key{kind=Customer, id=5390364397928448}}), which hide only bare numbers (see {@link
   * #saysSomethingElse}).
   */
  private static final String[] ID_WORDS = {"id", "ids"};
  /** Words that say a Luhn-valid number is not a card. */
  private static final ContextWords NOT_A_CARD = ContextWords.strict(
      Stream.of(ORDER_WORDS, NumberLabels.PARCEL_WORDS, DEVICE_AND_PRODUCT_WORDS, ID_WORDS)
          .flatMap(Arrays::stream).toArray(String[]::new));
  private static final ContextWords ORDER_LABELS = ContextWords.strict(
      Stream.of(ORDER_WORDS, NumberLabels.PARCEL_WORDS).flatMap(Arrays::stream)
          .toArray(String[]::new));
  private static final ContextWords PARCEL_LABELS =
      ContextWords.strict(NumberLabels.PARCEL_WORDS);
  /**
   * Labels of France's company numbers: a SIRET is Luhn-valid, and 14 digits from 300–305, 36,
   * 38 or 39 are in the range of Diners cards.
   */
  private static final ContextWords COMPANY_NUMBERS = ContextWords.strict("siret", "siren");
  private static final ContextWords ID_LABELS = ContextWords.strict(ID_WORDS);
  private static final ContextWords CARD = ContextWords.of(
      "card", "cc", "credit", "debit", "visa", "mastercard", "amex", "discover", "diners", "jcb",
      "maestro", "unionpay", "mir", "rupay", "pan", "payment", "pay", "paid",
      // in German, French, Spanish, Italian, Portuguese and Dutch
      "karte", "kreditkarte", "kartennummer", "carte", "tarjeta", "carta", "cartao", "kaart",
      "creditcard");
  /**
   * Words right after a number that say it is a card whatever the words before it say: its
   * expiry or security code ({@code Order: 4111 1111 1111 1111 09/28 CVV 123}).
   */
  private static final ContextWords CARD_DETAILS_AFTER = ContextWords.of(
      "exp", "expiry", "expires", "expiration", "cvv", "cvc", "cvv2", "csc", "valid", "caduca",
      "vence", "gultig", "scadenza");
  /** How far after a card number its expiry or security code may follow. */
  private static final int DETAILS_WINDOW = 12;

  /**
   * The two-letter card codes of airline reservation systems, written right before the number in
   * a form of payment: {@code FOP-AX378282246310005}, {@code 5-*VI4111111111111111¥12/28}.
   */
  private static final String[] BRAND_CODES = {"VI", "CA", "MC", "AX", "DC", "DS", "JC", "UP"};

  private PaymentCardDetector() {}

  /**
   * Whether the digit at {@code start} follows a card code of {@link #BRAND_CODES} that is no
   * end of a longer word, so that a number glued to it may be a card.
   */
  static boolean followsBrandCode(Text text, int start) {
    if (Ascii.isLetter(text.at(start - 3))) {
      return false;
    }
    for (String code : BRAND_CODES) {
      if (text.matches(start - 2, code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the digit at {@code start} follows the start sentinel and format code of a magnetic
   * stripe's track 1, {@code %B} (then the card number, {@code ^}, the holder's name, {@code ^},
   * the expiry and the rest; track 2, {@code ;4111…=2812…?}, needs no such rule).
   */
  static boolean followsTrackOneStart(Text text, int start) {
    return text.at(start - 1) == 'B' && text.at(start - 2) == '%';
  }

  /**
   * Whether the first group of the chain, read from a track 1, is a card number of any length a
   * brand has: the track says what it is, so no other rule of {@link #lastGroup} applies.
   */
  static boolean isTrackOneNumber(ScanContext context) {
    int length = context.chain.length(0);
    return length >= MIN_DIGITS && length <= MAX_DIGITS && isCard(context, 0, length);
  }

  /**
   * Returns the index of the last group of the longest card number that starts at group {@code
   * from} of the chain, or -1.
   */
  static int lastGroup(ScanContext context, int from) {
    DigitChain chain = context.chain;
    if (chain.length(from) > MAX_DIGITS || chain.length(from) < 3) {
      return -1;
    }
    int best = -1;
    int separator = from + 1 < chain.count() ? separatorKind(chain, from + 1) : 0;
    boolean inFours = true;
    boolean loose = false; // two spaces, dots, or spaces and dashes mixed: only in four fours
    int total = 0;
    for (int g = from; g < chain.count(); g++) {
      int length = chain.length(g);
      inFours &= length == 4;
      if (g > from) {
        int kind = separatorKind(chain, g);
        loose |= kind != separator || kind == '.' || chain.singleSeparatorBefore(g) == 0;
        if (kind == 0 || separator == 0 || loose && !inFours) {
          break; // columns of numbers are aligned with spaces: 3042  47363  187949
        }
      }
      if (g > from && (length > 6 || (length < 3 && !endsDinersInFours(total, length)))) {
        break;
      }
      total += length;
      if (total > MAX_DIGITS) {
        break;
      }
      if (total >= MIN_DIGITS && (!loose || total == LOOSE_DIGITS)
          && isCard(context, from, total) && (g == from || hasCardLayout(chain, from, g)
            || namedAsCard(context.text, chain.start(from), chain.end(g)))) {
        best = g;
      }
      if (g == from && length != 4) {
        break;
      }
    }
    if (best < 0 || chain.gluedAfter(best)
        && !(best == from && isTrackTwoSeparator(context.text, chain, best))) {
      return -1;
    }
    if (best == from && (chain.length(from) > LOOSE_DIGITS || chain.length(from) < SHORTEST_BARE)
        && !namedAsCard(context.text, chain.start(from), chain.end(from))) {
      // 17 to 19 bare digits are more often an id (a trace id, a snowflake) than a card, and 12
      // or 13 (old Maestro and Visa lengths) a retrieval reference number or an ad id
      return -1;
    }
    if (separator == '-' && best + 1 < chain.count() && chain.singleSeparatorBefore(best + 1) == '-'
        && best > from && (chain.length(best + 1) > MAX_DETAIL_DIGITS
            || CARD.nearestBefore(context.text, chain.start(from), CARD_WORD_WINDOW) < 0)) {
      return -1; // a longer dashed id; not 4111111111111111-1225, card 4111-1111-1111-1111-123
    }
    if (separator != 0 && chain.digits(from, best) < LOOSE_DIGITS
        && partOfLongerFours(context.text, chain, from, best, separator)) {
      return -1; // card 4828 0174 3642 5960 mistyped: not its first or last three groups
    }
    if (separator != 0 && chain.digits(from, best) == LOOSE_DIGITS && best == from + 3
        && chain.length(from) == 4 && (isCounting(chain, from, best)
          || (inRowOfFours(context, from, best) || inTableRow(context, from, best))
            && !oneOfTwoCards(context, from, best))) {
      return -1; // 0x00b0:  226d 6573 7361 6765 7322 3a20 5b7b (tcpdump -X), 5400 5401 5402 …
    }
    if ((saysSomethingElse(context.text, chain.start(from), best > from)
          || best > from && tailOfParcelNumber(context.text, chain, from)
          || best == from && inTaxIdColumn(context, chain.start(from)))
        && !hasCardDetailsAfter(context.text, chain.end(best))) {
      return -1;
    }
    return best;
  }

  /**
   * Whether groups {@code from} to {@code last} are laid out as card numbers are printed and as
   * payment forms group them: in fours with a last group of another length ({@code 4111 1111 1111
   * 1111}, {@code 6799 9901 0000 0000 019}, {@code 4222 2222 22222}), or in four, six and the
   * rest when the brand prints them so ({@code 3782 822463 10005}, {@code 3622 720627 1667}).
   * Numbers listed with single spaces ({@code 4445 658 148385 174466}: token ids, counters in
   * {@code /proc}) fall into other layouts.
   */
  private static boolean hasCardLayout(DigitChain chain, int from, int last) {
    boolean inFours = true;
    for (int g = from; g < last; g++) {
      inFours &= chain.length(g) == 4;
    }
    return inFours || last == from + 2 && chain.length(from + 1) == 6
        && CardBrands.printedInFourSixRest(leadingSix(chain, from), chain.digits(from, last));
  }

  /**
   * Whether the text says the bare number from {@code start} to {@code end} is a card: a card word
   * near before it, a card number's key leading to it ({@code "PrimaryAccountNumber": …}), the
   * key {@code number} in an object a card word names ({@code {"card":{"holder":"Jane Doe",
   * "number":"4222222222222"}}}), its expiry or security code after it ({@code
   * {"number":"6205…","cvc":"123"}}, {@code 6205… exp 12/30}), or a card label in another script
   * right before it ({@code 卡号：6205…}, {@code номер карты 6205…}).
   */
  private static boolean namedAsCard(Text text, int start, int end) {
    return CARD.nearestBefore(text, start, CARD_WORD_WINDOW) >= 0
        || NumberLabels.leadsTo(CARD_NUMBER_KEYS, text, start, CARD_WORD_WINDOW)
        || NumberLabels.leadsTo(NUMBER_KEYS, text, start, CARD_WORD_WINDOW)
            && CARD.nearestBefore(text, start, CARD_OBJECT_WINDOW) >= 0
        || hasCardDetailsAfter(text, end)
        || OtherScriptLabels.CARD.endBefore(text, start) >= 0;
  }

  /**
   * Whether the letter glued after {@code group} is the {@code D} that separates the card number
   * from the expiry in EMV's track 2 equivalent data (tag 57, DE035: {@code
   * 4111111111111111D2512201…}), with a digit or no word character after it.
   */
  private static boolean isTrackTwoSeparator(Text text, DigitChain chain, int group) {
    int separator = chain.end(group);
    return text.at(separator) == 'D'
        && (Ascii.isDigit(text.at(separator + 1)) || !Ascii.isWordChar(text.at(separator + 1)));
  }

  /**
   * Whether groups {@code from} to {@code last}, all of four digits, have another group of four
   * joined by the same separator right before or after them, of digits or of hex digits as a hex
   * dump writes them ({@code 2d5c 6361 6563 7373 2d5c}).
   */
  private static boolean partOfLongerFours(Text text, DigitChain chain, int from, int last,
      int separator) {
    for (int g = from; g <= last; g++) {
      if (chain.length(g) != 4) {
        return false;
      }
    }
    return last + 1 < chain.count() && chain.length(last + 1) == 4
            && separatorKind(chain, last + 1) == separator
        || from > 0 && chain.length(from - 1) == 4 && separatorKind(chain, from) == separator
        || last > from && RowsOfGroups.nextToGroup(text, chain.start(from), chain.end(last),
            separator, 4);
  }

  /**
   * Whether the four groups of four digits {@code from} to {@code last} stand in a row of groups
   * of four hex digits joined the same way, as hex dumps and tables of code points write them
   * (see {@link RowsOfGroups}); the groups after it not when the first is an expiry ({@code 4111
   * 1111 1111 1111 1225 5500 0000 0000 0004}) or they are an IBAN ({@link #ibanAfter}); not a
   * card between a phone number and its expiry: {@code 415 555 2671 4111 1111 1111 1111 1225},
   * {@code Tel: 0800 1234 5678 4111 1111 1111 1111} (after a phone number found right before it only the groups after it count).
   */
  private static boolean inRowOfFours(ScanContext context, int from, int last) {
    DigitChain chain = context.chain;
    int separator = separatorKind(chain, from + 1);
    boolean rowAfter = !isExpiry(chain, last + 1)
        && RowsOfGroups.rowAfter(context.text, chain.end(last), separator, 4)
        && !ibanAfter(context, chain.end(last));
    if (followsPhoneFound(context, from)) {
      return rowAfter;
    }
    return rowAfter
        || RowsOfGroups.rowBefore(context.text, chain.start(from), chain.end(last), separator, 4);
  }

  /**
   * Whether an IBAN in groups of four starts after the separator at {@code end}: its country code
   * and check digits read as a hex group ({@code 4111 1111 1111 1111 DE89 3704 0044 …}), but the
   * row is a card and an IBAN, as a payment's details put them side by side.
   */
  private static boolean ibanAfter(ScanContext context, int end) {
    int separator = DigitChain.separatorLength(context.text, end);
    return separator > 0 && IbanDetector.startsAt(context, end + separator);
  }

  /** Whether group {@code group} is there and an expiry written MMYY ({@code 1225}). */
  private static boolean isExpiry(DigitChain chain, int group) {
    if (group >= chain.count() || chain.length(group) != 4) {
      return false;
    }
    int month = chain.value(group) / 100;
    return month >= 1 && month <= 12;
  }

  /**
   * Whether the four groups of four digits {@code from} to {@code last} are cells of a table row
   * that no card word or expiry names as a card: padded with two spaces, numbers on both sides or
   * two on one ({@code 24941  2518  3012  2379  6932  3636}, token ids as numpy prints them; not
   * {@code 1  4111  1111  1111  1111  1225}, a list's number and an expiry); else two more
   * groups of four joined the same way before or after them, when the line above or below holds
   * such a row too ({@code P-991 8246 6053 6258 6165 5104 9637}, monthly figures of a pasted
   * table). One line alone is read as a card with what goes with it ({@code 4111 1111 1111 1111
   * 2025 1234}, {@code Ref: 1234 5678 9012 4111 1111 1111 1111}). Groups after an expiry are its
   * code ({@code 1225 1234}), groups before a phone number found right before the card are that
   * number's ({@code Tel: 030 1234 5678 4111 1111 1111 1111}).
   */
  private static boolean inTableRow(ScanContext context, int from, int last) {
    DigitChain chain = context.chain;
    Text text = context.text;
    int start = chain.start(from);
    int end = chain.end(last);
    boolean afterPhone = followsPhoneFound(context, from);
    boolean row;
    if (chain.separatorIs(from + 1, "  ")) {
      int before = afterPhone ? 0 : RowsOfGroups.paddedNumbersBefore(text, start);
      boolean details = isExpiry(chain, last + 1) || isCodeBeforeExpiry(chain, last + 1);
      int after = details ? 0 : RowsOfGroups.paddedNumbersAfter(text, end); // 1225, 123  1225
      row = before > 0 && after > 0 || before + after >= TABLE_CELLS_AROUND;
    } else {
      int separator = separatorKind(chain, from + 1);
      int after = isExpiry(chain, last + 1) ? 0 : RowsOfGroups.groupsAfter(text, end, separator, 4);
      int before = afterPhone ? 0 : RowsOfGroups.groupsBefore(text, start, separator, 4);
      row = before + after >= TABLE_CELLS_AROUND
          && RowsOfGroups.nextLineHoldsRow(text, start, separator, TABLE_ROW, context.digits);
    }
    return row && !namedAsCard(text, start, end); // the words are read last: most cards stand alone
  }

  /** Whether a phone number found in this scan ends right before group {@code from}. */
  private static boolean followsPhoneFound(ScanContext context, int from) {
    return from > 0 && context.lastPhoneEnd == context.chain.end(from - 1);
  }

  /**
   * Whether group {@code group} is a security code of three or four digits with an expiry after it
   * ({@code 4111  1111  1111  1111  123  1225}).
   */
  private static boolean isCodeBeforeExpiry(DigitChain chain, int group) {
    return group + 1 < chain.count() && chain.length(group) >= 3 && chain.length(group) <= 4
        && isExpiry(chain, group + 1);
  }

  /**
   * Whether another card of four groups of four stands right before or after the card in groups
   * {@code from} to {@code last}, or with one or two groups between, an expiry and a code: a list
   * of cards ({@code 4111 1111 1111 1111 5500 0000 0000 0004 5555 5555 5555 4444}, {@code 4111
   * 1111 1111 1111 1225 5500 0000 0000 0004 0126}), which is no row of a table even when it goes
   * on.
   */
  private static boolean oneOfTwoCards(ScanContext context, int from, int last) {
    int start = context.chain.start(from);
    if (context.lastCardEnd >= 0 && context.lastCardEnd < start
        && start - context.lastCardEnd <= MAX_GAP_AFTER_CARD) {
      return true; // a card found before, in a digit chain of its own
    }
    int separator = separatorKind(context.chain, from + 1);
    for (int between = 0; between <= 2; between++) {
      if (isFourFoursCard(context, last + 1 + between, separator)
          || from >= 4 + between && isFourFoursCard(context, from - 4 - between, separator)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each of groups {@code from} to {@code last} is one more than the group before it:
   * numbers counted in a table ({@code 5400 5401 5402 5403}, code points of a collation table),
   * never a card.
   */
  private static boolean isCounting(DigitChain chain, int from, int last) {
    for (int g = from + 1; g <= last; g++) {
      if (chain.value(g) != chain.value(g - 1) + 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether groups {@code first} to {@code first + 3} are a card in four groups of four. */
  private static boolean isFourFoursCard(ScanContext context, int first, int separator) {
    DigitChain chain = context.chain;
    if (first + 3 >= chain.count()) {
      return false;
    }
    for (int g = first; g <= first + 3; g++) {
      if (chain.length(g) != 4 || g > first && separatorKind(chain, g) != separator) {
        return false;
      }
    }
    return isCard(context, first, LOOSE_DIGITS);
  }

  /**
   * The separator before {@code group} as a space, a dash or a dot: one space, dash or dot
   * (typographic ones too), two spaces ({@code 4111  1111  1111  1111}) or a dash between spaces
   * ({@code 4111 - 1111 - 1111 - 1111}, only in four fours); 0 for any other.
   */
  private static int separatorKind(DigitChain chain, int group) {
    int single = chain.singleSeparatorBefore(group);
    if (single == ' ' || single == '-' || single == '.') {
      return single;
    }
    if (single != 0) {
      return 0;
    }
    return chain.separatorIs(group, "  ") ? ' ' : chain.separatorIs(group, " - ") ? '-' : 0;
  }

  /**
   * Whether a group of {@code length} digits after {@code total} ends a 14-digit number grouped in
   * fours, as forms write Diners Club cards: {@code 3622 7206 2716 67}.
   */
  private static boolean endsDinersInFours(int total, int length) {
    return length == 2 && total == 12;
  }

  /**
   * Whether the card number in groups {@code from} to {@code last} (as {@link #lastGroup} found
   * it) has 15 or 16 digits in a brand's range: the common cards, without the card-word fallback.
   */
  static boolean isCommonBrandCard(DigitChain chain, int from, int last) {
    int length = chain.digits(from, last);
    return (length == 15 || length == 16) && CardBrands.fitsBrand(leadingSix(chain, from), length);
  }

  private static boolean isCard(ScanContext context, int from, int length) {
    int[] digits = context.digits;
    for (int i = 0; i < length; i++) {
      digits[i] = context.chain.digitAt(from, i);
    }
    if (!CardBrands.luhnValid(digits, length)) {
      return false;
    }
    return CardBrands.fitsBrand(leadingSix(context.chain, from), length)
        || CARD.nearestBefore(context.text, context.chain.start(from), CARD_WORD_WINDOW) >= 0;
  }

  /** The first six digits from group {@code from}, as a number. */
  private static int leadingSix(DigitChain chain, int from) {
    int leading = 0;
    for (int i = 0; i < 6; i++) {
      leading = leading * 10 + chain.digitAt(from, i);
    }
    return leading;
  }

  /**
   * Whether a nearby word says the grouped number from {@code start} to {@code end} is something
   * else than a card ({@link #saysSomethingElse}) and no expiry or security code follows it.
   */
  static boolean namedOtherwise(Text text, int start, int end) {
    return saysSomethingElse(text, start, true) && !hasCardDetailsAfter(text, end);
  }

  /**
   * Whether an expiry date ({@code 09/28}) or a word for one or for the security code ({@link
   * #CARD_DETAILS_AFTER}) follows the number that ends at {@code end}.
   */
  private static boolean hasCardDetailsAfter(Text text, int end) {
    int i = end;
    while (i < end + 3 && (text.at(i) == ' ' || text.at(i) == ',' || text.at(i) == '(')) {
      i++;
    }
    boolean expiry = Ascii.isDigit(text.at(i)) && Ascii.isDigit(text.at(i + 1))
        && text.at(i + 2) == '/' && Ascii.isDigit(text.at(i + 3)) && Ascii.isDigit(text.at(i + 4));
    return expiry || CARD_DETAILS_AFTER.occursAfter(text, end, DETAILS_WINDOW);
  }

  /**
   * Whether a word that says what else the number is leads to it ({@code IMEI: 4901…}, {@code
   * order #5598…}; a bare number after a SIRET's label: {@code SIRET 38347481400019}) with no
   * card word nearer, nor before it for an order's label; not a word that
   * names another number or stands further off ({@code my order #12345 was charged twice on
   * 4111 1111 1111 1111}); an id label only when the number has no separators ({@code
   * grouped}: ids are not written in groups) and no card word stands right before the label
   * ({@code Card ID 4111…}); or a counter's name with a measurement word ({@link
   * #isCounterValue}).
   */
  private static boolean saysSomethingElse(Text text, int start, boolean grouped) {
    if (!grouped && isCounterValue(text, start)) {
      return true;
    }
    if (!grouped && NumberLabels.leadsTo(COMPANY_NUMBERS, text, start, CONTEXT_WINDOW)) {
      return true; // SIRET 38347481400019; not Total incl. VAT 4111 1111 1111 1111
    }
    int label = NumberLabels.labelLeadingTo(NOT_A_CARD, text, start, CONTEXT_WINDOW);
    if (label < 0) {
      return false;
    }
    if (ID_LABELS.containsWordEndingAt(text, label)
        && (grouped || CARD.containsWordBefore(text, label))) {
      return false; // Customer ID: 4111 1111 1111 1111 (ids are not grouped), Card ID 4111…
    }
    int card = CARD.nearestBefore(text, start, CONTEXT_WINDOW);
    return card < 0 || card < label && !ORDER_LABELS.containsWordEndingAt(text, label);
  }

  /**
   * Whether the grouped number from group {@code from} on lies inside a parcel's number: groups
   * joined the same way stand before it, and a label of {@link NumberLabels#PARCEL_WORDS} leads to
   * the first of them ({@code Sendungsnummer 0081 2569 3051 0088 8074}; from the window's own
   * start the row's first groups would stand between the label and the number). A row of groups
   * after a label of an order or a reference is not taken whole: the card paid for it may follow
   * a reference written in groups ({@code Ref: 1234 5678 6258 6165 5104 9637}).
   */
  private static boolean tailOfParcelNumber(Text text, DigitChain chain, int from) {
    int separator = separatorKind(chain, from + 1);
    int first = from;
    while (first > 0 && separatorKind(chain, first) == separator) {
      first--;
    }
    return first < from
        && NumberLabels.leadsTo(PARCEL_LABELS, text, chain.start(first), CONTEXT_WINDOW);
  }

  /**
   * Whether the bare number at {@code start} stands under a table column of tax or company
   * numbers ({@code SIRET}, {@code VAT}: France's SIRET is Luhn-valid); a card word in the header
   * names another column.
   */
  private static boolean inTaxIdColumn(ScanContext context, int start) {
    return TableColumnLabel.inColumnOf(ColumnNames.TAX_ID, context, start);
  }

  /**
   * Whether the bare number at {@code start} is the value of a counter whose name says what it
   * measures ({@code go_memstats_alloc_bytes_total 36231983323899}, {@code
   * used_memory:4014190064589943}, see {@link CounterNames}), with no card word nearer ({@code
   * Total paid with card 4111…}), right before the measurement word ({@code Card used: 4111…})
   * nor in the same name ({@code card_read=4111…}, {@code pan_received: 4111…}, a card reader's
   * field). Counters are not written in groups: {@code Total: 4111 1111 1111 1111} stays a card.
   */
  private static boolean isCounterValue(Text text, int start) {
    int measure = CounterNames.measureNaming(text, start);
    if (measure < 0) {
      return false;
    }
    int part = ContextWords.startOfWordEndingAt(text, measure);
    int nameStart = CounterNames.nameStartBefore(text, part);
    return CARD.nearestBefore(text, part, part - nameStart) < 0
        && !CARD.containsWordBefore(text, measure)
        && CARD.nearestBefore(text, start, CONTEXT_WINDOW) < measure;
  }
}
