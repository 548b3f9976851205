package dev.piiguard.cli.report.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.piiguard.cli.report.input.LocatedJsonReader;
import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.PiiTypeNames;
import dev.piiguard.cli.report.input.ReportInputException;
import dev.piiguard.cli.report.input.UnreadableFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the agent's audit events (JSON Lines), one event at a time.
 *
 * <p>Fields this reader does not know are ignored, and so are events of a kind it does not know;
 * a known field with a value of the wrong shape, a line that is not a JSON object and a cut-off
 * line are errors that name the line. Only known fields are kept, and free text is masked.
 */
public final class AuditFileReader {

  private static final String IPV6 = "\\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f.]{0,15}){2,8}(?:%[A-Za-z0-9]{1,16})?]?";
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-]{1,253}|" + IPV6);
  private static final Pattern IP_LITERAL = Pattern.compile("(?:[0-9]{1,3}\\.){3}[0-9]{1,3}|" + IPV6);
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}");
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.\\-]{0,15}");
  private static final Pattern FRAME =
      Pattern.compile("[\\p{L}\\p{N}_$.<>/]{1,300}\\([\\p{L}\\p{N}_$.\\- ]{0,120}(?::[0-9]{1,7})?\\)");
  private static final Set<String> EVENT_KINDS = Set.of("request", "uninspected");
  private static final int MAX_PATH = 300;
  private static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final ObjectMapper mapper =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(50).maxStringLength(1 << 20).build())
              .build());
  private final PiiMasker masker;

  /** What a whole file held. */
  public record Summary(int events, int skippedEventKinds, int lines) {}

  /** A reader that masks the free text it keeps with {@code masker}. */
  public AuditFileReader(PiiMasker masker) {
    this.masker = masker;
  }

  /** Reads {@code file} and hands every event to {@code events}, in file order. */
  public Summary read(Path file, Consumer<AuditEvent> events) throws ReportInputException {
    int lineNumber = 0;
    int count = 0;
    int skipped = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      String line;
      while ((line = nextLine(in, file, lineNumber + 1)) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode json = parse(file, lineNumber, line);
        String kind = json.path("event").asText("");
        if (!EVENT_KINDS.contains(kind)) {
          if (!json.path("event").isTextual()) {
            throw new ReportInputException(file, lineNumber, "\"event\" is missing or not a string");
          }
          skipped++;
          continue;
        }
        events.accept(new LineReader(file, lineNumber, json).event(kind));
        count++;
      }
    } catch (IOException e) {
      throw UnreadableFile.of(file, e);
    }
    return new Summary(count, skipped, lineNumber);
  }

  /** The next line as strict UTF-8, without its line terminator, or null at the end. */
  private static String nextLine(InputStream in, Path file, int lineNumber) throws IOException, ReportInputException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      bytes.write(b);
      if (bytes.size() > MAX_LINE_BYTES) {
        throw new ReportInputException(file, lineNumber, "is longer than " + MAX_LINE_BYTES / (1024 * 1024)
            + " MB: not an audit event");
      }
      b = in.read();
    }
    try {
      String line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (CharacterCodingException e) {
      throw new ReportInputException(file, lineNumber, "is not UTF-8 text", e);
    }
  }

  private JsonNode parse(Path file, int lineNumber, String line) throws ReportInputException {
    try {
      JsonNode json = mapper.readTree(line);
      if (json == null || !json.isObject()) {
        throw new ReportInputException(file, lineNumber, "is not a JSON object");
      }
      return json;
    } catch (JsonProcessingException e) {
      if (LocatedJsonReader.isCutOff(e)) {
        throw new ReportInputException(
            file, lineNumber, "ends in the middle of a JSON object (truncated line?)", e);
      }
      if (e instanceof StreamConstraintsException) {
        throw new ReportInputException(file, lineNumber, LocatedJsonReader.TOO_DEEP_OR_LARGE, e);
      }
      String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new ReportInputException(file, lineNumber, "is not valid JSON" + column, e);
    }
  }

  /** Checks and copies the known fields of one line. */
  private final class LineReader {
    private final Path file;
    private final int line;
    private final JsonNode json;

    LineReader(Path file, int line, JsonNode json) {
      this.file = file;
      this.line = line;
      this.json = json;
    }

    AuditEvent event(String kind) throws ReportInputException {
      return new AuditEvent(
          time(),
          kind,
          word(json, "client"),
          destination(),
          bool("tls"),
          bool("insecureTransport"),
          word(json, "rule"),
          word(json, "action"),
          word(json, "outcome"),
          json.has("reason") ? word(json, "reason") : "",
          findings(),
          fingerprints(),
          frame(),
          Math.max(count(json, "bytesScanned"), 0));
    }

    private Instant time() throws ReportInputException {
      JsonNode time = json.path("time");
      if (!time.isTextual()) {
        throw problem("\"time\" is missing or not a string");
      }
      try {
        return Instant.parse(time.asText());
      } catch (DateTimeParseException e) {
        throw problem("\"time\" is not an ISO-8601 instant such as 2026-11-25T15:03:16.123Z");
      }
    }

    private Destination destination() throws ReportInputException {
      JsonNode destination = json.path("destination");
      if (!destination.isObject()) {
        throw problem("\"destination\" is missing or not an object");
      }
      JsonNode host = destination.path("host");
      if (!host.isTextual() || !HOST.matcher(host.asText()).matches()) {
        throw problem("\"destination.host\" is missing or not a host name");
      }
      String scheme = text(destination, "scheme").toLowerCase(Locale.ROOT);
      if (!SCHEME.matcher(scheme).matches()) {
        scheme = bool("tls") ? "https" : "http";
      }
      long port = count(destination, "port");
      if (port > 65_535) {
        throw problem("\"destination.port\" is not a port number");
      }
      String path = masker.mask(text(destination, "path"));
      if (path.length() > MAX_PATH) {
        path = path.substring(0, MAX_PATH) + "…";
      }
      String hostName = host.asText();
      // masked as written (an access key is one only in capitals), then in lower case, as hosts compare
      hostName = IP_LITERAL.matcher(hostName).matches() ? hostName.toLowerCase(Locale.ROOT)
          : lowerCaseOutsidePlaceholders(masker.mask(hostName));
      return new Destination(scheme, hostName, (int) Math.max(port, 0), path);
    }

    /** A host name in lower case, as hosts compare, its placeholders ({@code [SECRET]}) as they are. */
    private static String lowerCaseOutsidePlaceholders(String hostName) {
      StringBuilder lower = new StringBuilder(hostName.length());
      boolean placeholder = false;
      for (int i = 0; i < hostName.length(); i++) {
        char c = hostName.charAt(i);
        placeholder = c == '[' || placeholder && c != ']';
        lower.append(placeholder ? c : Character.toLowerCase(c));
      }
      return lower.toString();
    }

    private Map<String, Integer> findings() throws ReportInputException {
      JsonNode findings = json.path("findings");
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (findings.isMissingNode() || findings.isNull()) {
        return counts;
      }
      if (!findings.isObject()) {
        throw problem("\"findings\" is not an object of entity id to count");
      }
      for (Map.Entry<String, JsonNode> field : findings.properties()) {
        if (!PiiTypeNames.isId(field.getKey())) {
          throw problem("\"findings\" has a key that is not an entity id");
        }
        JsonNode count = field.getValue();
        if (!count.canConvertToInt() || !count.isIntegralNumber() || count.intValue() < 0) {
          throw problem("\"findings\" has a count that is not a whole number ≥ 0");
        }
        counts.merge(field.getKey(), count.intValue(), Integer::sum);
      }
      return counts;
    }

    private Map<String, Set<String>> fingerprints() throws ReportInputException {
      JsonNode fingerprints = json.path("fingerprints");
      Map<String, Set<String>> byType = new LinkedHashMap<>();
      if (fingerprints.isMissingNode() || fingerprints.isNull()) {
        return byType;
      }
      if (!fingerprints.isArray()) {
        throw problem("\"fingerprints\" is not an array");
      }
      for (JsonNode fingerprint : fingerprints) {
        String type = fingerprint.path("type").asText("");
        String hmac = fingerprint.path("hmac").asText("");
        if (!PiiTypeNames.isId(type) || hmac.isEmpty()) {
          throw problem("\"fingerprints\" has an entry without an entity id \"type\" and an \"hmac\"");
        }
        byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(hmac);
      }
      return byType;
    }

    private String frame() {
      String frame = text(json, "frame");
      return FRAME.matcher(frame).matches() ? masker.mask(frame) : "";
    }

    private boolean bool(String name) throws ReportInputException {
      JsonNode value = json.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return false;
      }
      if (!value.isBoolean()) {
        throw problem("\"" + name + "\" is not true or false");
      }
      return value.booleanValue();
    }

    private long count(JsonNode object, String name) throws ReportInputException {
      JsonNode value = object.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return 0;
      }
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw problem("\"" + name + "\" is not a whole number");
      }
      return value.longValue();
    }

    private String word(JsonNode object, String name) throws ReportInputException {
      JsonNode value = object.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return "unknown";
      }
      if (!value.isTextual()) {
        throw problem("\"" + name + "\" is not a string");
      }
      String word = value.asText();
      return WORD.matcher(word).matches() && masker.mask(word).equals(word) ? word : "unknown";
    }

    private String text(JsonNode object, String name) {
      JsonNode value = object.path(name);
      return value.isTextual() ? value.asText() : "";
    }

    private ReportInputException problem(String description) {
      return new ReportInputException(file, line, description);
    }
  }
}
