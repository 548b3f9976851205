package dev.piiguard.agent.config;

import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The agent options of DESIGN.md, one documented constant per key, and how they are read: agent
 * arguments ({@code key=value,...}) over system properties ({@code -Dpiiguard.key}) over
 * environment variables ({@code PIIGUARD_KEY}, dashes as underscores) over the {@code config} file
 * over the defaults. List values are separated by {@code ;}.
 */
public final class AgentOptions {

  /** Action for destinations no rule names: {@code allow, monitor, redact, tokenize, block}. */
  public static final String ACTION = "action";

  /** Action for known AI API hosts and {@link #AI_HOSTS}. */
  public static final String AI_ACTION = "ai-action";

  /** Extra host globs treated as AI APIs, {@code ;}-separated. */
  public static final String AI_HOSTS = "ai-hosts";

  /** Where audit events go: {@code stderr}, {@code none} or a file path (appended). */
  public static final String AUDIT = "audit";

  /** {@code open} sends a request the agent cannot inspect unchanged, {@code closed} refuses it. */
  public static final String FAILURE = "failure";

  /** Bodies larger than this (such as {@code 8MB}) are not buffered but handled per {@link #FAILURE}. */
  public static final String MAX_BODY = "max-body";

  /**
   * {@code on} registers the values the application writes to its {@code @Sensitive} text fields,
   * so that requests are searched for them; {@code off} leaves the application's classes unwoven.
   */
  public static final String SENSITIVE_FIELDS = "sensitive-fields";

  /**
   * The application's own annotations, {@code ;}-separated binary names, that mark fields as
   * {@code @Sensitive} does (meta-annotated with it, such as {@code com.example.PersonalData}).
   */
  public static final String SENSITIVE_ANNOTATIONS = "sensitive-annotations";

  /** A properties file with more keys and the named rules. */
  public static final String CONFIG = "config";

  /** Prefix of the named rules: {@code rule.<name>.hosts}, {@code .paths}, {@code .action}. */
  public static final String RULE_PREFIX = "rule.";

  /** Prefix of the system properties that carry options. */
  public static final String SYSTEM_PROPERTY_PREFIX = "piiguard.";

  /** Prefix of the environment variables that carry options. */
  public static final String ENVIRONMENT_PREFIX = "PIIGUARD_";

  /**
   * The SpotBugs plugin's own system properties, which share the agent's prefix: set for a build
   * (in {@code MAVEN_OPTS}, say) they are no unknown agent options.
   */
  private static final Set<String> PLUGIN_PROPERTIES = Set.of("piiguard.catalogue", "piiguard.statistics");
  private static final Set<String> KEYS =
      Set.of(ACTION, AI_ACTION, AI_HOSTS, AUDIT, FAILURE, MAX_BODY, SENSITIVE_FIELDS, SENSITIVE_ANNOTATIONS, CONFIG);
  /** A binary class name: Java identifiers joined by dots (nested types by {@code $}). */
  private static final Pattern CLASS_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
  private static final String DEFAULT_MAX_BODY = "8MB";

  private AgentOptions() {}

  /**
   * Merges and checks every option source.
   *
   * @param agentArguments the text after {@code =} in {@code -javaagent:}, may be null
   * @param systemProperties the JVM's system properties
   * @param environment the process environment
   * @throws AgentConfigException naming the first bad key or value
   */
  public static AgentConfig load(String agentArguments, Properties systemProperties,
      Map<String, String> environment) throws AgentConfigException {
    Map<String, String> arguments = fromArguments(agentArguments);
    Map<String, String> properties = fromSystemProperties(systemProperties);
    Map<String, String> variables = fromEnvironment(environment);

    String configFile = firstOf(CONFIG, arguments, properties, variables);
    Map<String, String> merged = new LinkedHashMap<>();
    if (configFile != null) {
      merged.putAll(fromFile(configFile));
    }
    merged.putAll(variables);
    merged.putAll(properties);
    merged.putAll(arguments);
    return toConfig(merged);
  }

  private static String firstOf(String key, List<Map<String, String>> sources) {
    for (Map<String, String> source : sources) {
      if (source.containsKey(key)) {
        return source.get(key);
      }
    }
    return null;
  }

  @SafeVarargs
  private static String firstOf(String key, Map<String, String>... sources) {
    return firstOf(key, List.of(sources));
  }

