package dev.piiguard.cli.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.piiguard.cli.report.input.LocatedJsonReader.LocatedJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedJsonReaderTest {

  @TempDir Path folder;

  @Test
  void remembersTheLineEachObjectAndArrayStartsOn() throws Exception {
    Path file = write("""
        {
          "runs": [
            {"name": "a"},
            {
              "name": "b", "n": 3, "f": 1.5, "t": true, "z": null
            }
          ]
        }
        """);

    LocatedJson json = new LocatedJsonReader().read(file);

    assertThat(json.lineOf(json.root())).isEqualTo(1);
    assertThat(json.lineOf(json.root().path("runs"))).isEqualTo(2);
    assertThat(json.lineOf(json.root().path("runs").path(0))).isEqualTo(3);
    assertThat(json.lineOf(json.root().path("runs").path(1))).isEqualTo(4);
    assertThat(json.root().path("runs").path(1).path("n").asInt()).isEqualTo(3);
    assertThat(json.root().path("runs").path(1).path("t").asBoolean()).isTrue();
  }

  @Test
  void aCutOffFileIsReportedWithTheLineWhereItEnds() throws Exception {
    Path file = write("{\n  \"runs\": [\n    {\"name\": \"a\"");

    assertThatThrownBy(() -> new LocatedJsonReader().read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":3: ends in the middle of a JSON value (truncated file?)");
  }

  @Test
  void invalidJsonIsReportedWithItsLineAndColumnButNotItsText() throws Exception {
    Path file = write("{\n  \"a\": jane.doe@example.com\n}");

    assertThatThrownBy(() -> new LocatedJsonReader().read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(file + ":2: is not valid JSON at column")
        .hasMessageNotContaining("jane");
  }

  @Test
  void validJsonBeyondTheReadersLimitsIsSaidToBeSoNotToBeInvalid() throws Exception {
    Path file = write("[".repeat(300) + "]".repeat(300));

    assertThatThrownBy(() -> new LocatedJsonReader().read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ": " + LocatedJsonReader.TOO_DEEP_OR_LARGE);
  }

  @Test
  void contentAfterTheDocumentIsAnError() throws Exception {
    Path file = write("{}\n{}");

    assertThatThrownBy(() -> new LocatedJsonReader().read(file))
        .hasMessage(file + ":2: has more content after the end of the JSON document");
  }

  @Test
  void anEmptyFileIsAnError() throws Exception {
    Path file = write("  \n");

    assertThatThrownBy(() -> new LocatedJsonReader().read(file)).hasMessage(file + ": is empty");
  }

  private Path write(String content) throws Exception {
    Path file = folder.resolve("input.json");
    Files.writeString(file, content);
    return file;
  }
}
