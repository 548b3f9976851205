package dev.piiguard.demo.endtoend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the PII findings of a SpotBugs XML report as leaks at their sink lines. */
final class SpotBugsFindings {
  private static final String SINK_ROLE = "SOURCE_LINE_VALUE_SINK";

  private SpotBugsFindings() {}

  static Set<Leak> in(Path spotbugsXml) throws Exception {
    Set<Leak> leaks = new TreeSet<>(Comparator.comparing(Leak::toString));
    for (Element bug : piiBugs(spotbugsXml)) {
      leaks.add(sinkOf(bug));
    }
    return leaks;
  }

  /** How many PII findings the report holds; several may share a line, unlike {@link #in}. */
  static int count(Path spotbugsXml) throws Exception {
    return piiBugs(spotbugsXml).size();
  }

  private static List<Element> piiBugs(Path spotbugsXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document report = factory.newDocumentBuilder().parse(spotbugsXml.toFile());
    List<Element> piiBugs = new ArrayList<>();
    NodeList bugs = report.getElementsByTagName("BugInstance");
    for (int index = 0; index < bugs.getLength(); index++) {
      Element bug = (Element) bugs.item(index);
      if ("PII".equals(bug.getAttribute("abbrev"))) {
        piiBugs.add(bug);
      }
    }
    return piiBugs;
  }

  private static Leak sinkOf(Element bug) {
    NodeList lines = bug.getElementsByTagName("SourceLine");
    for (int index = 0; index < lines.getLength(); index++) {
      Element line = (Element) lines.item(index);
      if (SINK_ROLE.equals(line.getAttribute("role"))) {
        return new Leak(line.getAttribute("sourcefile"), Integer.parseInt(line.getAttribute("start")), bug.getAttribute("type"));
      }
    }
    throw new AssertionError(bug.getAttribute("type") + " finding without a sink line");
  }
}
