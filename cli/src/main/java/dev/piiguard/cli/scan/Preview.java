package dev.piiguard.cli.scan;

import dev.piiguard.core.detect.SecretFormat;
import dev.piiguard.core.detect.SecretFormatFile;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a found value so a person can tell what was found and roughly where, without learning the
 * value: the preview keeps at most a few characters that are not secret on their own.
 *
 * <ul>
 *   <li>{@code EMAIL}: the first letter of the local part and the domain: {@code j***@example.com}
 *       (only {@code ***@example.com} when the local part is shorter than three chars).
 *   <li>{@code PHONE}: the layout with every digit but the last two masked: {@code +* *** *** **71}.
 *   <li>{@code PAYMENT_CARD}: every digit but the last four masked: {@code **** **** **** 1111}.
 *   <li>{@code IBAN}: the country code and the last two chars: {@code DE** **** **** **** **** 00}.
 *   <li>{@code US_SSN}: every digit masked: {@code ***-**-****}.
 *   <li>{@code IP_ADDRESS}: the first part only: {@code 10.*.*.*}, {@code 2001:****}.
 *   <li>{@code SECRET}: the public prefix of a bundled key format, at most 8 chars (ending after
 *       a dash or underscore when cut) and a quarter of the key: {@code ghp_****}, {@code
 *       sk-proj-****}, {@code AKIA****}; only {@code ****} for a key without one (an AWS secret
 *       access key, found after its name).
 *   <li>Other types: the first char and {@code ***}, or only {@code ***} below six chars.
 * </ul>
 *
 * Masks of variable-length parts use a fixed {@code ***}, so a preview does not tell their length.
 * A JSON unicode escape, an HTML character reference or a percent-encoded character of a space,
 * dash, plus sign or {@code @} in a value (a no-break space written {@code \\u00a0} or {@code
 * &nbsp;} between the groups of a card, {@code %2B} for a phone number's plus, {@code &#64;} in an
 * address) is shown as the character it stands for, so that its digits and letters are neither
 * counted nor masked as the value's; other escapes stay as written (a preview never prints a
 * control character an escape stands for).
 */
final class Preview {

  private static final String STARS = "***";
  /**
   * A JSON unicode escape, an HTML character reference (\\u00a0, &#160;, &#xa0;, &nbsp;) or a
   * space, dash, plus sign or at sign percent-encoded in a URL (%20, %2D, %2B, %40).
   */
  private static final Pattern ESCAPE = Pattern.compile(
      "\\\\+u(\\p{XDigit}{4})|&#(\\d{1,7});|&#[xX](\\p{XDigit}{1,6});"
          + "|&(nbsp|numsp|thinsp|hyphen|ndash|minus);|%(2[0BbDd]|40)");
  /** The named references that regex reads, and the characters they stand for. */
  private static final Map<String, Integer> NAMED = Map.of("nbsp", 0xA0, "numsp", 0x2007,
      "thinsp", 0x2009, "hyphen", 0x2010, "ndash", 0x2013, "minus", 0x2212);
  private static final int MINUS_SIGN = 0x2212;

  /**
   * The bundled secret formats whose prefix starts the key and says only which kind of key it is
   * (not the names an assigned key or a credential follows, which are no part of it).
   */
  private static final List<SecretFormat> PREFIXED_FORMATS = SecretFormatFile.builtIn().stream()
      .filter(format -> format.kind().reportsPrefix()).toList();

  private Preview() {}

  static String of(String type, CharSequence value) {
    String text = ESCAPE.matcher(value).replaceAll(Preview::shownCharacterOf);
    switch (type) {
      case "EMAIL":
        return email(text);
      case "PHONE":
        return digitsMaskedExceptLast(text, 2);
      case "PAYMENT_CARD":
        return digitsMaskedExceptLast(text, 4);
      case "IBAN":
        return iban(text);
      case "US_SSN":
        return digitsMaskedExceptLast(text, 0);
      case "IP_ADDRESS":
        return ipAddress(text);
      case "SECRET":
        return secret(text);
      default:
        return other(text);
    }
  }

