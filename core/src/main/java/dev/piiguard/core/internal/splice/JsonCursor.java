package dev.piiguard.core.internal.splice;

/** Walks a JSON document unit by unit, knowing whether it is inside a string or an escape. */
final class JsonCursor {

  private final Units units;
  private int position;
  private boolean inString;
  private int escapeStart = -1;
  private int escapeEnd = -1;

  JsonCursor(Units units) {
    this.units = units;
  }

  Units units() {
    return units;
  }

  /** A cursor at the same place, to look ahead with. */
  JsonCursor copy() {
    JsonCursor copy = new JsonCursor(units);
    copy.position = position;
    copy.inString = inString;
    copy.escapeStart = escapeStart;
    copy.escapeEnd = escapeEnd;
    return copy;
  }

  int position() {
    return position;
  }

  /** The unit before {@link #position()}, or -1 at the start. */
  int previousUnit() {
    return position > 0 ? units.at(position - 1) : -1;
  }

  /** The unit at {@link #position()}. */
  int unit() {
    return units.at(position);
  }

  /** Whether the unit at {@link #position()} is inside a string (after its opening quote). */
  boolean inString() {
    return inString;
  }

  /** Whether {@link #position()} lies inside an escape sequence, after its backslash. */
  boolean insideEscape() {
    return inString && escapeStart < position && position < escapeEnd;
  }

  int escapeStart() {
    return escapeStart;
  }

  int escapeEnd() {
    return escapeEnd;
  }

  void advanceTo(int target) {
    while (position < target) {
      if (!inString || position >= escapeEnd) {
        // Outside strings only a quote changes the state; inside, outside an escape, a quote or
        // a backslash does: skip the units in between without stepping through each.
        position = units.nextQuote(position, target, inString);
        if (position == target) {
          return;
        }
      }
      step();
    }
  }

  void step() {
    int c = units.at(position);
    if (inString) {
      if (position < escapeEnd) {
        // a unit of the current escape sequence
      } else if (c == '\\') {
        escapeStart = position;
        escapeEnd = position + JsonEscapes.length(units, position);
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    }
    position++;
  }
}
