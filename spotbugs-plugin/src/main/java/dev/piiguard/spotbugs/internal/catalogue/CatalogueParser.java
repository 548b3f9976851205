package dev.piiguard.spotbugs.internal.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;

/**
 * Reads catalogue text into a {@link Catalogue}. One rule a line, {@code #} starts a comment:
 *
 * <pre>
 * sink        PII_TO_LOG  org.slf4j.Logger#info                 args
 * sink        PII_TO_LOG  org.slf4j.spi.LoggingEventBuilder#log args,this
 * sink        PII_TO_LOG  org.slf4j.MDC#put                     arg1
 * sanitizer   com.example.Masks#maskEmail
 * source      javax.servlet.ServletRequest#getRemoteAddr
 * propagator  java.lang.Long#parseLong
 * serializer  com.fasterxml.jackson.databind.ObjectMapper#writeValueAsString
 * stream      PII_TO_HTTP java.net.URLConnection#getOutputStream
 * stream      PII_TO_LOG  java.lang.System#out
 * stream-write com.fasterxml.jackson.core.JsonGenerator#*
 * client-interface PII_TO_HTTP retrofit2.http.POST
 * client-interface-server org.springframework.web.bind.annotation.RestController
 * client-unsent-parameter retrofit2.http.Tag
 * ai-host     api.openai.com
 * </pre>
 */
public final class CatalogueParser {
  private CatalogueParser() {}

  /**
   * Adds the rules read from {@code reader} to {@code catalogue}.
   *
   * @param origin names the file in error messages
   * @throws IllegalArgumentException naming the file and line of a malformed rule
   */
  public static void parse(Reader reader, String origin, Catalogue catalogue) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      int comment = commentStart(line);
      String content = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      try {
        parseRule(content.split("\\s+"), catalogue);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ":" + lineNumber + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Where a comment starts: a {@code #} at the line's start or after white space, as the one in
   * {@code Owner#method} is part of the rule; -1 without one.
   */
  static int commentStart(String line) {
    for (int i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
      if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static void parseRule(String[] words, Catalogue catalogue) {
    switch (words[0]) {
      case "sink":
        requireWords(words, 4);
        catalogue.addSink(sinkRule(words));
        return;
      case "sanitizer":
        requireWords(words, 2);
        catalogue.addSanitizer(MethodPattern.parse(words[1]));
        return;
      case "source":
        requireWords(words, 2);
        catalogue.addSource(MethodPattern.parse(words[1]));
        return;
      case "propagator":
        requireWords(words, 2);
        catalogue.addPropagator(MethodPattern.parse(words[1]));
        return;
      case "serializer":
        requireWords(words, 2);
        catalogue.addSerializer(MethodPattern.parse(words[1]));
        return;
      case "stream":
        requireWords(words, 3);
        catalogue.addStream(new StreamRule(BugPattern.parse(words[1]), MethodPattern.parse(words[2])));
        return;
      case "stream-write":
        requireWords(words, 2);
        catalogue.addStreamWrite(MethodPattern.parse(words[1]));
        return;
      case "client-interface":
        requireWords(words, 3);
        catalogue.addClientInterface(new ClientInterfaceRule(BugPattern.parse(words[1]), words[2]));
        return;
      case "client-interface-server":
        requireWords(words, 2);
        catalogue.addClientServer(ClientInterfaceRule.descriptorOf(words[1]));
        return;
      case "client-unsent-parameter":
        requireWords(words, 2);
        catalogue.addClientUnsentParameter(ClientInterfaceRule.descriptorOf(words[1]));
        return;
      case "ai-host":
        requireWords(words, 2);
        catalogue.addAiHost(words[1]);
        return;
      default:
        throw new IllegalArgumentException("unknown rule kind (expected sink, sanitizer, source,"
            + " propagator, serializer, stream, stream-write, client-interface, client-interface-server,"
            + " client-unsent-parameter or ai-host)");
    }
  }

  private static SinkRule sinkRule(String[] words) {
    BugPattern pattern = BugPattern.parse(words[1]);
    MethodPattern method = MethodPattern.parse(words[2]);
    boolean allArguments = false;
    boolean receiver = false;
    BitSet positions = new BitSet();
    for (String part : words[3].split(",")) {
      if (part.equals("args")) {
        allArguments = true;
      } else if (part.equals("this")) {
        receiver = true;
      } else if (isArgumentPosition(part)) {
        positions.set(Integer.parseInt(part.substring(3)));
      } else {
        throw new IllegalArgumentException(
            "sent values must be args, this or argN (N a position from 0)");
      }
    }
    return new SinkRule(pattern, method, allArguments, positions, receiver);
  }

  /** Whether {@code part} is {@code arg} and a position of at most four digits: {@code arg1}. */
  private static boolean isArgumentPosition(String part) {
    int digits = part.length() - 3;
    return part.startsWith("arg") && digits > 0 && digits <= 4
        && part.chars().skip(3).allMatch(c -> c >= '0' && c <= '9');
  }

  private static void requireWords(String[] words, int count) {
    if (words.length != count) {
      throw new IllegalArgumentException(
          words[0] + " rule needs " + count + " words, found " + words.length);
    }
  }
}
