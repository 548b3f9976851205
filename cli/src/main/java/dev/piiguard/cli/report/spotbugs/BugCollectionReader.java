package dev.piiguard.cli.report.spotbugs;

import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.PiiTypeNames;
import dev.piiguard.cli.report.input.ReportInputException;
import dev.piiguard.cli.report.input.SecureXmlReader;
import dev.piiguard.cli.report.input.XmlElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code BugCollection} XML that SpotBugs writes with {@code -xml:withMessages} (the
 * {@code spotbugsXml.xml} of the Maven plugin) and keeps the findings of PII patterns.
 *
 * <p>A finding's source and sink come from its annotations: the annotation whose role names
 * {@code SOURCE} or {@code SINK} when there is one; otherwise the first and the second {@code
 * String} without a role (how PII Guard's plugin names them: {@code Customer.email}, {@code
 * org.slf4j.Logger.info}); otherwise the read field and the called method. Its lines come from the
 * {@code SourceLine} annotations directly under the {@code BugInstance}: the sink line is the one
 * whose role names {@code SINK}, else the primary one; the source line is the one whose role names
 * {@code SOURCE}, else the other one. Its PII types come from {@code String} annotations whose role
 * names {@code TYPE} (one type or several, comma-separated) or whose value is PII type names only.
 */
final class BugCollectionReader {

  private static final Set<String> UNREAD_ELEMENTS =
      Set.of("FindBugsSummary", "ClassFeatures", "History", "Errors", "Project", "BugCode");
  private static final String LINE_ROLE_PREFIX = "SOURCE_LINE_";
  private static final int MAX_TEXT = 1000;

  private final PiiMasker masker;

  BugCollectionReader(PiiMasker masker) {
    this.masker = masker;
  }

  StaticAnalysis read(Path file) throws ReportInputException {
    XmlElement root = new SecureXmlReader(UNREAD_ELEMENTS).read(file);
    if (!root.name().equals("BugCollection")) {
      throw new ReportInputException(
          file, root.line(), "is not a SpotBugs result: its root element is not <BugCollection>");
    }
    List<XmlElement> bugs = root.children("BugInstance");
    if (bugs.isEmpty() && !root.children("file").isEmpty()) {
      throw new ReportInputException(
          file,
          root.line(),
          "is the Maven plugin's summary (spotbugs.xml), which has no source or sink lines;"
              + " pass target/spotbugsXml.xml or the SARIF file instead");
    }
    Map<String, BugPatternInfo> described = patterns(root);
    List<StaticFinding> findings = new ArrayList<>();
    Map<String, BugPatternInfo> used = new LinkedHashMap<>();
    int others = 0;
    for (XmlElement bug : bugs) {
      String type = bug.attribute("type", "");
      if (!PiiTypeNames.isId(type)) {
        throw new ReportInputException(
            file, bug.line(), "BugInstance has no bug pattern id in its type attribute");
      }
      if (!StaticAnalysis.isPiiPattern(type)) {
        others++;
        continue;
      }
      StaticFinding finding = finding(bug, type, described);
      findings.add(finding);
      used.computeIfAbsent(
          type, t -> described.getOrDefault(t, BugPatternInfo.undescribed(t, finding.cwe())));
    }
    return new StaticAnalysis(clean(file.getFileName().toString()), "SpotBugs XML", findings, used, others);
  }

  private Map<String, BugPatternInfo> patterns(XmlElement root) {
    Map<String, BugPatternInfo> patterns = new LinkedHashMap<>();
    for (XmlElement pattern : root.children("BugPattern")) {
      String type = pattern.attribute("type", "");
      if (!PiiTypeNames.isId(type)) {
        continue;
      }
      String title = clean(pattern.childText("ShortDescription"));
      String explanation = clean(HtmlText.toPlainText(pattern.childText("Details")));
      patterns.put(
          type,
          new BugPatternInfo(
              type, title.isEmpty() ? type : title, explanation, number(pattern, "cweid", 0)));
    }
    return patterns;
  }

