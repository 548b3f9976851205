package dev.piiguard.core.detect;

/**
 * Finds telephone numbers and validates them with libphonenumber.
 *
 * <ul>
 *   <li>Anywhere: international numbers with {@code +} and a country code in any grouping, and
 *       North American numbers in their usual forms ({@code (415) 555-2671}, {@code 415-555-2671},
 *       {@code 415.555.2671}, {@code 1-415-555-2671}), when libphonenumber says they are valid.
 *   <li>Near a context word ("phone", "tel", "mobile", "fax", "call me at", or "office", "fax"
 *       right after): other national formats, when they are a valid number of one of the common
 *       regions, and international or North American numbers of a possible length.
 * </ul>
 *
 * <p>An extension ({@code x123}, {@code ext. 123}) belongs to the number.
 */
final class PhoneDetector {
  static final String TYPE = "PHONE";
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;
  private static final int MAX_NATIONAL_DIGITS = 13;
  private static final int MAX_DIALLING_PREFIX = 3;
  private static final int MAX_GROUP = 8;
  /** After a country code the national number may be written in one block: +91 9876543210. */
  private static final int MAX_INTERNATIONAL_GROUP = 12;
  private static final int CONTEXT_BEFORE = 24;
  /** How far a phone word may start a label that ends in a colon before a grouped number. */
  private static final int LONG_LABEL = 48;
  /** What a label before a colon does not hold: the ends of sentences, fields and keys. */
  private static final String LABEL_ENDS = ".;:|=\"\n\r";
  private static final int CONTEXT_AFTER = 3;
  private static final int MAX_EXTENSION = 6;
  /** What comes before the minus sign of a negative number in code ({@link #isNegativeInCode}). */
  private static final String OPERATORS_BEFORE_MINUS = "&|=<>([,?!*";
  /** The years a range of years in text spans ({@link #isYearRange}). */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;

  /**
   * Words that say a nearby number is a phone number, in ASCII: accented ones are read without
   * their accents ({@code Tél.}, {@code Móvil}, {@code Telemóvel}, {@code komórka}).
   */
  private static final String[] PHONE_WORDS = {
    "phone", "phones", "telephone", "tel", "tele", "telefon", "telefono", "mobile", "mob", "cell",
    "cellphone", "cellular", "handy", "portable", "fax", "landline", "call", "called", "calling",
    "dial", "ring", "sms", "whatsapp", "voicemail", "answering", "hotline", "helpline", "desk", "ph",
    "msisdn", // the subscriber's number in SMS gateway and telco logs
    "telefonnummer", "rufnummer", "mobil", "mobilnummer", "handynummer", "festnetz", "celular",
    "cel", "cellulare", "telefoon", "telefoonnummer", "tlf", "telephon", "contact", "kontakt",
    "mobilfunk", "fon", "telf", "tfn", "movil", "tfno", "telefone", "telemovel",
    "telefonico", "mobiel", "telefoonnr", "telefonnr", "mobilnr", "mobiltelefon",
    "ruckrufnummer", "komorka", "komorkowy", "telefonu", "puhelin", "reachable", "erreichbar",
    "joignable",
    "natel", "tlm", "telefonum", // Swiss German, Portuguese for telemóvel, Turkish for my phone
    // Polish for call (me), read up to the letter beyond Latin-1 that ends them for ContextWords:
    // zadzwoń, dzwoń, dzwonić
    "zadzwo", "dzwo", "dzwoni",
    // "call (me)" in the other languages: rappelez-moi au, llámame al, chiamami al
    "bellen", "rufen", "anrufen", "zuruckrufen", "ruckruf", "appelez", "appeler", "rappelez",
    "rappeler", "llamame", "llamar", "llamenos", "ligar", "chiamami", "chiamare", "chiamaci"
  };
  /**
   * Words that say so in prose but not as JSON keys: {@code "messages"} and {@code "text"} are
   * keys of whole blocks in AI chat payloads.
   */
  private static final ContextWords PROSE_ONLY = ContextWords.of(
      "message", "messages", "text", "texts", "texting");
  /** Words for "number": they say so only right after a possessive ("my number is"). */
  private static final String[] NUMBER_WORDS = {
    "number", "numero", "nummer", "numer", "numaram" // Turkish: my number
  };
  /**
   * Verbs that say so only before whom to call (or the "at" of Spanish): "reach me on", "bel me
   * terug op", "ruf mich unter … an", "appelle-moi au", "llame al", "ligue para"; alone they are
   * other words: "Ligue 1", "un bel appartement", "il s'appelle", "guter Ruf".
   */
  private static final String[] VERBS_BEFORE_WHOM = {
    "reach", "bel", "ruf", "appelle", "rappelle", "llame", "ligue", "erreichen", "liga"
  };
  /**
   * Verbs that say so only after whom to call, as French, Italian and Portuguese put the pronoun
   * first: "me joindre au", "mi chiami al", "me liga no"; alone they are other words: "joindre
   * la facture", "come ti chiami" (what is your name), "Liga 1".
   */
  private static final String[] VERBS_AFTER_WHOM = {"joindre", "chiami", "liga"};
  /**
   * Labels that say so only before a Turkish mobile number ({@link #isTurkishMobile}):
   * {@code Cep: 0532 123 45 67} (short for cep telefonu, mobile phone); not Brazil's postcode,
   * {@code CEP 01310-100}.
   */
  private static final String[] LONG_NUMBER_WORDS = {"cep"};
  private static final ContextWords LONG_NUMBERS_ONLY = ContextWords.of(LONG_NUMBER_WORDS);
  /**
   * The fewest digits of a run without separators in a column named {@code Mobile} or {@code
   * Cell}, unless it starts with a trunk 0: {@code 4155552671}, {@code 07911123456}; not the
   * 7-digit counts of an analytics table's Mobile column.
   */
  private static final int TABLE_BARE_DIGITS = 10;
  /** The digits of a Turkish number without its trunk 0: 532 123 45 67. */
  private static final int TURKISH_DIGITS = 10;
  /** Every word that may say so before a number, read in one pass. */
  private static final ContextWords BEFORE = ContextWords.of(concat(concat(concat(PHONE_WORDS,
      "message", "messages", "text", "texts", "texting"), VERBS_BEFORE_WHOM),
      concat(concat(NUMBER_WORDS, VERBS_AFTER_WHOM), LONG_NUMBER_WORDS)));
  private static final ContextWords NUMBER = ContextWords.of(NUMBER_WORDS);
  private static final ContextWords PHONE = ContextWords.of(PHONE_WORDS);
  /** The longest key of an object that holds a phone number's parts: {@code "phone_number"}. */
  private static final int MAX_OBJECT_KEY = 24;
  private static final ContextWords VERB_BEFORE_WHOM = ContextWords.of(VERBS_BEFORE_WHOM);
  private static final ContextWords VERB_AFTER_WHOM = ContextWords.of(VERBS_AFTER_WHOM);
  /** Whom a verb of {@link #VERBS_AFTER_WHOM} asks to call, written before it. */
  private static final ContextWords WHOM_BEFORE = ContextWords.of("me", "mi", "ci", "nous", "nos");
  /** Whom a verb of {@link #VERBS_BEFORE_WHOM} asks to call, or the word for "at" after it. */
  private static final ContextWords WHOM = ContextWords.of(
      "me", "us", "mij", "ons", "mich", "uns", "moi", "nous", "al", "para", "nos");
  private static final ContextWords AFTER = ContextWords.of(
      "phone", "tel", "mobile", "cell", "fax", "office", "home", "work", "desk", "direct",
      "landline", "erreichbar");

