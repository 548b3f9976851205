package dev.piiguard.core.benchmark;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic, realistic benchmark inputs: English support-chat prose with the ordinary numbers
 * such text carries (prices, dates, times, versions, counts, short order numbers), wrapped in the
 * JSON of AI chat requests, with or without one personal-data value per ~2 KB.
 */
final class BenchmarkTexts {
  /** Sentence templates; {name} placeholders take realistic values (see {@link #value}). */
  private static final String[] SENTENCES = {
    "Thanks for reaching out about your subscription renewal.",
    "The quarterly report shows revenue grew {percent}% compared with {year}.",
    "Your order #{order} was shipped on {year}-{month}-{day} and should arrive within {small}"
        + " business days.",
    "We released version {small}.{small}.{small} last week with {count} bug fixes and a faster"
        + " search index.",
    "The meeting moved to {hour}:{minute} on Thursday, room {count}, second floor.",
    "A refund of ${count}.{cents} has been issued to the original payment method.",
    "Please restart the application, clear the cache and try again in a few minutes.",
    "Our team answered {count} tickets yesterday, with a median response time of {small}"
        + " minutes.",
    "The model summarised {count} pages of the contract and flagged {small} clauses for review.",
    "According to the log, the job ran for {count}.{small} seconds and processed {small},{count}"
        + " records.",
    "Shipping to Europe usually takes between {small} and {count} days, depending on customs.",
    "The discount code expires at the end of the month, so feel free to use it now.",
    "If the problem persists, send us a screenshot and the steps that led to the error.",
    "Page {small} of {count} describes the warranty terms for products bought after {year}.",
    "The temperature sensor reported {small}.{small} degrees, which is within the normal range.",
    "We noticed {small} failed sign-in attempts on {day}/{month}/{year}, so we locked the"
        + " account as a precaution.",
    "Could you summarise the customer's last three messages and suggest a friendly reply?",
    "The invoice lists {small} items, a subtotal of ${count}.{cents} and tax of {small}.{small}%.",
    "Logged at {year}-{month}-{day}T{hour}:{minute}:{minute}Z by the nightly export job.",
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
    StringBuilder sentence = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sentence.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      sentence.append(template, i, open).append(value(template.substring(open + 1, close), random));
      i = close + 1;
    }
    return sentence.toString();
  }

  private static String value(String kind, Random random) {
    switch (kind) {
      case "year":
        return String.valueOf(2015 + random.nextInt(11));
      case "month":
        return String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12));
      case "day":
        return String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28));
      case "hour":
        return String.format(Locale.ROOT, "%02d", random.nextInt(24));
      case "minute":
        return String.format(Locale.ROOT, "%02d", random.nextInt(60));
      case "cents":
        return String.format(Locale.ROOT, "%02d", random.nextInt(100));
      case "percent":
      case "small":
        return String.valueOf(1 + random.nextInt(random.nextBoolean() ? 9 : 99));
      case "count":
        return String.valueOf(1 + random.nextInt(random.nextBoolean() ? 99 : 999));
      case "order":
        return String.valueOf(10_000 + random.nextInt(90_000));
      default:
        throw new IllegalArgumentException(kind);
    }
  }
}
