package dev.piiguard.core.benchmark;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic, realistic benchmark inputs: English support-chat prose with the ordinary numbers
 * such text carries (prices, dates, times, versions, counts, short order numbers), wrapped in the
 * JSON of AI chat requests, with or without one personal-data value per ~2 KB.
 */
final class BenchmarkTexts {
  private static final String[] SENTENCES = {
    "Thanks for reaching out about your subscription renewal.",
    "The quarterly report shows revenue grew %d%% compared with %d.",
    "Your order #%d was shipped on %d-%02d-%02d and should arrive within %d business days.",
    "We released version %d.%d.%d last week with %d bug fixes and a faster search index.",
    "The meeting moved to %d:%02d on Thursday, room %d, second floor.",
    "A refund of $%d.%02d has been issued to the original payment method.",
    "Please restart the application, clear the cache and try again in a few minutes.",
    "Our team answered %d tickets yesterday, with a median response time of %d minutes.",
    "The model summarised %d pages of the contract and flagged %d clauses for review.",
    "According to the log, the job ran for %d.%d seconds and processed %d,%03d records.",
    "Shipping to Europe usually takes between %d and %d days, depending on customs.",
    "The discount code expires at the end of the month, so feel free to use it now.",
    "If the problem persists, send us a screenshot and the steps that led to the error.",
    "Page %d of %d describes the warranty terms for products bought after %d.",
    "The temperature sensor reported %d.%d degrees, which is within the normal range.",
    "We noticed %d failed sign-in attempts, so we locked the account as a precaution.",
    "Could you summarise the customer's last three messages and suggest a friendly reply?",
    "The invoice lists %d items, a subtotal of $%d.%02d and tax of %d.%d%%.",
  };
  private static final String[] PII = {
    "jane.doe@example.com", "+1 415 555 2671", "4111 1111 1111 1111", "GB82WEST12345698765432",
    "123-45-6789", "192.168.13.7", "AKIAIOSFODNN7EXAMPLE", "(212) 456-7890", "bob@example.org",
    "5555555555554444", "DE89370400440532013000", "2001:db8::8a2e:370:7334"
  };

  private BenchmarkTexts() {}

  /** About {@code size} chars of JSON chat requests without personal data. */
  static String clean(int size) {
    return build(size, 0);
  }

  /** About {@code size} chars of JSON chat requests with one value per {@code spacing} chars. */
  static String dense(int size, int spacing) {
    return build(size, spacing);
  }

  /** The number of personal-data values {@link #dense} puts in. */
  static int valuesIn(int size, int spacing) {
    return build(size, spacing, true).length();
  }

  private static String build(int size, int spacing) {
    return build(size, spacing, false);
  }

  private static String build(int size, int spacing, boolean countOnly) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(size + 1024);
    StringBuilder inserted = new StringBuilder();
    int nextValue = spacing;
    int valueIndex = 0;
    int request = 0;
    while (text.length() < size) {
      request++;
      text.append("{\"model\":\"gpt-4o-mini\",\"temperature\":0.").append(random.nextInt(10))
          .append(",\"max_tokens\":").append(256 << random.nextInt(4))
          .append(",\"user\":\"session-").append(1000 + random.nextInt(9000))
          .append("\",\"created\":").append(1715000000 + random.nextInt(1000000))
          .append(",\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful support"
              + " assistant for an online shop. Answer briefly.\"},");
      for (int turn = 0; turn < 3; turn++) {
        text.append("{\"role\":\"").append(turn % 2 == 0 ? "user" : "assistant")
            .append("\",\"content\":\"");
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          text.append(sentence(random)).append(' ');
          if (spacing > 0 && text.length() >= nextValue) {
            text.append("Details: ").append(PII[valueIndex % PII.length]).append(". ");
            inserted.append('x');
            valueIndex++;
            nextValue += spacing;
          }
        }
        text.setLength(text.length() - 1);
        text.append("\"}").append(turn < 2 ? "," : "");
      }
      text.append("],\"request\":").append(request).append("}\n");
    }
    return countOnly ? inserted.toString() : text.toString();
  }

  private static String sentence(Random random) {
    String template = SENTENCES[random.nextInt(SENTENCES.length)];
    int arguments = template.split("%", -1).length - 1 - count(template, "%%") * 2;
    Object[] values = new Object[arguments];
    for (int i = 0; i < arguments; i++) {
      values[i] = 1 + random.nextInt(i % 3 == 0 ? 2030 : 59);
    }
    return String.format(Locale.ROOT, template, values);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }
}
