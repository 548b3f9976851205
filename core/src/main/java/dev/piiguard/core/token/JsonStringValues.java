package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.JsonEscapes;
import dev.piiguard.core.internal.splice.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the string values of one JSON document with where they stand: the member name, and a
 * channel key made of the path and the index members ({@code index}, {@code output_index}, {@code
 * content_index}, {@code item_id}) of every enclosing object, so that deltas of one choice or one
 * content block share a key across events.
 */
final class JsonStringValues {

  /** One string value: raw content {@code [start, end)} between its quotes. */
  record StringValue(int start, int end, String name, String channel) {}

  /** The text is not JSON this reader understands. */
  static final class MalformedJsonException extends Exception {
    private final boolean tooDeep;

    MalformedJsonException(String message) {
      this(message, false);
    }

    private MalformedJsonException(String message, boolean tooDeep) {
      super(message, null, false, false);
      this.tooDeep = tooDeep;
    }

    /** Whether the text may be JSON, only nested deeper than this reader goes. */
    boolean tooDeep() {
      return tooDeep;
    }
  }

  private static final Set<String> INDEX_MEMBERS =
      Set.of("index", "output_index", "content_index", "item_id");
  private static final int MAX_DEPTH = 64;

  private final String json;
  private int position;
  private final List<Pending> values = new ArrayList<>();

  /** The labels of one enclosing container, filled in when it closes. */
  private static final class Scope {
    final Scope parent;
    final String step;
    final StringBuilder labels = new StringBuilder();

    Scope(Scope parent, String step) {
      this.parent = parent;
      this.step = step;
    }

    String key() {
      StringBuilder key = new StringBuilder();
      for (Scope scope = this; scope != null; scope = scope.parent) {
        key.insert(0, "/" + scope.step + scope.labels);
      }
      return key.toString();
    }
  }

  private record Pending(int start, int end, String name, Scope scope) {}

  private JsonStringValues(String json) {
    this.json = json;
  }

  static List<StringValue> of(String json) throws MalformedJsonException {
    JsonStringValues reader = new JsonStringValues(json);
    reader.value(new Scope(null, ""), null, 0);
    reader.skipWhitespace();
    if (reader.position != json.length()) {
      throw new MalformedJsonException("text after the JSON value");
    }
    List<StringValue> result = new ArrayList<>(reader.values.size());
    for (Pending value : reader.values) {
      result.add(new StringValue(value.start(), value.end(), value.name(), value.scope().key() + "/" + value.name()));
    }
    return result;
  }

  private void value(Scope scope, String name, int depth) throws MalformedJsonException {
    if (depth > MAX_DEPTH) {
      throw new MalformedJsonException("nested deeper than " + MAX_DEPTH, true);
    }
    skipWhitespace();
    char c = peek();
    if (c == '{') {
      object(scope, name, depth);
    } else if (c == '[') {
      array(scope, name, depth);
    } else if (c == '"') {
      int start = position + 1;
      int end = string();
      values.add(new Pending(start, end, name, scope));
    } else {
      scalar();
    }
  }

  private void object(Scope parent, String name, int depth) throws MalformedJsonException {
    Scope scope = new Scope(parent, name == null ? "" : name);
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw new MalformedJsonException("member name expected");
      }
      int keyStart = position + 1;
      int keyEnd = string();
      String key = JsonEscapes.decode(Units.of(json), keyStart, keyEnd);
      skipWhitespace();
      expect(':');
      skipWhitespace();
      int valueStart = position;
      value(scope, key, depth + 1);
      if (INDEX_MEMBERS.contains(key)) {
        scope.labels.append('{').append(key).append('=').append(json, valueStart, position).append('}');
      }
      skipWhitespace();
      char next = peek();
      position++;
      if (next == '}') {
        return;
      }
      if (next != ',') {
        throw new MalformedJsonException("',' or '}' expected");
      }
    }
  }

  private void array(Scope parent, String name, int depth) throws MalformedJsonException {
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return;
    }
    for (int index = 0; ; index++) {
      Scope element = new Scope(parent, (name == null ? "" : name) + "[" + index + "]");
      value(element, name, depth + 1);
      skipWhitespace();
      char next = peek();
      position++;
      if (next == ']') {
        return;
      }
      if (next != ',') {
        throw new MalformedJsonException("',' or ']' expected");
      }
    }
  }

  /** Reads a string from its opening quote; returns the index of its closing quote. */
  private int string() throws MalformedJsonException {
    position++;
    while (position < json.length()) {
      char c = json.charAt(position);
      if (c == '\\') {
        position += 2;
      } else if (c == '"') {
        return position++;
      } else if (c < 0x20) {
        throw new MalformedJsonException("control character in a string");
      } else {
        position++;
      }
    }
    throw new MalformedJsonException("unterminated string");
  }

  private void scalar() throws MalformedJsonException {
    int start = position;
    while (position < json.length() && isScalarChar(json.charAt(position))) {
      position++;
    }
    if (position == start) {
      throw new MalformedJsonException("value expected");
    }
  }

  private static boolean isScalarChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '-' || c == '+' || c == '.';
  }

  private void expect(char expected) throws MalformedJsonException {
    if (peek() != expected) {
      throw new MalformedJsonException("'" + expected + "' expected");
    }
    position++;
  }

  private char peek() throws MalformedJsonException {
    if (position >= json.length()) {
      throw new MalformedJsonException("unexpected end");
    }
    return json.charAt(position);
  }

  private void skipWhitespace() {
    while (position < json.length()) {
      char c = json.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }
}
