package dev.piiguard.core.detect;

/**
 * Whether a bare number is the value of a counter or gauge whose name says what it measures:
 * bytes, packets, an offset, memory, a total ({@code go_memstats_alloc_bytes_total
 * 36231983323899}, {@code used_memory:4014190064589943}, {@code IF-MIB::ifHCInOctets.2 =
 * Counter64: 5341533647176418}). Counters of a long-running host reach 14 to 16 digits, and one in
 * twenty of them passes Luhn in a card brand's range.
 */
final class CounterNames {
  /**
   * Units and objects of measurement, which name a counter or gauge alone or as a part of its
   * name ({@code node_network_receive_bytes_total}, {@code ifHCInOctets}, {@code Counter64:}).
   */
  private static final ContextWords UNITS = ContextWords.of(
      "bytes", "byte", "octets", "packets", "pkts", "frames", "offset", "offsets", "lag",
      "memory", "mem", "counter", "gauge");
  /**
   * Words of how a quantity was taken, which name a counter only as a part of a longer name
   * ({@code used_memory}, {@code Innodb_data_read}, {@code requests_total}): alone they stand in
   * prose, where a card may follow ({@code Order total: 4111…}).
   */
  private static final ContextWords ASPECTS = ContextWords.of(
      "used", "total", "count", "sum", "seq", "read", "written", "sent", "received", "recv",
      "alloc", "allocated", "size");
  /** The most spaces and signs between a name and its value: columns of a table ({@code | … |}). */
  private static final int MAX_SEPARATORS = 64;
  /** The longest block of labels between a metric's name and its value ({@code {device="eth0"}}). */
  private static final int MAX_LABELS = 256;
  /** The longest name read. */
  private static final int MAX_NAME = 96;

  private CounterNames() {}

  /**
   * The index just past the measurement word in the name of the counter whose value is the
   * number at {@code start}, or -1. The name is the token right before the number, with only
   * spaces, {@code :}, {@code =}, {@code |} and quotes between, and in Prometheus' format the
   * block of labels ({@code kafka_log_log_end_offset{topic="orders.v2",partition="3"} 4457…}).
   */
  static int measureNaming(Text text, int start) {
    int nameEnd = skipSeparatorsBack(text, start);
    if (text.at(nameEnd - 1) == '}') {
      nameEnd = skipSeparatorsBack(text, labelsStart(text, nameEnd - 1));
    }
    int nameStart = nameStartBefore(text, nameEnd);
    if (nameStart == nameEnd || isNameChar(text.at(nameStart - 1))) {
      return -1;
    }
    int unit = UNITS.nearestBefore(text, nameEnd, nameEnd - nameStart);
    if (unit > nameStart) {
      return unit;
    }
    int aspect = ASPECTS.nearestBefore(text, nameEnd, nameEnd - nameStart);
    return aspect > nameStart && isCompound(text, nameStart, nameEnd) ? aspect : -1;
  }

  /**
   * Where the name that goes on up to {@code end} starts, at most {@link #MAX_NAME} units back.
   */
  static int nameStartBefore(Text text, int end) {
    int start = end;
    while (end - start < MAX_NAME && isNameChar(text.at(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Whether the name in [start, end) joins several words: with {@code _}, {@code .} or {@code -}
   * between letters ({@code used_memory}) or in camel case ({@code bytesUsed}).
   */
  private static boolean isCompound(Text text, int start, int end) {
    for (int i = start + 1; i + 1 < end; i++) {
      int c = text.at(i);
      boolean joint = c == '_' || c == '.' || c == '-';
      if (joint && Ascii.isLetter(text.at(i - 1)) && Ascii.isLetter(text.at(i + 1))
          || Ascii.isLower(c) && Ascii.isUpper(text.at(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Where the spaces and signs between a name and the value at {@code end} start. */
  private static int skipSeparatorsBack(Text text, int end) {
    int i = end;
    while (end - i < MAX_SEPARATORS && isSeparator(text.at(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The index of the {@code {} that opens the block of labels closed at {@code close}, on the
   * same line, or {@code close + 1} when there is none: then no name is read.
   */
  private static int labelsStart(Text text, int close) {
    for (int i = close - 1, characters = 0; i >= 0 && characters < MAX_LABELS; i--) {
      int c = text.at(i);
      characters += text.startsCodePoint(i) ? 1 : 0; // the block's length in characters
      if (c == '{') {
        return i;
      }
      if (c < 0 || c == '\n' || c == '}') {
        break;
      }
    }
    return close + 1;
  }

  private static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '|' || c == '"' || c == '\'';
  }

  private static boolean isNameChar(int c) {
    return Ascii.isWordChar(c) || c == '.' || c == '-';
  }
}
