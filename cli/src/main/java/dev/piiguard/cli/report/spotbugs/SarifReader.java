package dev.piiguard.cli.report.spotbugs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.piiguard.cli.report.input.LocatedJsonReader;
import dev.piiguard.cli.report.input.LocatedJsonReader.LocatedJson;
import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.PiiTypeNames;
import dev.piiguard.cli.report.input.ReportInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SARIF 2.1.0 as SpotBugs writes it ({@code -sarif}, the Maven plugin's
 * {@code spotbugsSarif.json}) and keeps the findings of PII patterns.
 *
 * <p>SpotBugs' SARIF holds one location per result, the primary (sink) line; the source line is
 * taken from {@code relatedLocations} when a writer adds them. The message is the rule's message
 * template filled with the result's arguments. SpotBugs writes a finding's annotations into SARIF
 * only as these arguments, and only those the pattern's message refers to: an argument that is a
 * PII type name, or several separated by commas (the plugin's {@code STRING_PII_TYPE} annotation),
 * gives the finding's types. Source and sink are read from the arguments when the template, with
 * the type arguments taken out, has the shape of PII Guard's messages: {@code {0} reaches … {1} in
 * {2}.} or {@code {0} includes {1}.}, maybe after a word such as {@code Sensitive}.
 */
final class SarifReader {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,3})}");
  private static final Pattern REACHES =
      Pattern.compile("^(?:[^{]*\\s)?\\{(\\d{1,3})} reaches .*?\\{(\\d{1,3})} in \\{\\d{1,3}}.*$");
  private static final Pattern INCLUDES =
      Pattern.compile("^(?:[^{]*\\s)?\\{(\\d{1,3})} includes \\{(\\d{1,3})}\\.?$");
  private static final int MAX_TEXT = 1000;

  private final PiiMasker masker;

  SarifReader(PiiMasker masker) {
    this.masker = masker;
  }

  StaticAnalysis read(Path file) throws ReportInputException {
    LocatedJson json = new LocatedJsonReader().read(file);
    JsonNode runs = json.root().path("runs");
    if (!json.root().isObject() || !runs.isArray()) {
      throw new ReportInputException(
          file, json.lineOf(json.root()), "is not SARIF: it has no \"runs\" array");
    }
    List<StaticFinding> findings = new ArrayList<>();
    Map<String, BugPatternInfo> used = new LinkedHashMap<>();
    int others = 0;
    for (JsonNode run : runs) {
      Map<String, JsonNode> rules = rules(run);
      List<JsonNode> driverRules = new ArrayList<>();
      run.path("tool").path("driver").path("rules").forEach(driverRules::add);
      JsonNode results = run.path("results");
      if (!results.isMissingNode() && !results.isArray()) {
        throw new ReportInputException(file, json.lineOf(run), "\"results\" of a run is not an array");
      }
      for (JsonNode result : results) {
        String ruleId = ruleId(result, driverRules);
        if (ruleId.isBlank()) {
          throw new ReportInputException(file, json.lineOf(result), "result has no \"ruleId\"");
        }
        // another tool's rule (a SARIF file merged from several) is left out, as other patterns are
        if (!StaticAnalysis.isPiiPattern(ruleId)) {
          others++;
          continue;
        }
        if (!PiiTypeNames.isId(ruleId)) {
          throw new ReportInputException(
              file, json.lineOf(result), "result has no bug pattern id in \"ruleId\"");
        }
        JsonNode rule = rules.getOrDefault(ruleId, MissingNode.getInstance());
        StaticFinding finding = finding(result, ruleId, rule);
        findings.add(finding);
        used.computeIfAbsent(ruleId, id -> pattern(id, rule));
      }
    }
    return new StaticAnalysis(clean(file.getFileName().toString()), "SARIF", findings, used, others);
  }

  private static Map<String, JsonNode> rules(JsonNode run) {
    Map<String, JsonNode> rules = new HashMap<>();
    JsonNode tool = run.path("tool");
    tool.path("driver").path("rules").forEach(rule -> rules.putIfAbsent(rule.path("id").asText(), rule));
    for (JsonNode extension : tool.path("extensions")) {
      extension.path("rules").forEach(rule -> rules.putIfAbsent(rule.path("id").asText(), rule));
    }
    return rules;
  }

  private static String ruleId(JsonNode result, List<JsonNode> driverRules) {
    if (result.path("ruleId").isTextual()) {
      return result.path("ruleId").asText();
    }
    if (result.path("rule").path("id").isTextual()) {
      return result.path("rule").path("id").asText();
    }
    int index = result.path("ruleIndex").asInt(-1);
    return index >= 0 && index < driverRules.size() ? driverRules.get(index).path("id").asText() : "";
  }

  private BugPatternInfo pattern(String id, JsonNode rule) {
    String title = rule.path("shortDescription").path("text").asText("").trim();
    if (title.endsWith(".")) {
      title = title.substring(0, title.length() - 1);
    }
    String explanation = rule.path("fullDescription").path("text").asText("");
    explanation = explanation.replaceAll("[ \\t]*\\n[ \\t]*\\n\\s*", "\u0000").replaceAll("\\s+", " ");
    return new BugPatternInfo(
        id,
        title.isEmpty() ? id : clean(title),
        clean(explanation.replace("\u0000", "\n\n").trim()),
        cwe(rule));
  }

  private static int cwe(JsonNode rule) {
    for (JsonNode relationship : rule.path("relationships")) {
      JsonNode target = relationship.path("target");
      if ("CWE".equalsIgnoreCase(target.path("toolComponent").path("name").asText())) {
        try {
          return Integer.parseInt(target.path("id").asText());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private StaticFinding finding(JsonNode result, String ruleId, JsonNode rule) {
    List<String> arguments = new ArrayList<>();
    result.path("message").path("arguments").forEach(argument -> arguments.add(argument.asText()));
    JsonNode location = result.path("locations").path(0);
    JsonNode logical = location.path("logicalLocations").path(0);
    String[] classAndMethod = classAndMethod(logical, location);
    CodeLocation sourceLine = CodeLocation.UNKNOWN;
    CodeLocation reportedAt = physical(location.path("physicalLocation"));
    CodeLocation sinkLine = reportedAt;
    for (JsonNode related : result.path("relatedLocations")) {
      String role = related.path("message").path("text").asText("").toLowerCase(Locale.ROOT);
      if (role.contains("source")) {
        sourceLine = physical(related.path("physicalLocation"));
      } else if (role.contains("sink")) {
        sinkLine = physical(related.path("physicalLocation"));
      }
    }
    Set<String> types = new LinkedHashSet<>();
    arguments.stream().filter(SarifReader::isTypeList).forEach(argument -> types.addAll(PiiTypeNames.knownList(argument)));
    String[] sourceAndSink = sourceAndSink(result.path("message"), rule, arguments);
    return new StaticFinding(
        ruleId,
        priority(result.path("level").asText("warning")),
        cwe(rule),
        clean(classAndMethod[0]),
        clean(classAndMethod[1]),
        clean(sourceAndSink[0]),
        clean(sourceAndSink[1]),
        types.isEmpty() ? List.of(PiiTypeNames.UNSPECIFIED) : List.copyOf(types),
        sourceLine,
        sinkLine,
        reportedAt,
        clean(message(result.path("message"), rule, arguments)));
  }

  /** Whether the argument names PII types only: {@code EMAIL} or {@code EMAIL,PHONE}. */
  private static boolean isTypeList(String argument) {
    return !PiiTypeNames.knownList(argument).isEmpty();
  }

  /** Source and sink from the arguments of a message shaped like PII Guard's, else empty. */
  private static String[] sourceAndSink(JsonNode message, JsonNode rule, List<String> arguments) {
    String template = rule.path("messageStrings").path(message.path("id").asText("")).path("text").asText("");
    for (int index = 0; index < arguments.size(); index++) {
      if (isTypeList(arguments.get(index))) {
        template = template.replaceAll("\\s*\\(\\{" + index + "}\\)|\\{" + index + "}", "");
      }
    }
    Matcher reaches = REACHES.matcher(template);
    if (reaches.matches()) {
      return new String[] {argument(arguments, reaches.group(1)), argument(arguments, reaches.group(2))};
    }
    Matcher includes = INCLUDES.matcher(template);
    if (includes.matches()) {
      return new String[] {argument(arguments, includes.group(2)), argument(arguments, includes.group(1))};
    }
    return new String[] {"", ""};
  }

  private static String argument(List<String> arguments, String index) {
    int position = Integer.parseInt(index);
    return position < arguments.size() ? arguments.get(position) : "";
  }

  private static String message(JsonNode message, JsonNode rule, List<String> arguments) {
    String id = message.path("id").asText("");
    String template = rule.path("messageStrings").path(id).path("text").asText("");
    if (template.isEmpty() || arguments.isEmpty()) {
      return message.path("text").asText("");
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1));
      String argument = index < arguments.size() ? arguments.get(index) : matcher.group();
      matcher.appendReplacement(filled, Matcher.quoteReplacement(argument));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** The class and the method of a result, from its logical location or else its file. */
  private static String[] classAndMethod(JsonNode logical, JsonNode location) {
    String qualified = logical.path("fullyQualifiedName").asText("");
    String kind = logical.path("kind").asText("");
    int hash = qualified.indexOf('#');
    if (hash >= 0) {
      qualified = qualified.substring(0, hash);
      kind = "function";
    }
    if (kind.equals("function") && qualified.contains("(")) {
      int parenthesis = qualified.indexOf('(');
      int dot = qualified.lastIndexOf('.', parenthesis);
      if (dot > 0) {
        return new String[] {qualified.substring(0, dot), qualified.substring(dot + 1)};
      }
    }
    if (kind.equals("type") && !qualified.isEmpty()) {
      return new String[] {qualified, ""};
    }
    String uri = location.path("physicalLocation").path("artifactLocation").path("uri").asText("");
    String className = uri.endsWith(".java") ? uri.substring(0, uri.length() - 5).replace('/', '.') : uri;
    return new String[] {className, ""};
  }

  private CodeLocation physical(JsonNode physicalLocation) {
    if (physicalLocation.isMissingNode()) {
      return CodeLocation.UNKNOWN;
    }
    String uri = physicalLocation.path("artifactLocation").path("uri").asText("");
    JsonNode region = physicalLocation.path("region");
    int start = region.path("startLine").asInt(0);
    return new CodeLocation(clean(uri), start, region.path("endLine").asInt(start));
  }

  private static int priority(String level) {
    return switch (level) {
      case "error" -> 1;
      case "warning" -> 2;
      default -> 3;
    };
  }

  private String clean(String text) {
    String masked = masker.mask(text);
    return masked.length() <= MAX_TEXT ? masked : masked.substring(0, MAX_TEXT) + "…";
  }
}
