package dev.piiguard.cli.report.input;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything that looks like personal data in text copied from an input into the report.
 *
 * <p>Audit events carry no values, but SpotBugs messages and class, file or path names are free
 * text that could hold a string constant, a file name or a URL path with an e-mail address or a
 * card number in it. Every such text passes through here before it reaches a report. First core's
 * {@link PiiScanner} replaces what it detects (validated cards, IBANs, phone numbers, SSNs,
 * secrets, addresses) with typed placeholders such as {@code [EMAIL]}; then broader rules of this
 * class mask what merely looks like a value, such as any run of seven or more digits. The rules
 * lean towards masking: a masked version number costs less than a printed card number.
 */
public final class PiiMasker {

  private static final int SECRET_MIN_DIGITS = 4;

  /**
   * Where a key or an IBAN starts and ends: not inside a run of letters and digits, but right
   * after or before an underscore or a dash ({@code key_AKIA…}, {@code acct_DE89…}), which
   * {@code \\b} would not allow.
   */
  private static final String START = "(?<![A-Za-z0-9])";
  private static final String END = "(?![A-Za-z0-9])";

  private static final List<Rule> RULES =
      List.of(
          new Rule("EMAIL", "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+"),
          new Rule(
              "SECRET",
              "(?:" + START + "(?:sk|pk|rk)-[A-Za-z0-9_\\-]{16,}|" + START + "AKIA[0-9A-Z]{16}" + END
                  + "|" + START + "gh[pousr]_[A-Za-z0-9]{20,}|" + START + "xox[abprs]-[A-Za-z0-9\\-]{10,}"
                  + "|" + START + "eyJ[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)"),
          new Rule("IBAN",
              START + "[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?" + END),
          new Rule("IP_ADDRESS", "\\b(?:[0-9]{1,3}\\.){3}[0-9]{1,3}\\b"),
          Rule.longToken("SECRET", "(?<![A-Za-z0-9_\\-])[A-Za-z0-9_\\-]{32,}=*"),
          // Card, phone, national id, account and date-of-birth numbers: 7 or more digits, maybe
          // grouped by spaces, dashes, dots, slashes or parentheses.
          new Rule("NUMBER", "\\+?(?<![0-9])[0-9](?:[\\s\\-./()]{0,2}[0-9]){6,}"));

  private static final int CACHE_SIZE = 4096;

  private int maskedCount;
  /** Audit files repeat the same hosts, paths and frames on every line: mask each text once. */
  private final Map<String, Masked> cache = new HashMap<>();

  /** A masked text and how many values were replaced in it. */
  private record Masked(String text, int values) {}

  /**
   * Returns {@code text} with every value that looks like personal data replaced by a placeholder.
   * Returns the empty string for {@code null}.
   */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Masked masked = cache.get(text);
    if (masked == null) {
      masked = maskUncached(text);
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(text, masked);
    }
    maskedCount += masked.values();
    return masked.text();
  }

  private static Masked maskUncached(String text) {
    PiiScanner scanner = PiiScanner.defaults();
    List<Finding> findings = scanner.scan(text);
    int[] values = {findings.size()};
    String result = PlaceholderRedaction.redact(text, findings);
    for (Rule rule : RULES) {
      result = rule.apply(result, values);
    }
    // then what the text's words read apart hold (key_AKIA…), after the rules have masked whole
    // runs of digits that a word read apart would only part (…-6789-4111-1111-…)
    List<Finding> apart = PlaceholderRedaction.segmentFindings(result, scanner);
    if (!apart.isEmpty()) {
      values[0] += apart.size();
      result = PlaceholderRedaction.redact(result, apart);
    }
    return new Masked(result, values[0]);
  }

  /** How many values this masker has replaced so far. */
  public int maskedCount() {
    return maskedCount;
  }

  /** Whether {@code text} holds anything a masker would replace. */
  public static boolean looksSensitive(String text) {
    return text != null && !text.isEmpty() && maskUncached(text).values() > 0;
  }

  /** One kind of value; a long-token rule masks only tokens that mix letters and digits. */
  private record Rule(String placeholder, Pattern pattern, boolean longToken) {

    Rule(String type, String regex) {
      this("[" + type + "]", Pattern.compile(regex), false);
    }

    static Rule longToken(String type, String regex) {
      return new Rule("[" + type + "]", Pattern.compile(regex), true);
    }

    String apply(String text, int[] values) {
      Matcher matcher = pattern.matcher(text);
      StringBuilder result = null;
      int copied = 0;
      while (matcher.find()) {
        if (longToken && !mixesDigitsIn(matcher.group())) {
          continue;
        }
        if (result == null) {
          result = new StringBuilder(text.length());
        }
        result.append(text, copied, matcher.start()).append(placeholder);
        copied = matcher.end();
        values[0]++;
      }
      if (result == null) {
        return text;
      }
      return result.append(text, copied, text.length()).toString();
    }

    private static boolean mixesDigitsIn(String token) {
      long digits = token.chars().filter(Character::isDigit).count();
      return digits >= SECRET_MIN_DIGITS && digits < token.length();
    }
  }
}
