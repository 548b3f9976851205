package dev.piiguard.core.detect;

/**
 * Tells whether a table header's field names a column of phone numbers, of SSNs or of tax and
 * company numbers: its last name of the kind has only words after it that qualify it ({@code
 * Phone}, {@code phone_number}, {@code Tel.-Nr.}, {@code Telefon privat}, {@code Teléfono de
 * contacto}, {@code Phone (Home)}, {@code Phone 1 - Value}, {@code Nr telefonu}, {@code Contact
 * No.}, {@code SSN/ITIN}, {@code N° SIRET}), and none says the column holds something else
 * ({@code call_id}, {@code mobile_revenue_cents}, {@code Mobile visits}). A name in another
 * script counts for phones too ({@code 電話番号}, {@code Телефон}).
 */
final class ColumnNames {
  /** A column of phone numbers. */
  static final int PHONE = 0;
  /**
   * A column of phone numbers by a name that says nothing else: not {@code Mobile}, {@code Cell},
   * {@code Tel} or {@code Fax}, which reports also name columns of counts (visits from mobile
   * devices, calls per region).
   */
  static final int PHONE_ONLY = 1;
  /** A column of US Social Security numbers. */
  static final int SSN = 2;
  /**
   * A column of tax or company numbers, which may pass a card's checks: France's SIRET is
   * Luhn-valid, and 14 digits from 300, 36, 38 or 39 are in the range of Diners cards.
   */
  static final int TAX_ID = 3;
  /** How many kinds there are. */
  static final int KINDS = 4;

  private static final String[] PHONE_ONLY_NAMES = {
    "phone", "telephone", "telefon", "telefono", "telephon", "handy",
    "landline", "whats", "whatsapp", "msisdn", "telefonnummer", "telefonnr", "rufnummer", "mobilnummer",
    "mobiltelefon", "handynummer", "festnetz", "celular", "cellulare", "telefoon",
    "telefoonnummer", "tlf", "telefone", "telemovel", "movil", "komorka", "gsm", "ph", "tfno",
    "telf", "puhelin", "natel", "telefonu", "cellphone"
  };
  private static final String[] AMBIGUOUS_PHONE_NAMES = {
    "mobile", "mob", "mobil", "cell", "cellular", "cel", "mobiel", "portable",
    "tel", "fax" // also the counts of a report's columns: region,Fax,Tel,Total
  };
  /** The names of each kind, by the kind's number. */
  private static final ContextWords[] NAMES = {
    ContextWords.of(concat(PHONE_ONLY_NAMES, AMBIGUOUS_PHONE_NAMES)),
    ContextWords.of(PHONE_ONLY_NAMES),
    ContextWords.of("ssn", "ssns", "tin", "taxpayer"),
    ContextWords.of("siret", "siren", "ustidnr", "steuernummer", "cpf", "cnpj", "nif", "nipc",
        "cif", "nip", "regon", "krs", "kimlik", "vergi") // not VAT: a card column "incl. VAT"
  };
  /** Words for "number", which a name may have before or after it. */
  private static final ContextWords NUMBER_WORDS = ContextWords.of(
      "number", "numbers", "no", "nr", "nro", "num", "nummer", "numero", "numer");
  /** Words that say which of several numbers a column holds, or join a name to them. */
  private static final ContextWords QUALIFIERS = ContextWords.of(
      "home", "work", "office", "private", "privat", "personal", "business", "geschaftlich",
      "mobile", "fixe", "fijo", "fixo", "domicile", "casa", "primary", "secondary", "main", "alt",
      "other", "contact", "contacto", "contato", "kontakt", "ext", "extension", "app", "de", "du",
      "di", "da", "del", "della", "para", "for", "of", "the", "itin", "last", "masked", "social",
      "security", "buro", "bureau", "trabajo", "ufficio", "werk", "arbeit", "dienst", "komorkowy",
      "cellulaire", "fisso", "domicilio", "dienstlich", "particular", "arbete", "jobb", "hem",
      "privado", "personnel", "value", "billing", "shipping", "delivery", "customer", "invoice");
  /** Words that make a phone column with a word for number: {@code Contact No.}. */
  private static final ContextWords CONTACT = ContextWords.of("contact", "contacto", "kontakt");
  private static final ContextWords SOCIAL = ContextWords.of("social", "soc");
  private static final ContextWords SECURITY = ContextWords.of("security");
  /** The ordinal signs of N° and Nº (number), which are letters to Unicode. */
  private static final int ORDINAL = 0xBA;
  private static final int FEMININE_ORDINAL = 0xAA;

