package dev.piiguard.cli.report.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads an untrusted JSON file into a Jackson tree and remembers the line each object and array
 * starts on, so that a reader can name the line of a value that has the wrong shape.
 */
public final class LocatedJsonReader {
  /** Why valid JSON beyond the parser's limits is not read: an input PII Guard wrote is never near them. */
  public static final String TOO_DEEP_OR_LARGE =
      "holds JSON nested deeper, or a string longer, than a report reads (is it PII Guard's or SpotBugs' output?)";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(1 << 20).build())
          .build();

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /** A parsed document and the start line of each of its containers. */
  public record LocatedJson(JsonNode root, Map<JsonNode, Integer> lines) {

    /** The 1-based line {@code node} starts on, or 0 for a scalar or a node from elsewhere. */
    public int lineOf(JsonNode node) {
      return lines.getOrDefault(node, 0);
    }
  }

  /** Parses {@code file}, which must hold exactly one JSON value. */
  public LocatedJson read(Path file) throws ReportInputException {
    Map<JsonNode, Integer> lines = new IdentityHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ReportInputException(file, 0, "is empty");
      }
      JsonNode root = readValue(parser, lines);
      if (parser.nextToken() != null) {
        throw new ReportInputException(
            file, line(parser), "has more content after the end of the JSON document");
      }
      return new LocatedJson(root, lines);
    } catch (JsonProcessingException e) {
      if (isCutOff(e)) {
        throw new ReportInputException(
            file, line(e), "ends in the middle of a JSON value (truncated file?)", e);
      }
      if (e instanceof StreamConstraintsException) {
        throw new ReportInputException(file, line(e), TOO_DEEP_OR_LARGE, e);
      }
      throw new ReportInputException(file, line(e), "is not valid JSON" + column(e), e);
    } catch (IOException e) {
      throw UnreadableFile.of(file, e);
    }
  }

  private JsonNode readValue(JsonParser parser, Map<JsonNode, Integer> lines) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        lines.put(object, line(parser));
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, readValue(parser, lines));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        lines.put(array, line(parser));
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(parser, lines));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new JsonParseProblem(parser, "unexpected " + token);
    }
  }

  /** Whether the parser ran out of input inside a value: the file was cut off. */
  public static boolean isCutOff(JsonProcessingException e) {
    return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
  }

  private static int line(JsonParser parser) {
    return Math.max(parser.currentTokenLocation().getLineNr(), 0);
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
  }

  private static String column(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getColumnNr() <= 0
        ? ""
        : " at column " + e.getLocation().getColumnNr();
  }

  /** A token that cannot start a value here. */
  private static final class JsonParseProblem extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseProblem(JsonParser parser, String problem) {
      super(problem, parser.currentTokenLocation());
    }
  }
}
