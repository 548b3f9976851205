package dev.piiguard.agent.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines {@link ClientScenarios} printed, and the SSE streams it received. */
final class ScenarioOutput {
  private static final Pattern CONTENT = Pattern.compile("\"content\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  private ScenarioOutput() {}

  /** One scenario's outcome. */
  record Outcome(boolean ok, String detail, String text) {}

  static Map<String, Outcome> parse(String stdout) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      String[] parts = line.trim().split(" ");
      if (parts.length >= 3 && parts[0].equals("OK")) {
        outcomes.put(parts[1], new Outcome(true, null, decode(parts[2])));
      } else if (parts.length >= 3 && parts[0].equals("FAIL")) {
        outcomes.put(parts[1], new Outcome(false, parts[2], parts.length > 3 ? decode(parts[3]) : ""));
      }
    }
    return outcomes;
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  /** The text deltas of an OpenAI-style chat stream, joined and JSON-unescaped. */
  static String streamedText(String stream) {
    List<String> pieces = new ArrayList<>();
    Matcher matcher = CONTENT.matcher(stream);
    while (matcher.find()) {
      pieces.add(matcher.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
    }
    return String.join("", pieces);
  }
}
