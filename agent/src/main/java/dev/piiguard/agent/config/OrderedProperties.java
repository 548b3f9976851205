package dev.piiguard.agent.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Properties that remember the order their keys were first read in: a {@code config} file's named
 * rules are tried in the order the file writes them, which {@link Properties} (a hash table)
 * loses.
 */
final class OrderedProperties extends Properties {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> inOrder = new LinkedHashMap<>();

  @Override
  public synchronized Object put(Object key, Object value) {
    inOrder.put((String) key, (String) value);
    return super.put(key, value);
  }

  /** The keys and values read, each key where it was first read, with its last value. */
  Map<String, String> inOrder() {
    return inOrder;
  }
}
