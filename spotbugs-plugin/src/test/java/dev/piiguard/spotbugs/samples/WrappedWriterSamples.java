package dev.piiguard.spotbugs.samples;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text written through a writer or formatter constructed over another ({@code new PrintWriter(text)},
 * {@code new Formatter(builder)}) ends up in that other one, whose text is logged.
 */
public class WrappedWriterSamples {
  private static final Logger log = LoggerFactory.getLogger(WrappedWriterSamples.class);

  void printWriterOverAStringWriter(Customer customer) {
    StringWriter text = new StringWriter();
    PrintWriter printer = new PrintWriter(text);
    printer.printf("customer %s%n", customer.email());
    printer.flush();
    // BUG: PII_TO_LOG
    log.info(text.toString());
  }

  void formatterOverAStringBuilder(Customer customer) {
    StringBuilder text = new StringBuilder();
    Formatter formatter = new Formatter(text);
    formatter.format("customer %s", customer.email());
    // BUG: PII_TO_LOG
    log.info("report: {}", text);
  }

  void formatterOverAPrintStream(Customer customer) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream printer = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    new Formatter(printer).format("customer %s", customer.email()).flush();
    // BUG: PII_TO_LOG
    log.info(buffer.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    new Formatter(new PrintStream(clean, true, StandardCharsets.UTF_8)).format("order %s", customer.id()).flush();
    log.info(clean.toString(StandardCharsets.UTF_8));
  }

  void bufferedWriterOverAStringWriter(Customer customer) throws IOException {
    StringWriter text = new StringWriter();
    try (BufferedWriter writer = new BufferedWriter(text)) {
      writer.write(customer.email());
    }
    // BUG: PII_TO_LOG
    log.info(text.toString());
  }

  void helperPrintsIntoTheWriterItIsGiven(Customer customer) {
    StringWriter text = new StringWriter();
    printContact(text, customer);
    // BUG: PII_TO_LOG
    log.info(text.toString());
  }

  private static void printContact(Writer out, Customer customer) {
    PrintWriter printer = new PrintWriter(out);
    printer.print(customer.email());
    printer.flush();
  }

  void onlyCleanTextIsLogged(Customer customer) {
    StringWriter text = new StringWriter();
    PrintWriter printer = new PrintWriter(text);
    printer.printf("order %s%n", customer.id());
    printer.flush();
    log.info(text.toString());
    StringWriter kept = new StringWriter();
    StringWriter logged = new StringWriter();
    new PrintWriter(kept).print(customer.email());
    new PrintWriter(logged).print(customer.id());
    log.info(logged.toString());
  }
}