  /**
   * Labels that say so only before a number dialled with its trunk {@code 0} or a {@code +}:
   * {@code GSM: 0470 12 34 56} (Belgium, the Netherlands), {@code Fixe : 01 42 68 53 00} (France);
   * not {@code GSM 900/1800} or {@code Prix fixe 12 345 678}.
   */
  private static final ContextWords TRUNK_ONLY = ContextWords.of("gsm", "fixe");
  /** Possessives before a word for "number", in the languages of the phone words. */
  private static final ContextWords POSSESSIVES = ContextWords.of(
      "my", "our", "your", "his", "her", "their", "mon", "ma", "notre", "votre", "mi", "mio",
      "mia", "nuestro", "su", "mein", "meine", "unsere", "ihre", "deine", "mijn", "onze", "meu",
      "minha", "nosso", "moj", "moja", "moje", "nasz", "tuo", "tu", "mitt", "vart",
      "benim");
  /**
   * Labels of ten-digit health service numbers, which are written 3-3-4 like North American
   * phone numbers: {@code NHS number 943 476 5919}.
   */
  private static final ContextWords HEALTH_NUMBERS = ContextWords.strict("nhs");
  /** Labels of product codes, which are written in groups like phone numbers. */
  private static final ContextWords PRODUCT_CODES = ContextWords.strict(
      "gtin", "upc", "ean", "isbn", "sku", "asin", "mpn", "imei", "iccid", "barcode");
  /**
   * Keys that hold the value of the field a phone word names or describe that field: {@code
   * <input name="phone" id="p1" size="20" value="…">}, {@code {"type":"mobile","content":"…"}},
   * vCard's {@code TEL;TYPE=work,voice:…}.
   */
  private static final ContextWords VALUE_KEYS = ContextWords.strict(
      "value", "values", "val", "content", "type", "id", "name", "size", "class", "style",
      "title", "label", "for", "placeholder", "autocomplete", "inputmode", "pattern", "maxlength",
      "minlength", "required", "pref", "lang", "dir");
  private static final ContextWords VCARD_TEL = ContextWords.strict("tel");
  /**
   * What may stand between a key and its value: quotes, also escaped ({@code \"wa_id\":\"…} in
   * JSON inside a JSON string), spaces, a colon or an equals sign.
   */
  private static final String KEY_SIGNS = "\"\\:= '";
  /**
   * The most of them: a key's quote, its colon and its value's quote three JSON strings deep
   * (seven backslashes before each quote), with spaces.
   */
  private static final int MAX_KEY_SIGNS = 20;
  /** The parameters of a vCard's TEL property and the types of number they name (RFC 2426, 6350). */
  private static final ContextWords VCARD_PARAMETERS = ContextWords.strict(
      "type", "pref", "value", "uri", "home", "work", "voice", "fax", "msg", "cell", "pager",
      "bbs", "modem", "car", "isdn", "video", "pcs", "text", "textphone", "main", "iphone", "other",
      "mobile");
  /** The parameters of a TEL property that take a value: {@code TYPE=CELL}. */
  private static final ContextWords VCARD_PARAMETER_NAMES = ContextWords.strict("type", "value");
  /** One-letter labels of e-mail signatures: telephone, mobile, fax, phone. */
  private static final String SIGNATURE_LETTERS = "tmfp";
  /** The words that list a second number right after a phone number, in its languages. */
  private static final ContextWords CONJUNCTIONS = ContextWords.of(
      "or", "oder", "ou", "o", "of", "y", "e", "and", "und", "et", "en");
  /** The signs that do. */
  private static final String LIST_SIGNS = "/,;|&\uFF0C\u3001\uFF1B"; // also ， 、 ；
  /** The most characters between a phone number and a number listed after it. */
  private static final int MAX_LIST_GAP = 8;
  /** Who a message goes to: "text me at", "message us on". */
  private static final ContextWords PRONOUNS = ContextWords.of("me", "us");
  /**
   * Words that may stand between a phone word and its number ("call me back at", "phone no."), in
   * the languages of the phone words: whom to call, "at", "is", "my" and "number" ({@code
   * rappelez-moi au}, {@code llámame al}, {@code chiamami al}, {@code ligue-me para o}, {@code ruf
   * mich unter}, {@code bel me terug op}, {@code ring mig på}, {@code mitt nummer är}, {@code
   * zadzwoń do mnie pod}), accented ones read without their accents.
   */
  private static final ContextWords FILLER = ContextWords.of(
      "at", "on", "me", "us", "is", "my", "our", "to", "back", "number", "no", "nr", "num",
      "numero", "nummer", "numer", "n", "ist", "es", "est", "e", "under", "unter",
      "s", // s: my number's
      "c", "le", // mon numéro c'est le
      "moi", "nous", "au", "mon", // French
      "al", "nos", "mi", "il", "mio", "ci", // Spanish, Italian
      "para", "o", "meu", // Portuguese
      "mich", "uns", "sie", "an", "mein", "meine", "zuruck", // German
      "mij", "ons", "op", "terug", "mijn", // Dutch
      "mig", "meg", "oss", "pa", "ar", "er", "mitt", "min", // Swedish, Danish, Norwegian
      "do", "mnie", "nas", "na", "pod", "moj", // Polish
      "numaram"); // Turkish: Cep numaram: 05321234567
  /**
   * Verbs of audit logs that may stand between a phone word and its number (Customer phone
   * updated: 4155552671, phone changed to …), only after a word that names a phone number itself,
   * not after a verb or a place ({@code call set 20240501}, {@code desk updated: 20240501}).
   */
  private static final ContextWords AUDIT_VERBS = ContextWords.of(
      "updated", "changed", "set", "verified", "confirmed", "saved", "added", "new", "now");
  private static final ContextWords PHONE_NAMES = ContextWords.of(
      "phone", "phones", "telephone", "tel", "mobile", "cell", "cellphone", "msisdn", "landline",
      "fax", "telefon", "telefono", "telefone", "handy", "mobil", "mobilnummer", "telefonnummer");

  private PhoneDetector() {}

