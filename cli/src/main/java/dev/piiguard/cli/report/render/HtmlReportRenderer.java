package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.FlowStatus;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.ReportNotes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes the report as one self-contained HTML page: inline CSS, inline SVG and a small inline
 * script, nothing loaded from anywhere. A Content-Security-Policy that allows only this style and
 * this script (by hash) backs up the escaping: even a missed escape could not run input as code.
 */
final class HtmlReportRenderer implements ReportRenderer {

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
          + "'; img-src data:; base-uri 'none'; form-action 'none'";
  private static final String SHIELD =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">"
          + "<path d=\"M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z\" fill=\"#3557c6\"/>"
          + "<path d=\"m8.5 12 2.5 2.5 4.5-5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\""
          + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";

  @Override
  public String render(ReportModel model) {
    Html html = new Html();
    html.markup("<!DOCTYPE html>").newline()
        .open("html", "lang", "en").newline()
        .open("head").newline()
        .empty("meta", "charset", "utf-8").newline()
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
        .empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY).newline()
        .empty("meta", "name", "referrer", "content", "no-referrer").newline()
        .element("title", "PII Guard report").newline()
        .open("style").markup(STYLE).close("style").newline()
        .close("head").newline()
        .open("body").newline();
    html.element("a", "Skip to content", "class", "skip", "href", "#main").newline();
    header(html, model);
    html.open("main", "id", "main").newline();
    new HtmlSummarySection(html, model).write();
    new HtmlDataMapSection(html, model).write();
    new HtmlDestinationsSection(html, model).write();
    new HtmlFindingsSection(html, model).write();
    about(html, model);
    html.close("main").newline();
    html.open("footer", "class", "page-footer")
        .open("p").text("Made by PII Guard on " + Formats.time(model.inputs().generatedAt())
            + ". This file needs no network: it holds its own styles, charts and script.")
        .close("p").close("footer").newline();
    html.open("script").markup(SCRIPT).close("script").newline();
    html.close("body").newline().close("html").newline();
    return html.toString();
  }

  private static void header(Html html, ReportModel model) {
    html.open("header", "class", "masthead").open("div", "class", "masthead-inner");
    html.open("h1").markup(SHIELD).text("PII Guard report").close("h1");
    html.open("p", "class", "meta").text("Made on " + Formats.time(model.inputs().generatedAt()) + " from ");
    if (model.hasStaticInput()) {
      html.element("code", model.inputs().spotbugsFile().orElseThrow())
          .text(" (" + model.inputs().spotbugsFormat() + ")");
    }
    if (model.hasStaticInput() && model.hasRuntimeInput()) {
      html.text(" and ");
    }
    if (model.hasRuntimeInput()) {
      html.element("code", model.inputs().auditFile().orElseThrow()).text(" (audit events)");
    }
    html.text(".").close("p");
    html.open("nav", "aria-label", "Sections").open("ul");
    navItem(html, "#summary", "Summary");
    navItem(html, "#data-map", "PII data map");
    if (model.hasRuntimeInput()) {
      navItem(html, "#destinations", "Destinations");
    }
    if (model.hasStaticInput()) {
      navItem(html, "#findings", "Static findings");
    }
    navItem(html, "#about", "About this report");
    html.close("ul").close("nav").close("div").close("header").newline();
  }

  private static void navItem(Html html, String target, String label) {
    html.open("li").element("a", label, "href", target).close("li");
  }

  private static void about(Html html, ReportModel model) {
    ReportNotes notes = model.notes();
    html.open("section", "id", "about", "aria-labelledby", "about-title").newline()
        .element("h2", "About this report", "id", "about-title")
        .open("div", "class", "card").open("ul", "class", "notes");
    html.open("li").text("Statuses: ")
        .open("span", "class", "badge " + StatusStyle.cssClass(FlowStatus.EXPOSED))
        .text(StatusStyle.symbol(FlowStatus.EXPOSED) + " " + FlowStatus.EXPOSED.label()).close("span")
        .text(" — at least one request carried the values out unchanged (monitor, or not inspected); ")
        .open("span", "class", "badge " + StatusStyle.cssClass(FlowStatus.IN_CODE))
        .text(StatusStyle.symbol(FlowStatus.IN_CODE) + " " + FlowStatus.IN_CODE.label()).close("span")
        .text(" — SpotBugs found the path; no audit event shows it; ")
        .open("span", "class", "badge " + StatusStyle.cssClass(FlowStatus.PROTECTED))
        .text(StatusStyle.symbol(FlowStatus.PROTECTED) + " " + FlowStatus.PROTECTED.label()).close("span")
        .text(" — every request was redacted, tokenized, blocked or refused.").close("li");
    html.element("li", "A finding on an AI or HTTP path is linked to a host when an audit event with"
        + " findings was sent to that host from the finding's method.");
    if (notes.otherSpotBugsFindings() > 0) {
      html.element("li", Formats.count(notes.otherSpotBugsFindings(), "SpotBugs finding", "SpotBugs findings")
          + " of patterns not about personal data were left out.");
    }
    if (notes.skippedAuditEvents() > 0) {
      html.element("li", Formats.count(notes.skippedAuditEvents(), "audit event", "audit events")
          + " of a kind this version does not know were left out.");
    }
    html.element("li", notes.maskedValues() == 0
        ? "No text in the inputs looked like personal data."
        : Formats.count(notes.maskedValues(), "text", "texts")
            + " in the inputs looked like personal data and were replaced by placeholders such as [EMAIL].");
    html.element("li", "This report never holds a raw value: audit events carry only types, counts and"
        + " keyed fingerprints, and every text taken from the inputs is masked and escaped.");
    html.close("ul").close("div").close("section").newline();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