  private ColumnNames() {}

  /**
   * Whether the field holds a quote, a colon, an equals sign or a brace between its first and last
   * characters other than spaces: code or data ({@code "phone":"06 1}), not a name ({@code
   * "Phone"}, {@code Tel.:}); a colon and a space after the word contact, without digits, are a
   * name's ({@code Personal Contact: Home Phone}, as payroll exports name columns), not data
   * ({@code phone: 0612345678}) nor a report's ({@code Impressions: Mobile}).
   */
  private static boolean holdsCode(Text text, int start, int end) {
    int first = start;
    while (first < end && (text.at(first) == ' ' || text.at(first) == '"')) {
      first++;
    }
    int last = end;
    while (last > first && (text.at(last - 1) == ' ' || text.at(last - 1) == '"'
        || text.at(last - 1) == ':')) {
      last--;
    }
    boolean digits = text.anyMatch(first, last, Ascii::isDigit);
    for (int i = first; i < last; i++) {
      int c = text.at(i);
      boolean nameColon = c == ':' && !digits && text.at(i + 1) == ' '
          && CONTACT.containsWordEndingAt(text, i); // not Impressions: Mobile, Error: mobile
      if (c == '"' || c == ':' && !nameColon || c == '=' || c == '{' || c == '}') {
        return true;
      }
    }
    return false;
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /**
   * Whether the header field from {@code start} to {@code end} names a column of {@code kind}:
   * its last name (words before it say whose number it is: {@code Billing Phone}, {@code Employee
   * SSN}) has only qualifiers after it.
   */
  static boolean names(int kind, Text text, int start, int end) {
    if (holdsCode(text, start, end)) {
      return false; // data, not a name: |e","phone":"06 1| in a hex dump's text column
    }
    boolean number = false;
    boolean contact = false;
    int i = end;
    while (i > start) {
      if (!ContextWords.isWordLetter(text, i - 1)) {
        int characterStart = Math.min(i - 1, text.codePointStartBefore(i));
        int codePoint = text.codePointAt(characterStart);
        if (codePoint >= 0x80 && Character.isLetter(codePoint) && codePoint != ORDINAL
            && codePoint != FEMININE_ORDINAL && !text.endsEscape(i - 1)) {
          return isPhone(kind) && OtherScriptLabels.PHONE.endBefore(text, end) > start;
        }
        i = characterStart; // digits, signs, brackets, N°, 📞: Phone 1, Tel.-Nr., Phone (Home)
        continue;
      }
      int wordStart = Math.max(start, ContextWords.startOfWordEndingAt(text, i));
      if (NAMES[kind].containsWordEndingAt(text, i)
          || kind == SSN && isSocialSecurity(text, start, wordStart, i)
          || isPhone(kind) && PhoneDetector.endsWhatsAppId(text, i)) { // wa_id: WhatsApp's id
        return true;
      }
      if (NUMBER_WORDS.containsWordEndingAt(text, i)) {
        number = true;
      } else if (CONTACT.containsWordEndingAt(text, i)) {
        contact = true;
      } else if (!QUALIFIERS.containsWordEndingAt(text, i) && i - wordStart > 1) {
        break; // call_id, mobile_revenue_cents, Mobile visits; Emergency Contact No.
      }
      i = wordStart;
    }
    return isPhone(kind) && contact && number;
  }

  private static boolean isPhone(int kind) {
    return kind == PHONE || kind == PHONE_ONLY;
  }

  /** Whether "security" ends at {@code end} after "social": {@code Social Security Number}. */
  private static boolean isSocialSecurity(Text text, int start, int wordStart, int end) {
    if (!SECURITY.containsWordEndingAt(text, end)) {
      return false;
    }
    int before = wordStart;
    while (before > start && !ContextWords.isWordLetter(text, before - 1)) {
      before--;
    }
    return before > start && SOCIAL.containsWordEndingAt(text, before);
  }
}
