package dev.piiguard.cli.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@code scan} prints in JSON Lines, one node per finding. */
final class FindingLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingLines() {}

  static List<JsonNode> of(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