  private static String[] concat(String[] words, String... more) {
    String[] all = java.util.Arrays.copyOf(words, words.length + more.length);
    System.arraycopy(more, 0, all, words.length, more.length);
    return all;
  }

  /**
   * Returns the last group of a phone number starting at group {@code from} of the chain and sets
   * the context's match start and end (which include a leading {@code +} or {@code (} and an
   * extension), or returns -1.
   */
  static int lastGroup(ScanContext context, int from) {
    return lastGroup(context, from, context.chain.count());
  }

  /** {@link #lastGroup(ScanContext, int)} with the number ending before group {@code limit}. */
  static int lastGroup(ScanContext context, int from, int limit) {
    DigitChain chain = context.chain;
    Text text = context.text;
    int first = chain.start(from);
    int encodedLead = text.percentEncodedAt(first - 3); // ?phone=%2B1…, %28415%29+555-2671
    int lead = encodedLead >= 0 ? encodedLead : text.at(first - 1);
    boolean plus = lead == '+';
    // An area code in parentheses, (415) 555-2671; not a whole number in them, (415-555-2671)
    boolean paren = lead == '(' && from + 1 < chain.count()
        && DigitChain.separatorChar(text, chain.end(from)) == ')';
    int leadStart = encodedLead >= 0 ? first - 3 : first - 1;
    int start = plus || paren ? leadStart : first;
    if (lead == '+' && text.at(first - 2) == '(' && text.at(chain.end(from)) == ')'
        && from + 1 < chain.count()) {
      start = first - 2; // the country code in parentheses: (+44) 20 7946 0958; not (+4915…)
    }
    if (plus && encodedLead < 0 && Ascii.isLetter(text.before(leadStart))) {
      plus = false; // a form's space after a word, Call+4155552671: a number without its +
      start = first;
    } else if ((plus || lead == '(') && Ascii.isWordChar(text.before(leadStart))
        && text.percentEncodedAt(leadStart - 3) < 0) {
      return -1; // a call's argument, get_order(6953-8875-5987), or 1+415…
    }
    int last = from;
    int digits = chain.length(from);
    int maxDigits = plus ? MAX_DIGITS : MAX_DIGITS + MAX_DIALLING_PREFIX;
    int maxGroup = plus ? MAX_INTERNATIONAL_GROUP : MAX_GROUP;
    while (last + 1 < limit && chain.length(last + 1) <= maxGroup
        && digits + chain.length(last + 1) <= maxDigits) {
      last++;
      digits += chain.length(last);
    }
    int contextBefore = Integer.MIN_VALUE;
    String[] regions = null; // of a label that names them, when no other word says so
    int otherNumber = 0; // read only for a number near a phone word; 1 labelled so, -1 not
    for (int e = last; e >= from; e--) {
      int count = chain.digits(from, e);
      if (count < MIN_DIGITS) {
        return -1;
      }
      if ((e > from && chain.length(from) > maxGroup) || continuesTightly(chain, e)
          || containsDate(chain, from, e) || cutsDate(chain, from, e)
          || isDecimal(chain, from, e, plus) || isYearRange(chain, from, e)
          || isRoundRange(chain, from, e)) {
        continue;
      }
      int end = chain.end(e);
      int matchEnd = extensionEnd(text, end);
      if (Ascii.isWordChar(text.at(matchEnd))) {
        continue;
      }
      if (contextBefore == Integer.MIN_VALUE) {
        contextBefore = phoneWordBefore(text, start, plus || chain.digitAt(from, 0) == 0,
            last > from || plus || paren, digits);
        if (contextBefore < 0) {
          contextBefore = listedAfterPhone(text, context.lastPhoneEnd, start);
        }
        if (contextBefore < 0 && !plus && chain.digitAt(from, 0) == 0) {
          regions = RegionalPhoneLabels.regionsBefore(text, start); // SĐT 0912…, no. HP 0812…
        }
      }
      boolean bare = e == from && !plus && !paren;
      boolean nearWord = bare
          ? leadsTo(text, contextBefore, start) || labelledRightAfter(text, matchEnd)
          : contextBefore >= 0 || AFTER.occursAfter(text, matchEnd, CONTEXT_AFTER);
      nearWord |= regions != null;
      if (nearWord && otherNumber == 0) {
        otherNumber = labelledAsOtherNumber(text, chain.start(0)) ? 1 : -1;
      }
      nearWord &= otherNumber <= 0; // Celular novo, CPF 529.982.247-25
      if (!nearWord && !plus && otherNumber <= 0) {
        // id,name,phone / 1001,Jane Doe,07700 900357; a short bare run only under a name that
        // says nothing else (Teléfono / 612345678, not an analytics table's Mobile visits)
        boolean longOrTrunk = !bare || count >= TABLE_BARE_DIGITS || text.at(start) == '0';
        nearWord = TableColumnLabel.inColumnOf(
            longOrTrunk ? ColumnNames.PHONE : ColumnNames.PHONE_ONLY, context, start);
      }
      if (e > from && !continuesTightly(chain, e - 1)
          && endsNorthAmerican(chain, from, e - 1, paren, nearWord)) {
        continue; // the number ends there: "415-555-2671 7 days" is not one number
      }
      if (regions != null ? validIn(context, from, e, regions)
        : valid(context, from, e, plus, paren, start, end, nearWord)) {
        if (!nearWord && !plus && !paren && chain.joinedBy(from, e, '-')
            && NumberLabels.leadsTo(NumberLabels.PRODUCT_AND_INVOICE_CODES, text, start,
                CONTEXT_BEFORE)) {
          return -1; // SKU 520-277-9427, Invoice 912-508-7502: read only for a valid number
        }
        if (!nearWord && !plus && !paren && diallingPrefix(chain, from) > 0
            && NumberLabels.leadsTo(NumberLabels.PARCELS_AND_REFERENCES, text,
                chain.start(rowStart(chain, from)), CONTEXT_BEFORE)) {
          return -1; // Sendungsnummer: 0035 8472 8568, Sendung 9537 8310 0035 8472 8568
        }
        if (!plus && !paren && (inRowOfHexGroups(text, chain, from, e)
            || isNegativeInCode(text, first))) {
          return -1; // |00000150| 6f 75 74 20 74 68 65 20 …, t.call(e)&&-2147483648<=e
        }
        context.matchStart = start;
        context.matchEnd = matchEnd;
        return e;
      }
    }
    return -1;
  }

