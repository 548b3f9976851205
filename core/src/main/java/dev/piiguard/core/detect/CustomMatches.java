package dev.piiguard.core.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the matches of a custom detector's regex in a text, in order, never an empty one: where the
 * regex matches the empty string first (the {@code \b} of {@code \b|EMP-\d{6}}), it is tried again
 * at the same place for a match of at least one char, as Perl does after an empty match, and the
 * search goes on after that match, or at the next char when there is none. The regex reads the
 * text through a {@link ReadBudget}, so {@link #find} throws {@link RegexBudgetExceededException}
 * when it backtracks catastrophically.
 */
final class CustomMatches {
  /**
   * What makes a regex match only where it ends after it starts: {@code \G} stands where the
   * search started, which for {@link Matcher#lookingAt} on a region is the region's start.
   */
  private static final String NOT_EMPTY = ")(?!\\G)";
  /**
   * What may stand between the regex and {@link #NOT_EMPTY}: nothing, or the end of a quote
   * ({@code \Q} left open) or of a comment (after {@code (?x)}) that would swallow it.
   */
  private static final String[] CLOSINGS = {"", "\\E", "\n"};

  private final Matcher matcher;
  private final Pattern nonEmpty;
  private final ReadBudget text;
  /** The matcher of {@link #nonEmpty}, made at the first empty match. */
  private Matcher retry;
  private int start;
  private int end;
  /** Where the next search starts after a match found by {@link #retry}, else -1. */
  private int resume = -1;

  /**
   * The matches of {@code custom} in {@code text}; {@code nonEmpty} is the {@link #nonEmptyForm}
   * of its pattern, null to skip empty matches without looking for a longer one there.
   */
  CustomMatches(CustomPattern custom, Pattern nonEmpty, CharSequence text) {
    this.text = new ReadBudget(text, custom.id());
    this.matcher = custom.pattern().matcher(this.text);
    this.nonEmpty = nonEmpty;
  }

  /**
   * Moves to the next match; false when there is none.
   *
   * @throws RegexBudgetExceededException if the regex has read the text past its budget
   */
  boolean find() {
    boolean found = resume < 0 ? matcher.find() : matcher.find(resume);
    resume = -1;
    for (; found; found = matcher.find()) {
      start = matcher.start();
      end = matcher.end();
      if (end > start) {
        return true;
      }
      if (nonEmpty != null && retry().region(start, text.length()).lookingAt()) {
        end = retry.end();
        resume = end;
        return true;
      }
    }
    return false;
  }

  /** Where the current match starts. */
  int start() {
    return start;
  }

  /** Where the current match ends (exclusive), after {@link #start()}. */
  int end() {
    return end;
  }

  private Matcher retry() {
    if (retry == null) {
      // transparent bounds: lookbehinds and \b see the text before the region; non-anchoring
      // bounds: ^ matches only where it would in the whole text
      retry = nonEmpty.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
    return retry;
  }

  /**
   * {@code pattern} changed to match only where it ends after it starts, preferring what the
   * regex prefers among such matches; null if it cannot be (not met: the regex compiled on its
   * own, so one of the {@link #CLOSINGS} fits it).
   */
  static Pattern nonEmptyForm(Pattern pattern) {
    String regex = pattern.pattern();
    int flags = flagsGiven(pattern);
    for (String closing : CLOSINGS) {
      try {
        return Pattern.compile("(?:" + regex + closing + NOT_EMPTY, flags);
      } catch (PatternSyntaxException e) {
        // the suffix was quoted or commented out, leaving the group open: try the next closing
      }
    }
    return null;
  }

  /**
   * The flags {@code pattern} was compiled with. {@link Pattern#flags()} also holds the flags
   * that the regex turns on ({@code (?x)} anywhere outside a group), which must not apply from
   * its start: so none when the regex alone compiles to the same flags, as for {@link
   * CustomPattern#of}, else all (exact unless the regex also turns on or off a flag it was given).
   */
  private static int flagsGiven(Pattern pattern) {
    try {
      if (Pattern.compile(pattern.pattern()).flags() == pattern.flags()) {
        return 0;
      }
    } catch (PatternSyntaxException e) {
      // it needs the flags it was given (a comment after COMMENTS)
    }
    return pattern.flags();
  }
}
