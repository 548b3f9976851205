package dev.piiguard.core.detect;

/**
 * Tells whether a table header's field names a column of phone numbers or of SSNs: every word of
 * it is a name of the kind or a word that only qualifies one ({@code Phone}, {@code phone_number},
 * {@code Tel.-Nr.}, {@code Telefon privat}, {@code Teléfono de contacto}, {@code Phone (Home)},
 * {@code Nr telefonu}, {@code Contact No.}, {@code SSN/ITIN}), and none says the column holds
 * something else ({@code call_id}, {@code mobile_revenue_cents}, {@code Mobile visits}). A name in
 * another script counts for phones too ({@code 電話番号}, {@code Телефон}).
 */
final class ColumnNames {
  /** A column of phone numbers. */
  static final int PHONE = 0;
  /**
   * A column of phone numbers by a name that says nothing else: not {@code Mobile} or {@code
   * Cell}, which analytics tables also name their columns (visits from mobile devices).
   */
  static final int PHONE_ONLY = 1;
  /** A column of US Social Security numbers. */
  static final int SSN = 2;
  /** How many kinds there are. */
  static final int KINDS = 3;

  private static final String[] PHONE_ONLY_NAMES = {
    "phone", "phones", "telephone", "tel", "telefon", "telefono", "telephon", "handy", "fax",
    "landline", "whats", "msisdn", "telefonnummer", "telefonnr", "rufnummer", "mobilnummer",
    "mobiltelefon", "handynummer", "festnetz", "celular", "cellulare", "telefoon",
    "telefoonnummer", "tlf", "telefone", "telemovel", "movil", "komorka", "gsm", "ph", "tfno",
    "telf", "puhelin", "natel", "telefonu", "cellphone"
  };
  private static final String[] AMBIGUOUS_PHONE_NAMES = {
    "mobile", "mob", "mobil", "cell", "cellular", "cel", "mobiel", "portable"
  };
  /** The names of each kind, by the kind's number. */
  private static final ContextWords[] NAMES = {
    ContextWords.of(concat(PHONE_ONLY_NAMES, AMBIGUOUS_PHONE_NAMES)),
    ContextWords.of(PHONE_ONLY_NAMES),
    ContextWords.of("ssn", "ssns", "tin", "taxpayer")
  };
  /** Words for "number", which a name may have before or after it. */
  private static final ContextWords NUMBER_WORDS = ContextWords.of(
      "number", "numbers", "no", "nr", "nro", "num", "nummer", "numero", "numer");
  /** Words that say which of several numbers a column holds, or join a name to them. */
  private static final ContextWords QUALIFIERS = ContextWords.of(
      "home", "work", "office", "private", "privat", "personal", "business", "geschaftlich",
      "mobile", "fixe", "fijo", "fixo", "domicile", "casa", "primary", "secondary", "main", "alt",
      "other", "contact", "contacto", "contato", "kontakt", "ext", "extension", "app", "de", "du",
      "para", "for", "of", "the", "itin", "last", "masked", "social", "security");
  /** Words that make a phone column with a word for number: {@code Contact No.}. */
  private static final ContextWords CONTACT = ContextWords.of("contact", "contacto", "kontakt");
  private static final ContextWords SOCIAL = ContextWords.of("social", "soc");
  private static final ContextWords SECURITY = ContextWords.of("security");

  private ColumnNames() {}

  /**
   * Whether the field holds a quote, a colon, an equals sign or a brace between its first and last
   * characters other than spaces: code or data ({@code "phone":"06 1}), not a name ({@code
   * "Phone"}, {@code Tel.:}).
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
    return text.anyMatch(first, last,
        c -> c == '"' || c == ':' || c == '=' || c == '{' || c == '}');
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** Whether the header field from {@code start} to {@code end} names a column of {@code kind}. */
  static boolean names(int kind, Text text, int start, int end) {
    if (holdsCode(text, start, end)) {
      return false; // data, not a name: |e","phone":"06 1| in a hex dump's text column
    }
    boolean named = false;
    boolean number = false;
    boolean contact = false;
    boolean social = false;
    boolean security = false;
    int i = end;
    while (i > start) {
      if (!ContextWords.isWordLetter(text, i - 1)) {
        if (text.at(i - 1) >= 0x80 && !text.endsEscape(i - 1)) {
          return kind != SSN && OtherScriptLabels.PHONE.endBefore(text, end) > start;
        }
        i--; // digits, signs, brackets: Phone 1, Tel.-Nr., Phone (Home)
        continue;
      }
      int wordStart = Math.max(start, ContextWords.startOfWordEndingAt(text, i));
      if (NAMES[kind].containsWordEndingAt(text, i)) {
        named = true;
      } else if (NUMBER_WORDS.containsWordEndingAt(text, i)) {
        number = true;
      } else if (!QUALIFIERS.containsWordEndingAt(text, i) && i - wordStart > 1) {
        return false; // call_id, mobile_revenue_cents, Mobile visits
      }
      contact |= CONTACT.containsWordEndingAt(text, i);
      social |= SOCIAL.containsWordEndingAt(text, i);
      security |= SECURITY.containsWordEndingAt(text, i);
      i = wordStart;
    }
    return named || kind != SSN && contact && number || kind == SSN && social && security;
  }
}