  /**
   * The index just past the nearest word or phrase before {@code start} that says a phone number
   * follows, or -1: a phone word ({@link #BEFORE}; the prose-only ones not as a JSON key), a word
   * for "number" right after a possessive ({@code my number is}, {@code Meine Nummer ist}, {@code
   * il mio numero è}; not {@code order number}), "reach" before a pronoun ({@code reach me on}),
   * a label in another script right before the number ({@link OtherScriptLabels#PHONE}), and
   * {@code GSM}, {@code Fixe} or a one-letter label ({@code T:}, {@code M:}) before a number
   * dialled with its trunk {@code 0} or a {@code +} ({@code trunk}), and before a number in
   * groups or with a {@code +} ({@code grouped}) a phone word that starts a longer label ending in
   * a colon ({@link #wordOfLongLabel}); {@code digits}, how many the number holds at most, lets
   * {@code Cep} count before a Turkish number only. One pass reads the words before the number (a
   * pass per kind of word ran at 0.92–0.93× on clean text in paired A/B: there most long numbers
   * have no word at all); a word that says so only in company sends the search on before it.
   */
  private static int phoneWordBefore(Text text, int start, boolean trunk, boolean grouped,
      int digits) {
    int word = phoneWordWithin(text, start, CONTEXT_BEFORE, start, digits);
    if (word < 0 && grouped) {
      word = wordOfLongLabel(text, start, digits);
    }
    if (word >= 0 && (text.at(word) == '"' && PROSE_ONLY.containsWordEndingAt(text, word)
        || labelledOtherwise(text, word, start))) {
      word = -1; // "text": the JSON key of a whole block; phone=null, vatId=GB 123 4567 89
    }
    if (word < 0) {
      word = OtherScriptLabels.PHONE.endBefore(text, start);
    }
    if (word < 0) {
      word = whatsAppIdKeyBefore(text, start);
    }
    if (word < 0 && trunk) {
      word = TRUNK_ONLY.nearestBefore(text, start, CONTEXT_BEFORE);
    }
    if (word < 0 && trunk) {
      word = letterLabelBefore(text, start);
    }
    return word;
  }

  /**
   * The index just past the key {@code wa_id} (or {@code waid}) whose value is the number at {@code
   * start}, or -1: WhatsApp's Cloud API sends the customer's number under it, in E.164 without its
   * {@code +} ({@code "contacts":[{"wa_id":"14155552671",…}]}), and its parts are no phone words
   * alone.
   */
  private static int whatsAppIdKeyBefore(Text text, int start) {
    int i = start;
    boolean sign = false;
    while (i > start - MAX_KEY_SIGNS) {
      int c = text.at(i - 1);
      if (KEY_SIGNS.indexOf(c) < 0) {
        break;
      }
      sign |= c == ':' || c == '=';
      i--;
    }
    return sign && endsWhatsAppId(text, i) ? i : -1;
  }

  /**
   * Whether the name {@code wa_id}, {@code wa-id} or {@code waid}, in any case, ends at {@code
   * end}: WhatsApp's id of a user, which is the user's phone number.
   */
  static boolean endsWhatsAppId(Text text, int end) {
    if (Ascii.toLower(text.at(end - 1)) != 'd') {
      return false; // most keys: read one letter, not three names
    }
    int start = text.matchesIgnoreCase(end - 5, "wa_id") || text.matchesIgnoreCase(end - 5, "wa-id")
        ? end - 5 : text.matchesIgnoreCase(end - 4, "waid") ? end - 4 : -1;
    return start >= 0 && !Ascii.isLetterOrDigit(text.at(start - 1));
  }

  /**
   * The index just past the nearest word within {@code window} code points before {@code
   * position} that says a phone number follows at {@code start} (see {@link #saysPhoneNumber}),
   * or -1.
   */
  private static int phoneWordWithin(Text text, int position, int window, int start,
      int digits) {
    int word = BEFORE.nearestBefore(text, position, window);
    while (word >= 0 && !saysPhoneNumber(text, word, start, digits)) {
      int wordStart = ContextWords.startOfWordEndingAt(text, word);
      int left = window - text.decodedLength(wordStart, position);
      word = left < 0 ? -1 : BEFORE.nearestBefore(text, wordStart, left);
    }
    return word;
  }

  /**
   * The index just past a phone word that starts a label ending in a colon right before the
   * grouped number at {@code start}, farther back than {@link #CONTEXT_BEFORE} allows, or -1:
   * {@code Tel (mobile, preferred for delivery): 07911 123456}, {@code Phone number for delivery
   * questions: …}. The label holds no digit, no other colon and nothing that ends a sentence or a
   * field.
   */
  private static int wordOfLongLabel(Text text, int start, int digits) {
    int colon = start - 1;
    while (colon > start - 3 && text.at(colon) == ' ') {
      colon--;
    }
    if (text.at(colon) != ':') {
      return -1;
    }
    int word = phoneWordWithin(text, colon, LONG_LABEL, start, digits);
    for (int i = word; i >= 0 && i < colon; i++) {
      if (Ascii.isDigit(text.at(i)) || LABEL_ENDS.indexOf(text.at(i)) >= 0) {
        return -1;
      }
    }
    return word;
  }

  /**
   * The index just past a one-letter label right before the number at {@code start}, as e-mail
   * signatures and letterheads write them ({@code T: 020 7946 0958 | M: 07911 123456}, {@code
   * F. +44 …}), or -1. The caller asks only for a number dialled with its trunk 0 or a {@code +}.
   */
  private static int letterLabelBefore(Text text, int start) {
    int i = start;
    while (i > start - 2 && text.at(i - 1) == ' ') {
      i--;
    }
    int letter = text.at(i - 2);
    if ((text.at(i - 1) != ':' && text.at(i - 1) != '.') || !Ascii.isLetter(letter)
        || SIGNATURE_LETTERS.indexOf(Ascii.toLower(letter)) < 0
        || Ascii.isLetterOrDigit(text.at(i - 3))) {
      return -1;
    }
    return i - 1;
  }

