package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.PiiTypeFlows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How numbers, times and counts read in every format of the report. */
final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  /** {@code 2026-11-25 15:03:16Z}. */
  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** {@code 2026-11-25 15:03:16Z – 15:03:18Z}: a time span, the date written once when it is one day. */
  static String span(Instant first, Instant last) {
    if (first == null || last == null) {
      return "";
    }
    String start = time(first);
    String end = time(last);
    if (start.equals(end)) {
      return start;
    }
    return start.substring(0, 10).equals(end.substring(0, 10))
        ? start + " – " + end.substring(11)
        : start + " – " + end;
  }

  /** {@code 1 request}, {@code 2 requests}. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** {@code tokenized ×2, blocked ×1}. */
  static String tally(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(entry -> entry.getKey() + " ×" + entry.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code in code NATIONAL_ID, at run time US_SSN}: the names the inputs give a PII type family,
   * or the empty string when they all use the family's name.
   */
  static String names(PiiTypeFlows type) {
    if (!type.hasOtherNames()) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    if (!type.namesInCode().isEmpty()) {
      names.append("in code ").append(String.join(", ", type.namesInCode()));
    }
    if (!type.namesAtRunTime().isEmpty()) {
      names.append(names.length() > 0 ? "; " : "").append("at run time ").append(String.join(", ", type.namesAtRunTime()));
    }
    return names.toString();
  }

  /** {@code 1.2 MB}, {@code 512 B}. */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