  private static String other(String text) {
    return text.length() < 6 ? STARS : text.substring(0, text.offsetByCodePoints(0, 1)) + STARS;
  }

  private static String shownCharacterOf(MatchResult escape) {
    int c;
    if (escape.group(1) != null) {
      c = Integer.parseInt(escape.group(1), 16);
    } else if (escape.group(2) != null) {
      c = Integer.parseInt(escape.group(2));
    } else if (escape.group(3) != null) {
      c = Integer.parseInt(escape.group(3), 16);
    } else if (escape.group(4) != null) {
      c = NAMED.get(escape.group(4));
    } else {
      c = Integer.parseInt(escape.group(5), 16);
    }
    boolean shown = c <= Character.MAX_VALUE && (Character.isSpaceChar(c)
        || Character.getType(c) == Character.DASH_PUNCTUATION || c == MINUS_SIGN || c == '+'
        || c == '@' || isFullWidthDigitOrSign(c));
    return Matcher.quoteReplacement(shown ? String.valueOf((char) c) : escape.group());
  }

  /**
   * Whether {@code c} is a full-width digit or one of the signs between them ({@code ０}…{@code ９},
   * {@code －}, {@code ＋}, {@code （}, {@code ）}): an escaped full-width number ({@code \\uff10…})
   * is shown as the characters it stands for, so that its digits are masked as digits and not its
   * escapes' hex digits shown.
   */
  private static boolean isFullWidthDigitOrSign(int c) {
    return c >= 0xFF10 && c <= 0xFF19 || c == 0xFF0D || c == 0xFF0B || c == 0xFF08 || c == 0xFF09;
  }

  private static String email(String text) {
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return STARS;
    }
    String domain = text.substring(at);
    return at < 3 ? STARS + domain
        : text.substring(0, text.offsetByCodePoints(0, 1)) + STARS + domain; // 𝐣***@…, not half
  }

  private static String digitsMaskedExceptLast(String text, int visible) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    StringBuilder masked = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        seen++;
        masked.append(seen > digits - visible ? c : '*');
      } else if (Character.isLetter(c)) {
        masked.append('*');
      } else {
        masked.append(c);
      }
    }
    return masked.toString();
  }

  /**
   * The country code and the last two chars of an IBAN; the preview of other types for a text
   * with other signs than spaces and dashes in it, which a custom detector named {@code IBAN} may find.
   */
  private static String iban(String text) {
    int alphanumerics = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alphanumerics++;
      } else if (!Character.isSpaceChar(c) && Character.getType(c) != Character.DASH_PUNCTUATION) {
        return other(text);
      }
    }
    StringBuilder masked = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        masked.append(c);
        continue;
      }
      seen++;
      boolean country = seen <= 2 && Character.isLetter(c);
      masked.append(country || seen > alphanumerics - 2 ? Character.toUpperCase(c) : '*');
    }
    return masked.toString();
  }

  /** The text up to the first dot or colon: a custom detector's match may go on with a port. */
  private static String ipAddress(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.') {
        return text.substring(0, i) + ".*.*.*";
      }
      if (text.charAt(i) == ':') {
        return text.substring(0, i) + ":****";
      }
    }
    return STARS;
  }

  private static String secret(String text) {
    int limit = Math.min(8, text.length() / 4);
    int shown = 0;
    for (SecretFormat format : PREFIXED_FORMATS) {
      String prefix = format.prefix();
      int body = text.length() - prefix.length();
      if (text.startsWith(prefix) && body >= format.minLength() && body <= format.maxLength()) {
        shown = Math.max(shown, prefix.length() <= limit ? prefix.length()
            : lastSeparatorEnd(prefix, limit));
      }
    }
    return text.substring(0, shown) + "****";
  }

  /** The index after the last {@code -} or {@code _} in the first {@code limit} chars, or 0. */
  private static int lastSeparatorEnd(String prefix, int limit) {
    int end = 0;
    for (int i = 0; i < limit; i++) {
      if (prefix.charAt(i) == '-' || prefix.charAt(i) == '_') {
        end = i + 1;
      }
    }
    return end;
  }
}
