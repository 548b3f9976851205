package dev.piiguard.cli.report.render;

/**
 * Writes HTML (and inline SVG) with every text and attribute value escaped. Tag and attribute
 * names are always constants of the renderer; only {@link #markup} takes markup, and only the
 * renderer's own constants go there.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves it out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Writes an element without content, such as {@code <rect .../>} or {@code <meta ...>}. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(tag.equals("meta") || tag.equals("input") ? ">" : "/>");
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes {@code tag} holding {@code text}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  Html text(long number) {
    out.append(number);
    return this;
  }

  /** Writes trusted markup: the renderer's own constants only, never input text. */
  Html markup(String trusted) {
    out.append(trusted);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes are name, value pairs: " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  /**
   * Escapes text for HTML text and quoted attribute values, and drops what has no business in a
   * report: control characters and unpaired surrogates.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\n', '\t' -> escaped.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
