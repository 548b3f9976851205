package dev.piiguard.spotbugs.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The annotations on one declaration, as read from its class file: their descriptors, the
 * {@code PiiType} names a {@code @Sensitive} among them lists in its {@code value}, and what Jackson's
 * annotations among them leave out of the JSON it writes.
 */
public final class Annotations {
  static final Annotations NONE = new Annotations();

  private final List<String> descriptors = new ArrayList<>(2);
  private final List<String> sensitiveValue = new ArrayList<>(1);
  private final List<String> ignoredProperties = new ArrayList<>(0);
  private boolean writeOnly;
  private String jsonName;

  Annotations() {}

  void addDescriptor(String descriptor) {
    descriptors.add(descriptor);
  }

  void addSensitiveValue(String piiType) {
    sensitiveValue.add(piiType);
  }

  void addIgnoredProperty(String property) {
    ignoredProperties.add(property);
  }

  void markWriteOnly() {
    writeOnly = true;
  }

  void nameInJson(String name) {
    jsonName = name;
  }

  /** The name a {@code @JsonProperty("…")} here gives the property in JSON, or null when none renames it. */
  public String jsonName() {
    return jsonName;
  }

  /** The properties a class's {@code @JsonIgnoreProperties} leaves out of the JSON Jackson writes. */
  public List<String> ignoredProperties() {
    return ignoredProperties;
  }

  /** Whether a {@code @JsonProperty(access = WRITE_ONLY)} here makes Jackson read the property but never write it. */
  public boolean writeOnly() {
    return writeOnly;
  }

  /** Annotation descriptors in declaration order, such as {@code Ldev/piiguard/annotations/Sensitive;}. */
  public List<String> descriptors() {
    return descriptors;
  }

  public boolean contains(String descriptor) {
    return descriptors.contains(descriptor);
  }

  public boolean isEmpty() {
    return descriptors.isEmpty();
  }

  /** The {@code PiiType} names of a {@code @Sensitive} written directly here; empty when none or none named. */
  public List<String> sensitiveValue() {
    return sensitiveValue;
  }
}
