package dev.piiguard.core.detect;

/**
 * Whether a label leads to a number: the label's word, then only id words ({@code number},
 * {@code no}, {@code id}, …), spaces and punctuation up to the number, as in {@code Part number
 * 412-55-7890}, {@code order #5598…}, {@code "order_id": "4111…"}; not when other words or a
 * number stand between, as in {@code my order #12345 was charged twice on 4111 1111 1111 1111}.
 */
final class NumberLabels {
  /**
   * What may stand between a label and its number: {@code Part number}, {@code Claim ref:},
   * {@code Order number is}.
   */
  private static final ContextWords ID_WORDS = ContextWords.strict(
      "number", "no", "nr", "num", "id", "ref", "code", "is", "n", "nummer", "numero", "nro");

  /**
   * Labels of numbers that are written in groups like SSNs and phone numbers: parts, orders,
   * tickets, product codes ({@code Part number 412-55-7890}, {@code SKU 520-277-9427}).
   */
  static final ContextWords OTHER_NUMBERS = ContextWords.strict(
      "part", "parts", "order", "item", "model", "sku", "invoice", "tracking", "ticket",
      "reference", "ref", "serial", "claim", "policy", "lot", "batch", "case", "product",
      "article", "upc", "isbn", "ean", "gtin", "asin", "mpn");

  /**
   * Labels of product codes, which shops write in the layout of North American phone numbers
   * ({@code SKU 520-277-9427}); not of orders, tickets or cases, whose notes hold the customer's
   * phone number ({@code Ticket: 415-555-2671 called twice}).
   */
  static final ContextWords PRODUCT_CODES = ContextWords.strict(
      "part", "parts", "item", "model", "sku", "serial", "lot", "batch", "product", "article",
      "upc", "isbn", "ean", "gtin", "asin", "mpn", "artikelnummer", "artikel");

  private NumberLabels() {}

  /**
   * Whether a word of {@code labels} ends within {@code window} code points before the number at
   * {@code start} and leads to it.
   */
  static boolean leadsTo(ContextWords labels, Text text, int start, int window) {
    return labelLeadingTo(labels, text, start, window) >= 0;
  }

  /**
   * The index just past the nearest word of {@code labels} within {@code window} code points
   * before the number at {@code start} when it leads to the number, else -1.
   */
  static int labelLeadingTo(ContextWords labels, Text text, int start, int window) {
    int word = labels.nearestBefore(text, start, window);
    return word >= 0 && ID_WORDS.holdsAllWordsBetween(text, word, start) ? word : -1;
  }
}
