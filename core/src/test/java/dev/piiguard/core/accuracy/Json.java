package dev.piiguard.core.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for the accuracy command: objects become maps, arrays lists, numbers
 * doubles. Enough for the benchmark file; not a general-purpose parser.
 */
final class Json {
  private final String text;
  private int position;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.skipSpace();
    if (json.position != text.length()) {
      throw json.error("trailing characters");
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (position >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    position++;
    skipSpace();
    if (peek() == '}') {
      position++;
      return object;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      object.put(key, value());
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    position++;
    skipSpace();
    if (peek() == ']') {
      position++;
      return array;
    }
    while (true) {
      array.add(value());
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder string = new StringBuilder();
    while (true) {
      char c = text.charAt(position++);
      if (c == '"') {
        return string.toString();
      }
      if (c != '\\') {
        string.append(c);
        continue;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'n' -> string.append('\n');
        case 't' -> string.append('\t');
        case 'r' -> string.append('\r');
        case 'b' -> string.append('\b');
        case 'f' -> string.append('\f');
        case 'u' -> {
          string.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> string.append(escaped);
      }
    }
  }

  private Double number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (start == position) {
      throw error("unexpected character");
    }
    return Double.valueOf(text.substring(start, position));
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("expected " + word);
    }
    position += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    position++;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at offset " + position);
  }
}