  private StaticFinding finding(XmlElement bug, String type, Map<String, BugPatternInfo> patterns) {
    int patternCwe = patterns.containsKey(type) ? patterns.get(type).cwe() : 0;
    XmlElement sinkLine = sinkLine(bug).orElse(null);
    XmlElement sourceLine = sourceLine(bug, sinkLine).orElse(null);
    XmlElement primaryLine = primaryLine(bug).orElse(sinkLine);
    CodeLocation source = location(sourceLine);
    CodeLocation sink = location(sinkLine);
    // the primary line is most often the sink line again: its path is masked (and counted) once
    CodeLocation reportedAt = sameLine(primaryLine, sinkLine) ? sink
        : sameLine(primaryLine, sourceLine) ? source : location(primaryLine);
    String message = bug.childText("LongMessage");
    if (message.isEmpty()) {
      message = bug.childText("ShortMessage");
    }
    return new StaticFinding(
        type,
        Math.min(Math.max(number(bug, "priority", 2), 1), 3),
        number(bug, "cweid", patternCwe),
        clean(primaryClass(bug)),
        clean(primaryMethod(bug)),
        clean(source(bug)),
        clean(sink(bug, type)),
        piiTypes(bug),
        source,
        sink,
        reportedAt,
        clean(message));
  }

  private static String primaryClass(XmlElement bug) {
    List<XmlElement> classes = bug.children("Class");
    return classes.stream()
        .filter(c -> c.attribute("primary", "").equals("true"))
        .findFirst()
        .or(() -> classes.stream().findFirst())
        .map(c -> c.attribute("classname", ""))
        .orElse("");
  }

  private static String primaryMethod(XmlElement bug) {
    return bug.children("Method").stream()
        .filter(m -> m.attribute("primary", "").equals("true"))
        .findFirst()
        .map(m -> m.attribute("name", "") + JavaNames.parameterList(m.attribute("signature", "")))
        .orElse("");
  }

  private static String source(XmlElement bug) {
    Optional<XmlElement> named = annotationWithRole(bug, "SOURCE");
    if (named.isPresent()) {
      return describeValue(named.get());
    }
    List<XmlElement> plain = plainStrings(bug);
    if (!plain.isEmpty()) {
      return plain.get(0).attribute("value", "");
    }
    Optional<XmlElement> field = bug.child("Field");
    if (field.isPresent()) {
      return describeValue(field.get());
    }
    return bug.children("Method").stream()
        .filter(m -> m.attribute("role", "").equals("METHOD_RETURN_VALUE_OF"))
        .findFirst()
        .map(BugCollectionReader::describeValue)
        .orElse("");
  }

  private static String sink(XmlElement bug, String type) {
    Optional<XmlElement> named = annotationWithRole(bug, "SINK");
    if (named.isPresent()) {
      return describeCall(named.get());
    }
    List<XmlElement> plain = plainStrings(bug);
    if (plain.size() > 1) {
      return plain.get(1).attribute("value", "");
    }
    Optional<XmlElement> called =
        bug.children("Method").stream()
            .filter(m -> m.attribute("role", "").startsWith("METHOD_CALLED"))
            .findFirst();
    if (called.isPresent()) {
      return describeCall(called.get());
    }
    if (type.equals("PII_IN_TOSTRING")) {
      return bug.children("Method").stream()
          .filter(m -> m.attribute("primary", "").equals("true"))
          .findFirst()
          .map(BugCollectionReader::describeCall)
          .orElse("");
    }
    return "";
  }

  /** A field as {@code Customer.email}, a method as {@code Customer.email()}. */
  private static String describeValue(XmlElement annotation) {
    String owner = JavaNames.simpleName(annotation.attribute("classname", ""));
    return switch (annotation.name()) {
      case "Field" -> owner + "." + annotation.attribute("name", "");
      case "Method" -> owner + "." + annotation.attribute("name", "") + "()";
      default -> annotation.attribute("value", annotation.attribute("name", ""));
    };
  }

  /** A method as {@code org.slf4j.Logger.info}, a constructor as {@code new Type}. */
  private static String describeCall(XmlElement annotation) {
    return switch (annotation.name()) {
      case "Method" ->
          JavaNames.calledMethod(
              annotation.attribute("classname", ""), annotation.attribute("name", ""));
      case "Field" ->
          annotation.attribute("classname", "") + "." + annotation.attribute("name", "");
      default -> annotation.attribute("value", annotation.attribute("name", ""));
    };
  }