  static Map<String, String> fromArguments(String arguments) throws AgentConfigException {
    Map<String, String> options = new LinkedHashMap<>();
    if (arguments == null || arguments.isBlank()) {
      return options;
    }
    for (String pair : arguments.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new AgentConfigException("Agent option \"" + pair.trim() + "\" has no value: write key=value.");
      }
      put(options, pair.substring(0, equals).trim(), pair.substring(equals + 1).trim(), null);
    }
    return options;
  }

  private static Map<String, String> fromSystemProperties(Properties properties)
      throws AgentConfigException {
    Map<String, String> options = new LinkedHashMap<>();
    // The JVM keeps no order of its system properties: rules given as such are tried in the order
    // of their property names.
    for (String name : new TreeSet<>(properties.stringPropertyNames())) {
      if (name.startsWith(SYSTEM_PROPERTY_PREFIX) && !PLUGIN_PROPERTIES.contains(name)) {
        put(options, name.substring(SYSTEM_PROPERTY_PREFIX.length()), properties.getProperty(name).trim(),
            "system property " + name);
      }
    }
    return options;
  }

  private static Map<String, String> fromEnvironment(Map<String, String> environment)
      throws AgentConfigException {
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      String name = variable.getKey();
      if (name.startsWith(ENVIRONMENT_PREFIX)) {
        String key = name.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
        put(options, key, variable.getValue().trim(), "environment variable " + name);
      }
    }
    return options;
  }

  private static Map<String, String> fromFile(String file) throws AgentConfigException {
    OrderedProperties properties = new OrderedProperties();
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      properties.load(in);
    } catch (IllegalArgumentException e) {
      // Properties.load's only complaint about what a file holds
      throw AgentConfigException.badValue(CONFIG, file, "a \\u escape in the file is not four hex digits");
    } catch (IOException | RuntimeException e) {
      throw AgentConfigException.badValue(CONFIG, file, "cannot read the file");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, String> property : properties.inOrder().entrySet()) {
      String name = property.getKey();
      if (name.equals(CONFIG)) {
        throw AgentConfigException.badValue(CONFIG, file, "a config file cannot name another");
      }
      put(options, name.trim(), property.getValue().trim(), "in " + file);
    }
    return options;
  }

  /** Adds an option; {@code origin} says where an unknown key came from, null for an argument. */
  private static void put(Map<String, String> options, String key, String value, String origin)
      throws AgentConfigException {
    if (!KEYS.contains(key) && !isRuleKey(key)) {
      throw AgentConfigException.unknownOption(key, origin);
    }
    options.put(key, value);
  }

  private static boolean isRuleKey(String key) {
    if (!key.startsWith(RULE_PREFIX)) {
      return false;
    }
    int dot = key.lastIndexOf('.');
    String attribute = key.substring(dot + 1);
    return dot > RULE_PREFIX.length()
        && (attribute.equals("hosts") || attribute.equals("paths") || attribute.equals("action"));
  }

  private static AgentConfig toConfig(Map<String, String> options) throws AgentConfigException {
    Policy.Builder policy = Policy.builder()
        .defaultAction(action(ACTION, options.getOrDefault(ACTION, "monitor")))
        .aiAction(action(AI_ACTION, options.getOrDefault(AI_ACTION, "redact")));
    if (options.containsKey(AI_HOSTS)) {
      policy.addAiHosts(hosts(AI_HOSTS, options.get(AI_HOSTS)));
    }
    for (DestinationRule rule : rules(options)) {
      policy.addRule(rule);
    }

    String audit = options.getOrDefault(AUDIT, AgentConfig.AUDIT_STDERR);
    if (audit.isEmpty()) {
      throw AgentConfigException.badValue(AUDIT, audit, "expected stderr, none or a file path");
    }
    String failureText = options.getOrDefault(FAILURE, "open");
    FailureMode failure;
    if (failureText.equalsIgnoreCase("open")) {
      failure = FailureMode.OPEN;
    } else if (failureText.equalsIgnoreCase("closed")) {
      failure = FailureMode.CLOSED;
    } else {
      throw AgentConfigException.badValue(FAILURE, failureText, "expected open or closed");
    }
    String maxBodyText = options.getOrDefault(MAX_BODY, DEFAULT_MAX_BODY);
    long maxBody = ByteSize.parse(maxBodyText);
    if (maxBody < 0 || maxBody > Integer.MAX_VALUE - 16) {
      throw AgentConfigException.badValue(MAX_BODY, maxBodyText, "expected a size such as 8MB, up to 2GB");
    }
    String sensitiveFieldsText = options.getOrDefault(SENSITIVE_FIELDS, "on");
    boolean sensitiveFields;
    if (sensitiveFieldsText.equalsIgnoreCase("on")) {
      sensitiveFields = true;
    } else if (sensitiveFieldsText.equalsIgnoreCase("off")) {
      sensitiveFields = false;
    } else {
      throw AgentConfigException.badValue(SENSITIVE_FIELDS, sensitiveFieldsText, "expected on or off");
    }
    List<String> sensitiveAnnotations = new ArrayList<>();
    if (options.containsKey(SENSITIVE_ANNOTATIONS)) {
      String names = options.get(SENSITIVE_ANNOTATIONS);
      for (String name : split(names)) {
        if (!CLASS_NAME.matcher(name).matches()) {
          throw AgentConfigException.badValue(SENSITIVE_ANNOTATIONS, names,
              "expected annotation class names such as com.example.PersonalData, separated by ;");
        }
        sensitiveAnnotations.add(name);
      }
    }
    return new AgentConfig(policy.build(), audit, failure, maxBody, sensitiveFields,
        List.copyOf(sensitiveAnnotations));
  }

  private static List<DestinationRule> rules(Map<String, String> options)
      throws AgentConfigException {
    Map<String, Map<String, String>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, String> option : options.entrySet()) {
      String key = option.getKey();
      if (key.startsWith(RULE_PREFIX)) {
        int dot = key.lastIndexOf('.');
        String name = key.substring(RULE_PREFIX.length(), dot);
        byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key.substring(dot + 1), option.getValue());
      }
    }
    List<DestinationRule> rules = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> rule : byName.entrySet()) {
      String prefix = RULE_PREFIX + rule.getKey() + ".";
      Map<String, String> attributes = rule.getValue();
      if (!attributes.containsKey("action")) {
        throw new AgentConfigException("Agent option \"" + prefix + "action\" is missing.");
      }
      Action action = action(prefix + "action", attributes.get("action"));
      List<HostGlob> hosts = attributes.containsKey("hosts")
          ? hosts(prefix + "hosts", attributes.get("hosts")) : List.of();
      List<String> paths = new ArrayList<>();
      for (String path : split(attributes.getOrDefault("paths", ""))) {
        if (!path.startsWith("/")) {
          throw AgentConfigException.badValue(prefix + "paths", attributes.get("paths"),
              "expected path prefixes starting with /");
        }
        paths.add(path);
      }
      if (hosts.isEmpty() && paths.isEmpty()) {
        throw new AgentConfigException("Agent option \"" + prefix + "hosts\" or \"" + prefix
            + "paths\" is missing.");
      }
      try {
        rules.add(new DestinationRule(rule.getKey(), hosts, paths, action));
      } catch (IllegalArgumentException e) {
        throw AgentConfigException.badValue(prefix + "paths", attributes.get("paths"),
            "expected path prefixes without . or .. segments, ;parameters, repeated slashes or"
                + " escaped letters and digits (paths are matched as servers read them)");
      }
    }
    return rules;
  }

  private static Action action(String key, String value) throws AgentConfigException {
    try {
      return Action.fromId(value);
    } catch (IllegalArgumentException e) {
      throw AgentConfigException.badValue(key, value, e.getMessage());
    }
  }

  private static List<HostGlob> hosts(String key, String value) throws AgentConfigException {
    List<HostGlob> globs = new ArrayList<>();
    for (String host : split(value)) {
      try {
        globs.add(HostGlob.of(host));
      } catch (IllegalArgumentException e) {
        throw AgentConfigException.badValue(key, value, "expected host globs separated by ;"
            + (e.getMessage().contains("port") ? ", without a port (rules match hosts on every port)" : ""));
      }
    }
    if (globs.isEmpty()) {
      throw AgentConfigException.badValue(key, value, "expected host globs separated by ;");
    }
    return globs;
  }

  private static List<String> split(String list) {
    List<String> items = new ArrayList<>();
    for (String item : list.split(";")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }
}
