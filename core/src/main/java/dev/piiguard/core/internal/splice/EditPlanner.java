package dev.piiguard.core.internal.splice;

import dev.piiguard.core.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns findings into non-overlapping edits whose boundaries keep the text well formed: never
 * inside a character, never inside a JSON escape sequence, and, for JSON documents, never across
 * a string's quotes or inside a bare number.
 */
public final class EditPlanner {

  private static final Comparator<Finding> BY_START =
      Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed());

  /**
   * What strict JSON has outside strings besides numbers: whitespace, the signs of structure, the
   * opening quote, and the letters of {@code true}, {@code false} and {@code null}.
   */
  private static final String JSON_OUTSIDE_STRINGS = " \t\n\r{}[],:\"truefalsn";

  private EditPlanner() {}

  /**
   * Plans the edits for {@code findings} over {@code units}.
   *
   * @param base what to subtract from finding offsets to get indexes into the view (the array
   *     offset for UTF-8 input, 0 for chars)
   * @param json whether the whole view is one JSON document, so that string boundaries and bare
   *     numbers are known; otherwise the text is treated as plain text that may also be the content
   *     of a JSON string
   */
  public static List<Edit> plan(Units units, List<Finding> findings, int base, boolean json) {
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(BY_START);
    int length = units.length();
    for (Finding finding : sorted) {
      if (finding.start() < base || finding.end() - base > length) {
        throw new IllegalArgumentException(
            "finding [" + finding.start() + ", " + finding.end() + ") outside the text ["
                + base + ", " + (base + length) + ")");
      }
    }
    List<Finding> merged = mergeOverlapping(sorted);
    return json ? planJson(units, merged, base) : planPlain(units, merged, base);
  }

  private static List<Finding> mergeOverlapping(List<Finding> sorted) {
    List<Finding> merged = new ArrayList<>(sorted.size());
    Finding current = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      Finding next = sorted.get(i);
      if (next.start() < current.end()) {
        if (next.end() > current.end()) {
          current = new Finding(current.type(), current.start(), next.end());
        }
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return merged;
  }

  private static List<Edit> planPlain(Units units, List<Finding> sorted, int base) {
    List<Edit> edits = new ArrayList<>(sorted.size());
    for (Finding finding : sorted) {
      addPlain(edits, units, finding.start() - base, finding.end() - base, finding.type());
    }
    return edits;
  }

  /**
   * Adds an edit of units {@code [start, end)} widened to whole characters and JSON escapes, merged
   * with the last edit when they overlap.
   */
  private static void addPlain(List<Edit> edits, Units units, int from, int to, String type) {
    int start = from;
    int end = to;
    int escapeAtStart = JsonEscapes.escapeCovering(units, start);
    if (escapeAtStart >= 0) {
      start = escapeAtStart;
    }
    int escapeAtEnd = JsonEscapes.escapeCovering(units, end);
    if (escapeAtEnd >= 0) {
      end = escapeAtEnd + JsonEscapes.length(units, escapeAtEnd);
    }
    start = alignStart(units, start);
    end = alignEnd(units, end);
    Edit previous = edits.isEmpty() ? null : edits.get(edits.size() - 1);
    if (previous != null && start < previous.end()) {
      if (end > previous.end()) {
        edits.set(edits.size() - 1,
            new Edit(previous.start(), end, previous.type(), previous.quote()));
      }
    } else {
      edits.add(new Edit(start, end, type));
    }
  }

  private static List<Edit> planJson(Units units, List<Finding> sorted, int base) {
    List<Edit> edits = new ArrayList<>(sorted.size());
    JsonCursor cursor = new JsonCursor(units);
    for (Finding finding : sorted) {
      int end = finding.end() - base;
      int start = Math.max(finding.start() - base, cursor.position());
      if (start >= end) {
        continue;
      }
      cursor.advanceTo(start);
      String type = finding.type();
      if (!mayBeStrictJson(cursor.copy(), end)) {
        // Not strict JSON there ({'email': '…'} of a Python dict, text after the document): the
        // value is replaced as in plain text rather than left in clear.
        addPlain(edits, units, start, end, type);
        cursor.advanceTo(Math.max(end, edits.get(edits.size() - 1).end()));
        continue;
      }
      String nestedQuote = cursor.inString() && !cursor.insideEscape()
          ? NestedJsonNumbers.quoteAround(units, start, end) : null;
      if (nestedQuote != null) {
        edits.add(new Edit(start, end, type, nestedQuote));
        cursor.advanceTo(end);
        continue;
      }
      while (cursor.position() < end) {
        int position = cursor.position();
        if (cursor.inString()) {
          int segmentStart = alignStart(units, cursor.insideEscape() ? cursor.escapeStart() : position);
          while (cursor.position() < end && cursor.inString()) {
            cursor.step();
          }
          int segmentEnd;
          if (!cursor.inString()) {
            segmentEnd = cursor.position() - 1;
          } else {
            segmentEnd = cursor.insideEscape() ? cursor.escapeEnd() : cursor.position();
            segmentEnd = alignEnd(units, segmentEnd);
            cursor.advanceTo(segmentEnd);
          }
          if (segmentEnd > segmentStart) {
            edits.add(new Edit(segmentStart, segmentEnd, type));
          }
        } else if (isNumberUnit(units.at(position))) {
          int runStart = position;
          int lastEnd = edits.isEmpty() ? 0 : edits.get(edits.size() - 1).end();
          while (runStart > lastEnd && isNumberUnit(units.at(runStart - 1))) {
            runStart--; // not into the last edit: DE89…+192.168.1.20 outside strict JSON
          }
          int runEnd = position;
          while (runEnd < units.length() && isNumberUnit(units.at(runEnd))) {
            runEnd++;
          }
          if (hasDigit(units, runStart, runEnd)) {
            edits.add(new Edit(runStart, runEnd, type, "\""));
          }
          cursor.advanceTo(runEnd);
        } else {
          cursor.step();
        }
      }
    }
    return edits;
  }

  /**
   * Whether the units the cursor passes up to {@code end} may be strict JSON: outside strings only
   * numbers, whitespace, the signs of structure and the letters of {@code true}, {@code false} and
   * {@code null}, and no two numbers with only whitespace between them; the cursor is a copy and
   * is moved.
   */
  private static boolean mayBeStrictJson(JsonCursor cursor, int end) {
    boolean afterNumber = false;
    while (cursor.position() < end) {
      if (!cursor.inString()) {
        int c = cursor.unit();
        boolean number = isNumberUnit(c);
        if (number && afterNumber && !isNumberUnit(cursor.previousUnit())) {
          return false; // 4111 1111 outside quotes: two numbers side by side
        }
        if (!number && (JSON_OUTSIDE_STRINGS.indexOf(c) < 0
            || c >= 'a' && c <= 'z' && !inLiteral(cursor.units(), cursor.position()))) {
          return false;
        }
        afterNumber = number || afterNumber && isJsonWhitespace(c);
      }
      cursor.step();
    }
    return true;
  }

  /**
   * Whether the lower-case letter at {@code index} is part of a whole {@code true}, {@code false}
   * or {@code null}.
   */
  private static boolean inLiteral(Units units, int index) {
    int start = index;
    while (start > 0 && units.at(start - 1) >= 'a' && units.at(start - 1) <= 'z') {
      start--;
    }
    int end = index + 1;
    while (end < units.length() && units.at(end) >= 'a' && units.at(end) <= 'z') {
      end++;
    }
    return isWord(units, start, end, "true") || isWord(units, start, end, "false")
        || isWord(units, start, end, "null");
  }

  private static boolean isWord(Units units, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (units.at(start + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJsonWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int alignStart(Units units, int index) {
    while (units.isInsideCharacter(index)) {
      index--;
    }
    return index;
  }

  private static int alignEnd(Units units, int index) {
    while (units.isInsideCharacter(index)) {
      index++;
    }
    return index;
  }

  static boolean isNumberUnit(int c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  private static boolean hasDigit(Units units, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = units.at(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
