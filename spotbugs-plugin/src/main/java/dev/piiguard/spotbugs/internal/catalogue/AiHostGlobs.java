package dev.piiguard.spotbugs.internal.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds any of the catalogue's AI host globs in a URL's text, with {@code *} standing for a run of
 * host-name characters, as the agent reads the same globs ({@code bedrock-runtime.*.amazonaws.com},
 * {@code *.openai.azure.com}). A star at either end adds nothing to a search inside the text, so
 * most globs are plain text; one with a star inside is a pattern tried only where its text before
 * the star occurs, its star at most a host name long: the analysis asks this of every string
 * constant, and a greedy {@code [a-z0-9.-]*} from every position of a long one was quadratic.
 */
final class AiHostGlobs {
  private static final String HOST_CHARACTERS = "[a-z0-9.-]{0,253}";

  private final List<String> plain = new ArrayList<>();
  private final List<Glob> starred = new ArrayList<>();

  private record Glob(String before, Pattern pattern) {}

  AiHostGlobs(Collection<String> globs) {
    for (String glob : globs) {
      String inner = stripStars(glob);
      if (inner.isEmpty()) {
        continue;
      }
      int star = inner.indexOf('*');
      if (star < 0) {
        plain.add(inner);
      } else {
        starred.add(new Glob(inner.substring(0, star), toPattern(inner)));
      }
    }
  }

  /** Whether {@code text}, in lower case, names one of the hosts. */
  boolean foundIn(String text) {
    for (String host : plain) {
      if (text.contains(host)) {
        return true;
      }
    }
    for (Glob glob : starred) {
      if ((glob.before().isEmpty() || text.contains(glob.before())) && glob.pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private static String stripStars(String glob) {
    int start = 0;
    int end = glob.length();
    while (start < end && glob.charAt(start) == '*') {
      start++;
    }
    while (end > start && glob.charAt(end - 1) == '*') {
      end--;
    }
    return glob.substring(start, end);
  }

  private static Pattern toPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    int start = 0;
    for (int star = glob.indexOf('*'); star >= 0; star = glob.indexOf('*', start)) {
      regex.append(Pattern.quote(glob.substring(start, star))).append(HOST_CHARACTERS);
      start = star + 1;
    }
    return Pattern.compile(regex.append(Pattern.quote(glob.substring(start))).toString());
  }
}
