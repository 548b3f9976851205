package dev.piiguard.cli.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlReaderTest {

  @TempDir Path folder;

  @Test
  void readsElementsAttributesTextAndLines() throws Exception {
    Path file = write("""
        <?xml version="1.0"?>
        <root a="1">
          <child name="x">text &amp; more</child>
          <child name="y"><![CDATA[<p>cdata</p>]]></child>
        </root>
        """);

    XmlElement root = new SecureXmlReader(Set.of()).read(file);

    assertThat(root.name()).isEqualTo("root");
    assertThat(root.attribute("a", "")).isEqualTo("1");
    assertThat(root.children("child")).extracting(XmlElement::line).containsExactly(3, 4);
    assertThat(root.children("child")).extracting(XmlElement::text).containsExactly("text & more", "<p>cdata</p>");
  }

  @Test
  void leavesOutTheSubtreesItIsToldToSkip() throws Exception {
    Path file = write("<root><Summary><deep><deeper/></deep></Summary><kept/></root>");

    XmlElement root = new SecureXmlReader(Set.of("Summary")).read(file);

    assertThat(root.children()).extracting(XmlElement::name).containsExactly("kept");
  }

  @Test
  void refusesADocumentTypeSoNoExternalEntityIsEverRead() throws Exception {
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, "4111111111111111");
    Path file = write("""
        <?xml version="1.0"?>
        <!DOCTYPE root [<!ENTITY leak SYSTEM "%s">]>
        <root>&leak;</root>
        """.formatted(secret.toUri()));

    assertThatThrownBy(() -> new SecureXmlReader(Set.of()).read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(file + ":2: ")
        .hasMessageContaining("document type declaration")
        .hasMessageNotContaining("4111111111111111");
  }

  @Test
  void aCutOffFileIsReportedWithItsLastLine() throws Exception {
    Path file = write("<root>\n  <child>\n    <more a=\"1\">");

    assertThatThrownBy(() -> new SecureXmlReader(Set.of()).read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":3: ends too early: the XML is cut off (truncated file?)");
  }

  @Test
  void brokenMarkupIsReportedWithItsLineAndNoInputText() throws Exception {
    Path file = write("<root>\n<a>jane.doe@example.com</b>\n</root>");

    assertThatThrownBy(() -> new SecureXmlReader(Set.of()).read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(file + ":2: is not well-formed XML")
        .hasMessageNotContaining("jane.doe@example.com");
  }

  private Path write(String content) throws Exception {
    Path file = folder.resolve("input.xml");
    Files.writeString(file, content);
    return file;
  }
}
