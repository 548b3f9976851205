package dev.piiguard.cli.report.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One element of a parsed XML input, with the line it starts on, for error messages. */
public final class XmlElement {

  private final String name;
  private final Map<String, String> attributes;
  private final int line;
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(String name, Map<String, String> attributes, int line) {
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  /** The element's tag name. */
  public String name() {
    return name;
  }

  /** The 1-based line the start tag is on. */
  public int line() {
    return line;
  }

  /** The attribute's value, if present. */
  public Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }

  /** The attribute's value, or {@code fallback} when absent. */
  public String attribute(String attributeName, String fallback) {
    return attributes.getOrDefault(attributeName, fallback);
  }

  /** The direct children, in document order. */
  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The direct children named {@code childName}, in document order. */
  public List<XmlElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** The first direct child named {@code childName}. */
  public Optional<XmlElement> child(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).findFirst();
  }

  /** The text directly inside this element (CDATA included), trimmed. */
  public String text() {
    return text.toString().trim();
  }

  /** The trimmed text of the first child named {@code childName}, or the empty string. */
  public String childText(String childName) {
    return child(childName).map(XmlElement::text).orElse("");
  }

  void addChild(XmlElement child) {
    children.add(child);
  }

  void appendText(char[] characters, int start, int length) {
    text.append(characters, start, length);
  }
}