  /**
   * Whether between the phone word that ends at {@code word} and the number at {@code start}
   * another label names the number: a key of its own, written as a program writes keys ({@code
   * phone=null, vatId=GB 123 4567 89}, {@code "fax":null,"ref":"…"}; not a label in prose such as
   * {@code Phone home:}; a key for the value itself does not count: {@code name="phone"
   * value="…"}), or a product code's ({@code Phone case, UPC 0 36000 29145 2}).
   */
  private static boolean labelledOtherwise(Text text, int word, int start) {
    int i = word;
    boolean sameKey = true; // app.support.phone.national=: one key's path
    while (i < start) {
      if (text.foldedLetter(i) < 0) {
        int c = text.at(i);
        sameKey &= Ascii.isDigit(c) || c == '.' || c == '_' || c == '-';
        i++;
        continue;
      }
      int wordStart = i;
      while (i < start && text.foldedLetter(i) >= 0) {
        i++;
      }
      if (PRODUCT_CODES.contains(text, wordStart, i)) {
        return true;
      }
      boolean key = text.at(i) == '=' || text.at(i) == '"' && text.at(i + 1) == ':';
      if (key && !sameKey && !FILLER.contains(text, wordStart, i)
          && !VALUE_KEYS.contains(text, wordStart, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the label of a tax or identity number leads to the chain of digit groups at {@code
   * start}, which puts it nearer than any phone word: {@code Celular novo, CPF 529.982.247-25},
   * {@code Zmiana telefonu, NIP 526-104-08-28}, {@code Tel. 8 916 …, ИНН 7707-083-893}. The
   * caller passes the start of the whole chain, so that no part of it is read as a phone number
   * instead ({@code NIP: 526 104 08 28} is no {@code 104 08 28}).
   */
  private static boolean labelledAsOtherNumber(Text text, int start) {
    return NumberLabels.leadsTo(NumberLabels.TAX_IDS, text, start, CONTEXT_BEFORE)
        || OtherScriptLabels.TAX_IDS.endBefore(text, start) >= 0;
  }

  /**
   * Whether the word for "number" that ends at {@code word} ends the first key of a JSON object
   * that is the value of a key with a phone word, as payment APIs nest a phone number's parts:
   * {@code "phone_number":{"national_number":"4085551234"}}, {@code "phone":{"number":"…"}}; not
   * {@code "order":{"number":"…"}}.
   */
  private static boolean isKeyInPhoneObject(Text text, int word) {
    if (text.at(word) != '"' || text.at(nonSpaceFrom(text, word + 1, 1)) != ':') {
      return false;
    }
    int keyStart = word - 1;
    for (int characters = 1; characters < MAX_OBJECT_KEY && text.at(keyStart) >= 0
        && text.at(keyStart) != '"'; keyStart--) {
      characters += text.startsCodePoint(keyStart) ? 1 : 0; // a key's length in characters
    }
    int brace = nonSpaceFrom(text, keyStart - 1, -1);
    int colon = nonSpaceFrom(text, brace - 1, -1);
    int objectKeyEnd = nonSpaceFrom(text, colon - 1, -1);
    return text.at(keyStart) == '"' && text.at(brace) == '{' && text.at(colon) == ':'
        && text.at(objectKeyEnd) == '"' && isPhoneKey(text, objectKeyEnd);
  }

  /**
   * The first index from {@code i} in {@code direction} (1 or -1) that holds no JSON white space
   * (space, tab, line feed, carriage return: the same units in chars and in UTF-8).
   */
  private static int nonSpaceFrom(Text text, int i, int direction) {
    int k = i;
    for (int steps = 0; steps < MAX_OBJECT_KEY && isJsonSpace(text.at(k)); steps++) {
      k += direction;
    }
    return k;
  }

  private static boolean isJsonSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Whether the JSON key that ends at the quote at {@code keyEnd} holds a phone word. */
  private static boolean isPhoneKey(Text text, int keyEnd) {
    int phoneWord = PHONE.nearestBefore(text, keyEnd, MAX_OBJECT_KEY);
    if (phoneWord < 0) {
      return false;
    }
    for (int i = phoneWord; i < keyEnd; i++) {
      if (text.at(i) == '"') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the number of {@code digits} digits at {@code start} is written as a Turkish mobile
   * number: {@code 532 123 45 67}, {@code 0532 123 45 67}, {@code (0532) 123 45 67}, {@code 0(532)
   * 123 45 67}; not a
   * Unicode collation weight after a syllable's name ({@code CEP … 4725.0020.0002}).
   */
  private static boolean isTurkishMobile(Text text, int start, int digits) {
    int first = text.at(start) == '(' ? start + 1 : start;
    int afterTrunk = text.at(first + 1) == '(' ? first + 2 : first + 1; // 0(532) 123 45 67
    return digits == TURKISH_DIGITS && text.at(first) == '5'
        || digits == TURKISH_DIGITS + 1 && text.at(first) == '0' && text.at(afterTrunk) == '5';
  }

  /**
   * Whether the word of {@link #BEFORE} that ends at {@code word} says so in its company: a word
   * for "number" after a possessive and with only filler words before the number at {@code start}
   * ({@code my number is}; not {@code Your number of orders:}), a verb of {@link
   * #VERBS_BEFORE_WHOM} before whom to call, a verb of {@link #VERBS_AFTER_WHOM} after it, a
   * word of {@link #LONG_NUMBER_WORDS} before a Turkish mobile number.
   */
  private static boolean saysPhoneNumber(Text text, int word, int start, int digits) {
    if (NUMBER.containsWordEndingAt(text, word)) {
      return POSSESSIVES.containsWordBefore(text, word)
          && fillerWordsBetween(text, word, start, false) >= 0 || isKeyInPhoneObject(text, word);
    }
    if (LONG_NUMBERS_ONLY.containsWordEndingAt(text, word)) {
      return isTurkishMobile(text, start, digits);
    }
    boolean whomAfter = VERB_BEFORE_WHOM.containsWordEndingAt(text, word);
    boolean whomBefore = VERB_AFTER_WHOM.containsWordEndingAt(text, word);
    return !whomAfter && !whomBefore || whomAfter && WHOM.occursAfter(text, word, 1)
        || whomBefore && WHOM_BEFORE.containsWordBefore(text, word);
  }

  /**
   * Whether a {@code +} percent-encoded in a URL ({@code %2B}, {@code %2b}) starts at {@code
   * index}: {@code ?phone=%2B14155552671} in a logged request.
   */
  static boolean isEncodedPlus(Text text, int index) {
    return text.percentEncodedAt(index) == '+';
  }

  private static boolean valid(ScanContext context, int from, int to, boolean plus,
      boolean paren, int start, int end, boolean nearWord) {
    DigitChain chain = context.chain;
    int count = chain.digits(from, to);
    if (plus) {
      return count <= MAX_DIGITS
          && PhoneValidation.international(digits(context, from, to, 0), nearWord);
    }
    if (paren && countryCodeInParentheses(chain, from, to)) {
      return count <= MAX_DIGITS
          && PhoneValidation.international(digits(context, from, to, 0), nearWord);
    }
    int prefix = diallingPrefix(chain, from);
    if (prefix > 0 && count > prefix + 7 && (to > from || nearWord)) {
      return PhoneValidation.international(digits(context, from, to, prefix), nearWord);
    }
    long northAmerican = northAmericanDigits(chain, from, to, paren);
    if (northAmerican >= 0 && (nearWord || !inRowOfNumbers(chain, from, to))
        && PhoneValidation.northAmerican(northAmerican, nearWord)
        && (nearWord || !isHealthServiceNumber(context.text, start))) {
      return true;
    }
    if (!nearWord || count > MAX_NATIONAL_DIGITS) {
      return false;
    }
    String national = digits(context, from, to, 0);
    if (count == 10 && chain.digitAt(from, 0) >= 2
        && PhoneValidation.northAmerican(Long.parseLong(national), false)) {
      return true;
    }
    return PhoneValidation.nationalInSomeRegion(national);
  }

  /**
   * Whether groups {@code from} to {@code e}, dialled nationally, are a valid number of one of the
   * {@code regions} a label named ({@link RegionalPhoneLabels}).
   */
  private static boolean validIn(ScanContext context, int from, int e, String[] regions) {
    return context.chain.digits(from, e) <= MAX_NATIONAL_DIGITS
        && PhoneValidation.nationalIn(digits(context, from, e, 0), regions);
  }

  /**
   * Whether group {@code from}, in parentheses, is a country code followed by an area code in
   * parentheses of its own, with more groups after them: {@code Tel. (90)(212) 344 1265}, {@code
   * (90) (212) 344 1265} (read nationally, {@code (90)(212) 344} alone passed and left 1265 in
   * clear).
   */
  private static boolean countryCodeInParentheses(DigitChain chain, int from, int to) {
    return to > from + 1 && chain.length(from) <= 3
        && (chain.separatorIs(from + 1, ")(") || chain.separatorIs(from + 1, ") ("));
  }

  /**
   * For a number at {@code start} listed right after a phone number that ends at {@code
   * phoneEnd} (-1: none): {@code +44 20 7946 0958 or 020 7946 0959}, {@code … oder 0176 …},
   * {@code … / 07911 …}, {@code …, 06 12 …}, where the phone word is too far back for the second
   * one. Returns where the word or sign that joins them ends, taken as the phone word, or -1.
   */
  private static int listedAfterPhone(Text text, int phoneEnd, int start) {
    if (phoneEnd < 0 || phoneEnd > start || start - phoneEnd > 4 * MAX_LIST_GAP
        || text.codePointCount(phoneEnd, start) > MAX_LIST_GAP) {
      return -1; // the gap in characters: a full-width comma is three bytes in UTF-8
    }
    int i = phoneEnd;
    while (text.at(i) == ' ') {
      i++;
    }
    int sign = text.codePointAt(i);
    if (sign >= 0 && LIST_SIGNS.indexOf(sign) >= 0) {
      i += text.unitsOf(sign);
    } else {
      int wordStart = i;
      while (Ascii.isLetter(text.at(i))) {
        i++;
      }
      if (!CONJUNCTIONS.contains(text, wordStart, i)) {
        return -1;
      }
    }
    int joinEnd = i;
    while (text.at(i) == ' ') {
      i++;
    }
    return i == start && joinEnd > phoneEnd ? joinEnd : -1;
  }

  /**
   * Whether an NHS label leads to the number at {@code start} with only filler words between
   * ({@code NHS number: 943 476 5919}; not {@code NHS Direct 415-555-2671}).
   */
  private static boolean isHealthServiceNumber(Text text, int start) {
    int label = HEALTH_NUMBERS.nearestBefore(text, start, CONTEXT_BEFORE);
    return label >= 0 && fillerWordsBetween(text, label, start, false) >= 0;
  }

  /**
   * Whether the phone word ending at {@code wordEnd} (-1: none) leads to the bare number at {@code
   * start}: only filler words between ({@code phone: 9018201}, {@code call me at 9018201}), and for
   * the words that say so only in prose someone to reach ({@code text me at 4155552671}). A run
   * of digits with no separator is more often an id, an offset or a timestamp: {@code call that
   * out (see CR 6178365)}, {@code message no. 48213377}, {@code
   * "channel":"mobile","createdAt":"1709712338484"}.
   */
  private static boolean leadsTo(Text text, int wordEnd, int start) {
    if (wordEnd < 0) {
      return false;
    }
    if (inVCardTelProperty(text, wordEnd, start)) {
      return true;
    }
    int filler = fillerWordsBetween(text, wordEnd, start,
        PHONE_NAMES.containsWordEndingAt(text, wordEnd));
    if (filler < 0) {
      return false;
    }
    return !PROSE_ONLY.containsWordEndingAt(text, wordEnd) || (filler > 0
        && PRONOUNS.occursAfter(text, wordEnd, start - wordEnd));
  }

  /**
   * Whether the number at {@code start} is the value of a vCard's {@code TEL} property whose
   * parameters hold the phone word ending at {@code wordEnd}: {@code TEL;WORK;VOICE:0338150393}
   * (vCard 2.1), {@code TEL;CELL;PREF:…}, {@code item1.TEL;type=CELL;type=pref:…} (Apple).
   */
  private static boolean inVCardTelProperty(Text text, int wordEnd, int start) {
    if (text.at(start - 1) != ':') {
      return false;
    }
    int property = start - 1;
    while (property > 0 && isVCardParameterCharacter(text.at(property - 1))) {
      property--;
    }
    if (wordEnd <= property || !VCARD_TEL.contains(text, property, property + 3)
        || text.at(property + 3) != ';') {
      return false;
    }
    for (int i = property + 4; i < start - 1; i++) {
      if (Ascii.isLetter(text.at(i))) {
        int wordStart = i;
        while (Ascii.isLetter(text.at(i))) {
          i++;
        }
        if (!VCARD_PARAMETERS.contains(text, wordStart, i)
            || VCARD_PARAMETER_NAMES.contains(text, wordStart, i) && text.at(i) != '=') {
          return false; // TEL;X-ORDER:20240501, TEL;VALUE:20240501
        }
      }
    }
    return true;
  }

  private static boolean isVCardParameterCharacter(int c) {
    return Ascii.isLetterOrDigit(c) || c == ';' || c == '=' || c == ',' || c == '"';
  }

  /**
   * Whether a phone word is attached to the bare number ending at {@code end}: {@code
   * 3660170548-Fax}, {@code 9018201 (mobile)}; not after a space or comma ({@code 38472915 Office
   * Chair}, {@code {"id":48213377,"phone":null}}).
   */
  private static boolean labelledRightAfter(Text text, int end) {
    int i = end;
    if (text.at(i) == ' ' && text.at(i + 1) == '(') {
      i += 2;
    } else if (text.at(i) == '-' || text.at(i) == '/' || text.at(i) == '(') {
      i++;
    } else {
      return false;
    }
    return AFTER.occursAfter(text, i, 0);
  }

  /**
   * How many filler words the text from {@code from} to {@code to} holds, or -1 when it holds
   * anything but filler words (with {@code auditVerbs} also {@link #AUDIT_VERBS}), punctuation,
   * JSON escapes and numbers of one or two digits ({@code phone1=}, {@code phone no. 2:}, {@code
   * Phone:\\n}).
   */
  private static int fillerWordsBetween(Text text, int from, int to, boolean auditVerbs) {
    int words = 0;
    int i = from;
    while (i < to) {
      int escapeEnd = text.escapeEnd(i);
      if (escapeEnd > 0) {
        i = escapeEnd;
        continue;
      }
      int c = text.at(i);
      if (Ascii.isDigit(c)) {
        int digitsStart = i;
        while (i < to && Ascii.isDigit(text.at(i))) {
          i++;
        }
        if (i - digitsStart > 2) {
          return -1;
        }
        continue;
      }
      if (text.foldedLetter(i) < 0) {
        i++;
        continue;
      }
      int wordStart = i;
      while (i < to && text.foldedLetter(i) >= 0) {
        i++;
      }
      if (!FILLER.contains(text, wordStart, i)
          && !(auditVerbs && AUDIT_VERBS.contains(text, wordStart, i))) {
        return -1;
      }
      words++;
    }
    return words;
  }

  /**
   * The first group of the row of groups joined by single spaces or dashes that group {@code
   * from} stands in: a zero-padded id's groups before its {@code 00} ({@code Sendung 9537 8310
   * 0035 8472 8568}).
   */
  private static int rowStart(DigitChain chain, int from) {
    int first = from;
    while (first > 0 && (chain.singleSeparatorBefore(first) == ' '
        || chain.singleSeparatorBefore(first) == '-')) {
      first--;
    }
    return first;
  }

  /**
   * The length of an international dialling prefix ({@code 00}, or North America's {@code 011})
   * at the start of group {@code from}, or 0. The prefix must be in the first group: {@code 0.0495
   * -0.3530} is a list of decimals, and not in groups of three after a group of up to three
   * digits and a space: {@code 695 005 341 336 104} is a number grouped in thousands. Written
   * without separators the number needs a phone word (see {@link #valid}): {@code 0078000873597}
   * is more likely a GTIN.
   */
  private static int diallingPrefix(DigitChain chain, int from) {
    if (from > 0 && chain.length(from - 1) <= 3 && chain.singleSeparatorBefore(from) == ' '
        && chain.length(from) == 3 && from + 1 < chain.count() && chain.length(from + 1) == 3) {
      return 0; // 695 005 341 336 104: the 00 is inside a number grouped in thousands
    }
    int length = chain.length(from);
    if (length >= 2 && chain.digitAt(from, 0) == 0 && chain.digitAt(from, 1) == 0) {
      return 2;
    }
    if (length >= 3 && chain.digitAt(from, 0) == 0 && chain.digitAt(from, 1) == 1
        && chain.digitAt(from, 2) == 1) {
      return 3;
    }
    return 0;
  }

  /**
   * Whether the groups {@code from} to {@code to}, written with spaces, stand in a row of numbers
   * written with spaces, with two more numbers around them ({@code 128 256 512 1024 2048}): a
   * table, not a phone number, unless a phone word says so. One number before or after is a room
   * or a house number: {@code Jane Doe 415 555 2671 42 Main Street}.
   */
  private static boolean inRowOfNumbers(DigitChain chain, int from, int to) {
    if (chain.singleSeparatorBefore(to) != ' ') {
      return false;
    }
    int around = 0;
    for (int g = from; g > 0 && chain.singleSeparatorBefore(g) == ' '; g--) {
      around++;
    }
    for (int g = to + 1; g < chain.count() && chain.singleSeparatorBefore(g) == ' '; g++) {
      around++;
    }
    return around >= 2;
  }

  /** Whether groups {@code from} to {@code to} are a valid North American number. */
  private static boolean endsNorthAmerican(DigitChain chain, int from, int to, boolean paren,
      boolean nearWord) {
    long northAmerican = northAmericanDigits(chain, from, to, paren);
    return northAmerican >= 0 && PhoneValidation.northAmerican(northAmerican, nearWord);
  }

  /**
   * The ten digits of a number in a North American form ({@code (415) 555-2671}, {@code
   * (415)-555-2671}, {@code 415-555-2671}, {@code 415.555.2671}, {@code 415 555 2671}, with an
   * optional leading {@code 1-}, also {@code 1 (415) 555-2671}), or -1.
   */
  private static long northAmericanDigits(DigitChain chain, int from, int to, boolean paren) {
    int area = from;
    boolean trunk = to - from == 3 && chain.length(from) == 1 && chain.digitAt(from, 0) == 1;
    if (trunk) {
      area = from + 1;
    }
    if (to - area != 2 || chain.length(area) != 3 || chain.length(area + 1) != 3
        || chain.length(area + 2) != 4) {
      return -1;
    }
    int separator = chain.singleSeparatorBefore(area + 2);
    if (separator != '-' && separator != '.' && separator != ' ') {
      return -1;
    }
    if (paren && area == from || trunk && chain.separatorIs(area, " (")) {
      if (!chain.separatorIs(area + 1, ")") && !chain.separatorIs(area + 1, ") ")
          && !chain.separatorIs(area + 1, ")-")) {
        return -1;
      }
    } else if (!chain.joinedBy(from, to, separator)) {
      return -1;
    }
    if (chain.digitAt(area, 0) < 2 || chain.digitAt(area, 3) < 2) {
      return -1; // area codes and exchanges never start with 0 or 1
    }
    long digits = 0;
    for (int i = 0; i < 10; i++) {
      digits = digits * 10 + chain.digitAt(area, i);
    }
    return digits;
  }

  /**
   * The digits of groups {@code from} to {@code to} without the first {@code skip} (a dialling
   * prefix). A trunk zero written in parentheses ({@code +44 (0)20}) stays in: {@link
   * PhoneValidation#international} drops it when that makes the number valid, and keeps it where
   * it belongs to the number ({@code +39 (0)2}, Italy).
   */
  private static String digits(ScanContext context, int from, int to, int skip) {
    DigitChain chain = context.chain;
    Text text = context.text;
    StringBuilder digits = context.scratch;
    digits.setLength(0);
    int skipped = 0;
    for (int g = from; g <= to; g++) {
      for (int i = chain.start(g); i < chain.end(g); i++) {
        if (skipped < skip) {
          skipped++;
          continue;
        }
        digits.append((char) text.at(i));
      }
    }
    return digits.toString();
  }

  /**
   * Whether the three groups from {@code first} read as a date: {@code 2024-05-01}, {@code
   * 01.05.2024}, {@code 05/01/2024}, and with slashes also a two-digit year: {@code 07/10/96}
   * (with dashes or dots, two-digit groups are how some countries write phone numbers).
   */
  static boolean isDate(DigitChain chain, int first) {
    int last = first + 2;
    int separator = chain.singleSeparatorBefore(first + 1);
    if ((separator != '-' && separator != '.' && separator != '/')
        || !chain.joinedBy(first, last, separator) || chain.length(first + 1) != 2) {
      return false;
    }
    if (separator == '/' && chain.length(first) == 2 && chain.length(last) == 2) {
      return PlainDate.isDayAndMonth(chain.value(first), chain.value(first + 1));
    }
    return PlainDate.isDate(chain.length(first), chain.value(first), chain.value(first + 1),
        chain.length(last), chain.value(last));
  }

  /**
   * Whether three of groups {@code from} to {@code to} read as a date: a date with a time
   * ({@code 2024-05-01 12:30}) near a phone word is a timestamp, not a phone number.
   */
  private static boolean containsDate(DigitChain chain, int from, int to) {
    for (int g = from; g + 2 <= to; g++) {
      if (isDate(chain, g) || isSlashDateWithShortParts(chain, g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the three groups from {@code first} are a date with slashes whose day or month has
   * one digit and whose year has four: {@code a cell with date 11/3/2020}, {@code 3/11/2020}
   * ({@link #isDate} wants two digits in the middle, as dashes and dots write dates).
   */
  private static boolean isSlashDateWithShortParts(DigitChain chain, int first) {
    int last = first + 2;
    if (!chain.joinedBy(first, last, '/') || chain.length(first) > 2
        || chain.length(first + 1) > 2 || chain.length(last) != 4) {
      return false;
    }
    int year = chain.value(last);
    return year >= FIRST_YEAR && year <= LAST_YEAR
        && PlainDate.isDayAndMonth(chain.value(first), chain.value(first + 1));
  }

  /**
   * Whether groups {@code from} to {@code to} are a decimal number ({@code 48.85661234}, a
   * coordinate next to a {@code "phone"} key): two groups joined by a dot, the first not starting
   * with a 0 unless it is one ({@code 0.1207547}; {@code 030.12345678} is a Berlin number); after
   * a {@code +} a signed decimal with one or two decimal places ({@code Decimal('+35236450.6')};
   * {@code +1.8005550123} is a number).
   */
  private static boolean isDecimal(DigitChain chain, int from, int to, boolean plus) {
    if (to != from + 1 || chain.singleSeparatorBefore(to) != '.') {
      return false;
    }
    return plus ? chain.length(to) <= 2
        : chain.digitAt(from, 0) != 0 || chain.length(from) == 1;
  }

  /**
   * Whether groups {@code from} to {@code to} are a range of round numbers joined by a dash, from
   * a hundred to the last number before the next ({@code Received messages 1000-1999}, {@code
   * 1200-1299}, {@code 1000-1199}): ranges of ids, ports and message types, which no phone number
   * writes so.
   */
  private static boolean isRoundRange(DigitChain chain, int from, int to) {
    if (!isDashedPair(chain, from, to)) {
      return false;
    }
    int first = chain.value(from);
    int last = chain.value(to);
    return first % 100 == 0 && last % 100 == 99 && first < last;
  }

  /**
   * Whether groups {@code from} to {@code to} take part of a date of the chain but not all of it:
   * {@code $Id: TextUtils.java,v 1.12 2004/03/15 …} is a revision and a date, not {@code 1.12
   * 2004/03} after the word "text".
   */
  private static boolean cutsDate(DigitChain chain, int from, int to) {
    for (int g = Math.max(0, from - 2); g <= to && g + 2 < chain.count(); g++) {
      if ((g < from || g + 2 > to) && (isDate(chain, g) || isSlashDateWithShortParts(chain, g))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether groups {@code from} to {@code to} end in a run of groups of two or of four digits,
   * joined by one or two spaces, that stands in a row of such groups of hex digits ({@link
   * RowsOfGroups#inHexRow}), as hex dumps write bytes: Netty's {@code |00000150| 6f 75 74 20 74 68
   * 65 20 72 65 …} (a phone word in the text column above), od's {@code ff ff ff ff 00 00 00 00 20
   * 80 00 00} ({@code 00} read as the international prefix), {@code hexdump -C}'s {@code 0000b6a0
   * 75 62 73 65 71 75 65 6e  74 20}, xxd's {@code 6c69 7374 2065 7869}, od's offset and first
   * group {@code 0035220 6441 6d61 2073}.
   */
  private static boolean inRowOfHexGroups(Text text, DigitChain chain, int from, int to) {
    int width = chain.length(to);
    if (to == from || width != 2 && width != 4 || !joinedBySpaces(chain, to)) {
      return false;
    }
    int run = to;
    while (run > from && chain.length(run - 1) == width && joinedBySpaces(chain, run)) {
      run--;
    }
    return RowsOfGroups.inHexRow(text, chain.start(run), chain.end(to), ' ', width);
  }

  /** Whether one or two spaces come before {@code group}. */
  private static boolean joinedBySpaces(DigitChain chain, int group) {
    return chain.separatorIs(group, " ") || chain.separatorIs(group, "  ");
  }

  /**
   * Whether the number at {@code first} follows a minus sign right after an operator or an
   * opening bracket, as code writes a negative number: {@code t.call(e)&&-2147483648<=e}.
   */
  private static boolean isNegativeInCode(Text text, int first) {
    return text.at(first - 1) == '-' && OPERATORS_BEFORE_MINUS.indexOf(text.at(first - 2)) >= 0;
  }

  /** Whether groups {@code from} and {@code to} are two of one length joined by one dash. */
  private static boolean isDashedPair(DigitChain chain, int from, int to) {
    return to == from + 1 && chain.length(from) == chain.length(to)
        && chain.singleSeparatorBefore(to) == '-';
  }

  /**
   * Whether groups {@code from} to {@code to} are a range of years joined by a dash ({@code
   * 2019-2024}, {@code 2019–2024}): near a phone word ("Mobile strategy 2019–2024") no number.
   */
  private static boolean isYearRange(DigitChain chain, int from, int to) {
    if (!isDashedPair(chain, from, to) || chain.length(from) != 4) {
      return false;
    }
    int first = chain.value(from);
    int last = chain.value(to);
    return first >= FIRST_YEAR && last <= LAST_YEAR && first < last;
  }

  /** Whether the chain goes on after {@code group} with a dash or dot, as in a longer code. */
  private static boolean continuesTightly(DigitChain chain, int group) {
    if (group + 1 >= chain.count()) {
      return false;
    }
    int separator = chain.singleSeparatorBefore(group + 1);
    return separator == '-' || separator == '.';
  }

  private static int extensionEnd(Text text, int end) {
    int i = end;
    if (text.at(i) == ' ' || text.at(i) == ';' && text.matchesIgnoreCase(i + 1, "ext=")) {
      i++;
    }
    int c = text.at(i);
    if (c == 'x' || c == 'X') {
      i++;
    } else if (text.matchesIgnoreCase(i, "extension")) {
      i += "extension".length();
    } else if (text.matchesIgnoreCase(i, "ext")) {
      i += 3;
      if (text.at(i) == '.' || text.at(i) == '=') {
        i++; // ext. 204, RFC 3966's ;ext=204
      }
    } else {
      return end;
    }
    if (text.at(i) == ' ') {
      i++;
    }
    int digitsStart = i;
    while (Ascii.isDigit(text.at(i)) && i - digitsStart < MAX_EXTENSION) {
      i++;
    }
    if (i == digitsStart || Ascii.isDigit(text.at(i))) {
      return end;
    }
    return i;
  }
}
