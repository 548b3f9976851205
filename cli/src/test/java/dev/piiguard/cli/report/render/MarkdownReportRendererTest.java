package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

  @Test
  void holdsTheSameContentAsTheHtmlReport() throws Exception {
    String markdown = new MarkdownReportRenderer().render(ReportFixtures.shop());

    assertThat(markdown).startsWith("# PII Guard report\n\nMade on 2026-11-25 16:00:00Z from `pii-findings.xml`"
        + " (SpotBugs XML) and `audit.jsonl` (audit events).\n");
    assertThat(markdown).contains("## Summary", "## PII data map", "## Destinations seen at run time",
        "## Static findings", "## About this report");
    assertThat(markdown).contains("**Found in code:** 7 static findings of 5 patterns, 4 PII types.");
    assertThat(markdown).contains("| 5 | 1 | 2 | 1 | 1 | 1 |");
    assertThat(markdown).contains("PII_TO_LOG        ████████████████████████ 2");
    assertThat(markdown).contains("| `EMAIL` | AI provider · api.openai.com | ✔ protected at run time | F3"
        + " `SupportAssistant.ask(Customer, String)` SupportAssistant.java:57:"
        + " `Customer.email → com.openai.services.blocking.chat.ChatCompletionService.create` |"
        + " 2 requests, 3 values; tokenized ×2; 2026-11-25 15:03:16Z – 15:03:18Z |");
    assertThat(markdown).contains("### `PII_TO_LOG` Personal data written to a log (CWE-532)");
    assertThat(markdown).contains("> A value marked @\u200BSensitive reaches a logging call.");
    assertThat(markdown).contains("| F1 | `EMAIL` | `com.example.shop.Checkout.pay(Customer)` |"
        + " `Customer.email` Checkout.java:41 | `org.slf4j.Logger.info` Checkout.java:42 | high |");
  }

  @Test
  void escapesWhatMarkdownOrGitHubWouldInterpret() {
    assertThat(Markdown.text("a|b @team <img src=x> *bold* [link](x) `code` ~x~ \\"))
        .isEqualTo("a\\|b @\u200Bteam &lt;img src=x&gt; \\*bold\\* \\[link\\](x) \\`code\\` \\~x\\~ \\\\");
    assertThat(Markdown.code("a`b|c\nd")).isEqualTo("`a'b\\|c d`");
  }
}
