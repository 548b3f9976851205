package dev.piiguard.cli.report.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void blocksBecomeParagraphsAndTagsDisappear() {
    String html = "\n<p> This code calls <code>equals(null)</code>,\n which is always\n false.</p>"
        + "<p>See <a href=\"https://cwe.mitre.org/\">CWE-570</a>.<br>Done</p>";

    assertThat(HtmlText.toPlainText(html))
        .isEqualTo("This code calls equals(null), which is always false.\n\nSee CWE-570.\n\nDone");
  }

  @Test
  void entitiesAreDecodedOnceSoTheRendererCanEscapeThem() {
    assertThat(HtmlText.toPlainText("a &lt;script&gt; &amp;amp; &#64; &#x41; &nbsp;b &unknown;"))
        .isEqualTo("a <script> &amp; @ A b &unknown;");
  }

  @Test
  void nothingGivesNothing() {
    assertThat(HtmlText.toPlainText(null)).isEmpty();
    assertThat(HtmlText.toPlainText("  ")).isEmpty();
  }
}
