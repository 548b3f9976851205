package dev.piiguard.core.redact;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.internal.splice.EditPlanner;
import dev.piiguard.core.internal.splice.Splicer;
import dev.piiguard.core.internal.splice.TypeNames;
import dev.piiguard.core.internal.splice.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces each finding with a typed placeholder such as {@code [EMAIL]}, keeping JSON valid.
 *
 * <p>A placeholder is the entity id in brackets, written in normal form: upper-case ASCII letters,
 * digits and single underscores ({@code employee-id} becomes {@code [EMPLOYEE_ID]}). It holds no
 * character that needs escaping in JSON, so it can stand inside any JSON string.
 *
 * <p>Findings may come in any order and may overlap; overlapping findings become one placeholder
 * of the first finding's type. A finding whose edge falls inside a character or inside a JSON
 * escape sequence is widened to the whole character or sequence, so that no half of {@code \n} or
 * {@code \u0040} is left behind. See {@link TextFormat} for what {@link TextFormat#JSON} adds.
 * Offsets of findings over UTF-8 are indexes into the array, as the scanner reports them.
 */
public final class PlaceholderRedaction {

  private PlaceholderRedaction() {}

  /** Placeholders of the types seen so far; entity ids are few, custom ones included. */
  private static final Map<String, String> PLACEHOLDERS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 1024;
  /** The most digits after a letter that are read apart from it: a card number's usual sixteen. */
  private static final int LONGEST_GLUED_DIGITS = 16;

  /** The placeholder for {@code type}: {@code [EMAIL]} for {@code EMAIL}. */
  public static String placeholder(String type) {
    Objects.requireNonNull(type, "type");
    String cached = PLACEHOLDERS.get(type);
    if (cached != null) {
      return cached;
    }
    String placeholder = "[" + TypeNames.normalize(type) + "]";
    if (PLACEHOLDERS.size() < MAX_CACHED) {
      PLACEHOLDERS.put(type, placeholder);
    }
    return placeholder;
  }

  /**
   * {@code text} with every value {@code scanner} finds replaced by its placeholder, the text read
   * as {@link #segmentFindings} reads it. For names and messages that quote them, not for JSON.
   */
  public static String redactSegments(String text, PiiScanner scanner) {
    List<Finding> findings = segmentFindings(text, scanner);
    return findings.isEmpty() ? text : redact(text, findings);
  }

  /**
   * The values {@code scanner} finds in a name or a message, read in several ways: as written (a key
   * or a password may hold a {@code /}), with each segment between {@code /} or {@code \} as a
   * word of its own, as the parts of a path, a file name or a URL are (the scanner otherwise takes
   * digits right after "letters/" for part of an identifier), and with words joined by {@code _}
   * or {@code -} also apart ({@code card_4111…}, {@code access-203.0.113.7.log}; not digits
   * joined so, {@code 2026-11-29}, which a phone word before them would make a phone), and with
   * letters and digits glued to each other apart ({@link Boundary}). A value found
   * more than one way is listed once, as first found; one that a later reading finds longer is
   * listed both ways, and {@link #redact} makes one placeholder of them.
   */
  public static List<Finding> segmentFindings(String text, PiiScanner scanner) {
    List<Finding> findings = new ArrayList<>(scanner.scan(text));
    String segments = text.replace('/', ' ').replace('\\', ' ');
    if (!segments.equals(text)) {
      addApart(findings, scanner.scan(segments));
    }
    String words = wordsApart(segments);
    if (!words.equals(segments)) {
      addApart(findings, scanner.scan(words));
    }
    for (Boundary boundary : Boundary.values()) {
      addApart(findings, gluedApart(words, scanner, boundary));
    }
    return findings;
  }

  /** Where {@link #gluedApart} reads a name's parts apart. */
  private enum Boundary {
    /** A letter and the digits after it: {@code x4111…}, {@code ssn219…}. */
    LETTER_THEN_DIGIT,
    /** A digit and the letter after it: {@code …3000x}, so that an IBAN's own letters stay with it. */
    DIGIT_THEN_LETTER,
    /** Both: a number with a letter on each side, {@code zz4111…zz}. */
    EITHER_WAY,
    /**
     * A lower-case letter and an upper-case one ({@code keyAKIA…}, {@code ibanDE89…}), a run of
     * capitals and the lower-case letter after it ({@code …EXAMPLEy}), and a letter and the country
     * code and check digits of an IBAN ({@code IBANDE89…}).
     */
    WORD_THEN_CAPITALS
  }

  /**
   * What {@code scanner} finds in {@code text} read with a space at each {@code boundary}, at
   * offsets of {@code text}. The scanner takes a number run on from a letter for part of an
   * identifier; a name or a mistyped option is no identifier.
   */
  private static List<Finding> gluedApart(String text, PiiScanner scanner, Boundary boundary) {
    StringBuilder spaced = null;
    int[] origin = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i > 0 && glued(text, i, boundary)) {
        if (spaced == null) {
          spaced = new StringBuilder(text.length() + 8).append(text, 0, i);
          origin = new int[text.length() * 2 + 1];
          for (int k = 0; k < i; k++) {
            origin[k] = k;
          }
        }
        origin[spaced.length()] = i;
        spaced.append(' ');
      }
      if (spaced != null) {
        origin[spaced.length()] = i;
        spaced.append(c);
      }
    }
    if (spaced == null) {
      return List.of();
    }
    List<Finding> found = scanner.scan(spaced);
    List<Finding> mapped = new ArrayList<>(found.size());
    for (Finding finding : found) {
      mapped.add(new Finding(finding.type(), origin[finding.start()], origin[finding.end() - 1] + 1));
    }
    return mapped;
  }

  /**
   * Whether {@code text} parts at {@code i} by {@code boundary}. A run of more than {@value
   * #LONGEST_GLUED_DIGITS} digits after a letter is taken for an identifier, as the scanner takes it
   * (a temporary file's {@code junit8120393859234023475}, a snowflake id), not read apart.
   */
  private static boolean glued(String text, int i, Boundary boundary) {
    return switch (boundary) {
      case LETTER_THEN_DIGIT -> letterThenDigits(text, i);
      case DIGIT_THEN_LETTER -> digitThenLetter(text, i);
      case EITHER_WAY -> letterThenDigits(text, i) || digitThenLetter(text, i);
      case WORD_THEN_CAPITALS -> Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
          || capitalsThenLowerCase(text, i)
          || Character.isLetter(text.charAt(i - 1)) && startsIbanCountry(text, i);
    };
  }

  private static boolean digitThenLetter(String text, int i) {
    return isAsciiDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i));
  }

  private static boolean letterThenDigits(String text, int i) {
    if (!Character.isLetter(text.charAt(i - 1)) || !isAsciiDigit(text.charAt(i))) {
      return false;
    }
    int end = i;
    while (end < text.length() && isAsciiDigit(text.charAt(end))) {
      end++;
    }
    return end - i <= LONGEST_GLUED_DIGITS;
  }

  /** A run of capitals and digits ends at {@code i} in a lower-case letter ({@code …EXAMPLEy}). */
  private static boolean capitalsThenLowerCase(String text, int i) {
    char twoBefore = i >= 2 ? text.charAt(i - 2) : ' ';
    return Character.isLowerCase(text.charAt(i)) && isAsciiCapital(text.charAt(i - 1))
        && (isAsciiCapital(twoBefore) || isAsciiDigit(twoBefore));
  }

  /** Two capital letters and two digits from {@code i}, as an IBAN starts ({@code DE89}). */
  private static boolean startsIbanCountry(String text, int i) {
    return i + 3 < text.length() && isAsciiCapital(text.charAt(i)) && isAsciiCapital(text.charAt(i + 1))
        && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3));
  }

  private static boolean isAsciiCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@code text} with each {@code _} or {@code -} next to a letter as a space: the words a name
   * joins come apart ({@code card_4111…}, {@code key_AKIA…}), while one between digits stays, as
   * it groups a date or a number ({@code sms-2026-11-29}, {@code 123-45-6789}).
   */
  private static String wordsApart(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '_' || c == '-') && (i > 0 && Character.isLetter(text.charAt(i - 1))
          || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** Adds each of {@code more} that lies within none of {@code findings}. */
  private static void addApart(List<Finding> findings, List<Finding> more) {
    int known = findings.size();
    for (Finding candidate : more) {
      boolean within = false;
      for (int k = 0; k < known && !within; k++) {
        Finding found = findings.get(k);
        within = found.start() <= candidate.start() && candidate.end() <= found.end();
      }
      if (!within) {
        findings.add(candidate);
      }
    }
  }

  /** {@code text} with every finding replaced by its placeholder, as {@link TextFormat#PLAIN}. */
  public static String redact(CharSequence text, List<Finding> findings) {
    return redact(text, findings, TextFormat.PLAIN);
  }

  /** {@code text} with every finding replaced by its placeholder. */
  public static String redact(CharSequence text, List<Finding> findings, TextFormat format) {
    if (findings.isEmpty()) {
      return text.toString();
    }
    return Splicer.apply(
        text,
        EditPlanner.plan(Units.of(text), findings, 0, format == TextFormat.JSON),
        (units, edit) -> placeholder(edit.type()));
  }

  /**
   * The {@code length} bytes from {@code offset} with every finding replaced by its placeholder, as
   * {@link TextFormat#PLAIN}.
   */
  public static byte[] redactUtf8(byte[] utf8, int offset, int length, List<Finding> findings) {
    return redactUtf8(utf8, offset, length, findings, TextFormat.PLAIN);
  }

  /**
   * The {@code length} bytes from {@code offset} with every finding replaced by its placeholder;
   * finding offsets are indexes into {@code utf8}. Returns a new array, also when nothing changed.
   */
  public static byte[] redactUtf8(
      byte[] utf8, int offset, int length, List<Finding> findings, TextFormat format) {
    Units units = Units.ofUtf8(utf8, offset, length);
    return Splicer.applyUtf8(
        utf8,
        offset,
        length,
        EditPlanner.plan(units, findings, offset, format == TextFormat.JSON),
        (view, edit) -> placeholder(edit.type()));
  }
}
