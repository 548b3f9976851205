package dev.piiguard.cli.report.render;

/** Writes GitHub-flavoured Markdown with every input text escaped, for CI logs and PR comments. */
final class Markdown {

  private final StringBuilder out = new StringBuilder(16 * 1024);

  Markdown line(String markdown) {
    out.append(markdown).append('\n');
    return this;
  }

  Markdown blank() {
    out.append('\n');
    return this;
  }

  /** A table row of cells that are already escaped. */
  Markdown row(String... cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes text so that Markdown and the HTML GitHub allows in it show it literally; an
   * {@code @} is kept from mentioning anyone. The report never starts a line with input text, so
   * characters that matter only at the start of a line stay as they are.
   */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '|' -> escaped.append("\\|");
        case '@' -> escaped.append("@\u200B");
        case '\n', '\r', '\t' -> escaped.append(' ');
        case '\\', '`', '*', '_', '[', ']', '~' ->
            escaped.append('\\').append(c);
        default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /** A code span; a backtick inside becomes a quote, since no escape works inside code spans. */
  static String code(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String inside = text.replace('`', '\'').replace("|", "\\|").replaceAll("[\\r\\n\\t]", " ");
    return "`" + inside + "`";
  }
}
