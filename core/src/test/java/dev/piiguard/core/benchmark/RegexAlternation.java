package dev.piiguard.core.benchmark;

import java.util.regex.Pattern;

/**
 * The baseline the scanner is measured against: one {@code java.util.regex} alternation of
 * typical patterns for the same seven types (shape only, no validation), as a regex-based
 * redaction filter would use.
 */
final class RegexAlternation {
  static final Pattern PATTERN = Pattern.compile(String.join("|",
      "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", // EMAIL
      "(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4}\\b", // PHONE
      "\\b(?:\\d[ -]?){12,18}\\d\\b", // PAYMENT_CARD
      "\\b[A-Z]{2}\\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\\b", // IBAN
      "\\b\\d{3}-\\d{2}-\\d{4}\\b", // US_SSN
      "\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b", // IPv4
      "(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}"
          + "(?::[0-9A-Fa-f]{1,4}){0,6})?", // IPv6
      "\\b(?:A(?:KIA|SIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|sk-[A-Za-z0-9_-]{20,}"
          + "|[sr]k_(?:live|test)_[A-Za-z0-9]{24,}|xox[abprse]-[A-Za-z0-9-]{10,}"
          + "|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)" // SECRET
  ));

  private RegexAlternation() {}
}