  private static Optional<XmlElement> annotationWithRole(XmlElement bug, String word) {
    return bug.children().stream()
        .filter(a -> Set.of("Field", "Method", "String", "Type").contains(a.name()))
        .filter(a -> a.attribute("role", "").toUpperCase(Locale.ROOT).contains(word))
        .findFirst();
  }

  /** {@code String} annotations without a role that do not name a PII type, in order. */
  private static List<XmlElement> plainStrings(XmlElement bug) {
    return bug.children("String").stream()
        .filter(string -> Set.of("", "STRING_DEFAULT").contains(string.attribute("role", "")))
        .filter(string -> PiiTypeNames.knownList(string.attribute("value", "")).isEmpty())
        .toList();
  }

  private static List<String> piiTypes(XmlElement bug) {
    Set<String> types = new LinkedHashSet<>();
    for (XmlElement string : bug.children("String")) {
      String value = string.attribute("value", "");
      String role = string.attribute("role", "").toUpperCase(Locale.ROOT);
      if (role.contains("TYPE")) {
        for (String type : value.split("[,;\\s]+")) {
          if (PiiTypeNames.isId(type)) {
            types.add(type);
          }
        }
      } else {
        types.addAll(PiiTypeNames.knownList(value));
      }
    }
    for (XmlElement property : bug.children("Property")) {
      String name = property.attribute("name", "").toUpperCase(Locale.ROOT).replace("_", "");
      if (name.endsWith("PIITYPE") || name.endsWith("PIITYPES")) {
        for (String value : property.attribute("value", "").split("[,;\\s]+")) {
          if (PiiTypeNames.isId(value)) {
            types.add(value);
          }
        }
      }
    }
    return types.isEmpty() ? List.of(PiiTypeNames.UNSPECIFIED) : List.copyOf(types);
  }

  private static boolean sameLine(XmlElement one, XmlElement other) {
    if (one == null || other == null) {
      return one == other;
    }
    return one.attribute("sourcepath", "").equals(other.attribute("sourcepath", ""))
        && one.attribute("start", "").equals(other.attribute("start", ""))
        && one.attribute("end", "").equals(other.attribute("end", ""));
  }

  private static Optional<XmlElement> primaryLine(XmlElement bug) {
    return bug.children("SourceLine").stream().filter(l -> l.attribute("primary", "").equals("true")).findFirst();
  }

  private static Optional<XmlElement> sinkLine(XmlElement bug) {
    List<XmlElement> lines = bug.children("SourceLine");
    return lines.stream()
        .filter(line -> lineRole(line).contains("SINK"))
        .findFirst()
        .or(() -> lines.stream().filter(l -> l.attribute("primary", "").equals("true")).findFirst())
        .or(() -> lines.stream().findFirst());
  }

  private static Optional<XmlElement> sourceLine(XmlElement bug, XmlElement sinkLine) {
    List<XmlElement> others =
        bug.children("SourceLine").stream().filter(line -> line != sinkLine).toList();
    return others.stream()
        .filter(line -> lineRole(line).contains("SOURCE"))
        .findFirst()
        .or(() -> others.stream().findFirst());
  }

  private static String lineRole(XmlElement line) {
    String role = line.attribute("role", "").toUpperCase(Locale.ROOT);
    return role.startsWith(LINE_ROLE_PREFIX) ? role.substring(LINE_ROLE_PREFIX.length()) : role;
  }

  private CodeLocation location(XmlElement line) {
    if (line == null) {
      return CodeLocation.UNKNOWN;
    }
    String path = line.attribute("sourcepath", line.attribute("sourcefile", ""));
    return new CodeLocation(clean(path), number(line, "start", 0), number(line, "end", 0));
  }

  private static int number(XmlElement element, String attributeName, int fallback) {
    try {
      return element.attribute(attributeName).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private String clean(String text) {
    String masked = masker.mask(text);
    return masked.length() <= MAX_TEXT ? masked : masked.substring(0, MAX_TEXT) + "…";
  }
}
