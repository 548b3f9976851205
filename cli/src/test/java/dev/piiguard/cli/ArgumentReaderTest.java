package dev.piiguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentReaderTest {

  @Test
  void anOptionTakesItsValueAfterTheEqualsSignOrFromTheNextArgument() {
    ArgumentReader reader = new ArgumentReader(List.of("--format=text", "--audit", "a.jsonl", "file"));

    String first = reader.next();
    assertThat(ArgumentReader.optionName(first)).isEqualTo("--format");
    assertThat(reader.valueOf(first)).isEqualTo("text");
    String second = reader.next();
    assertThat(ArgumentReader.optionName(second)).isEqualTo("--audit");
    assertThat(reader.valueOf(second)).isEqualTo("a.jsonl");
    assertThat(reader.next()).isEqualTo("file");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void aMissingValueIsNullAndAnEmptyInlineValueIsEmpty() {
    ArgumentReader reader = new ArgumentReader(List.of("--audit=", "--format"));

    assertThat(reader.valueOf(reader.next())).isEmpty();
    assertThat(reader.valueOf(reader.next())).isNull();
  }

  @Test
  void onlyDoubleDashOptionsAreSplitAtTheEqualsSign() {
    assertThat(ArgumentReader.optionName("-o=x")).isEqualTo("-o=x");
    assertThat(ArgumentReader.optionName("--=x")).isEqualTo("--=x");
    assertThat(ArgumentReader.optionName("a=b")).isEqualTo("a=b");
  }
}
