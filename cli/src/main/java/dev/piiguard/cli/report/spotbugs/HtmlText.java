package dev.piiguard.cli.report.spotbugs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a bug pattern's {@code Details} into plain paragraphs. The report never copies
 * input markup: it re-renders the text, escaped.
 */
final class HtmlText {

  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)<\\s*(?:/\\s*(?:p|div|li|ul|ol|pre|h[1-6]|blockquote|table|tr)|br\\s*/?)\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private HtmlText() {}

  /** The text of {@code html}, one paragraph per block, paragraphs separated by a blank line. */
  static String toPlainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String blocks = BLOCK_END.matcher(html).replaceAll("\u0000");
    List<String> paragraphs = new ArrayList<>();
    for (String block : blocks.split("\u0000")) {
      String text = decodeEntities(TAG.matcher(block).replaceAll(""));
      text = SPACES.matcher(text).replaceAll(" ").trim();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static String decodeEntities(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder result = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(result, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String decode(String entity, String original) {
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        return Character.toString(Integer.parseInt(entity.substring(2), 16));
      }
      if (entity.startsWith("#")) {
        return Character.toString(Integer.parseInt(entity.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return "";
    }
    return switch (entity) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> original;
    };
  }
}
