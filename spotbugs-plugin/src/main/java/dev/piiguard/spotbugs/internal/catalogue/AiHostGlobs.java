package dev.piiguard.spotbugs.internal.catalogue;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Turns the catalogue's AI host globs into one pattern that finds any of them in a URL's text, with
 * {@code *} standing for a run of host-name characters, as the agent reads the same globs
 * ({@code bedrock-runtime.*.amazonaws.com}, {@code *.openai.azure.com}).
 */
final class AiHostGlobs {
  private static final String HOST_CHARACTERS = "[a-z0-9.-]*";

  private AiHostGlobs() {}

  static Pattern toPattern(Collection<String> globs) {
    StringJoiner alternatives = new StringJoiner("|");
    for (String glob : globs) {
      StringBuilder regex = new StringBuilder();
      int start = 0;
      for (int star = glob.indexOf('*'); star >= 0; star = glob.indexOf('*', start)) {
        regex.append(Pattern.quote(glob.substring(start, star))).append(HOST_CHARACTERS);
        start = star + 1;
      }
      regex.append(Pattern.quote(glob.substring(start)));
      alternatives.add(regex);
    }
    return Pattern.compile(alternatives.toString());
  }
}
