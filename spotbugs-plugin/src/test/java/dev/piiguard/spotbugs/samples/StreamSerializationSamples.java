package dev.piiguard.spotbugs.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Objects a serialiser writes into a stream it is given: a finding where that stream leaves the
 * application (a request body, standard output) or what it holds is logged, none where it stays in
 * memory.
 */
public class StreamSerializationSamples {
  private static final Logger log = LoggerFactory.getLogger(StreamSerializationSamples.class);
  private final ObjectMapper mapper = new ObjectMapper();
  private final Gson gson = new Gson();

  /** A partner's contact. */
  // BUG: PII_IN_TOSTRING
  public record PartnerContact(String contactId, @Sensitive(PiiType.EMAIL) String email) {}

  /** No personal data. */
  public record Ticket(String ticketId, String status) {}

  private static HttpURLConnection open() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL("https://crm.example.com/contacts").openConnection();
    connection.setDoOutput(true);
    return connection;
  }

  void writtenIntoTheRequestBody(PartnerContact contact) throws IOException {
    try (OutputStream body = open().getOutputStream()) {
      // BUG: PII_TO_HTTP
      mapper.writeValue(body, contact);
    }
  }

  void writtenThroughAWriterOverTheRequestBody(PartnerContact contact) throws IOException {
    try (Writer body = new OutputStreamWriter(open().getOutputStream(), StandardCharsets.UTF_8)) {
      // BUG: PII_TO_HTTP
      mapper.writer().writeValue(body, contact);
    }
  }

  void writtenByGsonIntoTheRequestBody(PartnerContact contact) throws IOException {
    try (Writer body = new OutputStreamWriter(open().getOutputStream(), StandardCharsets.UTF_8)) {
      // BUG: PII_TO_HTTP
      gson.toJson(contact, body);
    }
  }

  void writtenByAHelperIntoTheRequestBody(PartnerContact contact) throws IOException {
    try (OutputStream body = open().getOutputStream()) {
      // BUG: PII_TO_HTTP
      writeJson(body, contact);
    }
    try (OutputStream body = open().getOutputStream()) {
      // BUG: PII_TO_HTTP
      writeText(body, contact.email());
    }
  }

  private void writeJson(OutputStream out, PartnerContact value) throws IOException {
    mapper.writeValue(out, value);
  }

  private static void writeText(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  void writtenToStandardOutput(PartnerContact contact) throws IOException {
    // BUG: PII_TO_LOG
    mapper.writeValue(System.out, contact);
  }

  void bufferedThenLogged(PartnerContact contact) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    mapper.writeValue(buffer, contact);
    // BUG: PII_TO_LOG
    log.info("sent {}", buffer.toString(StandardCharsets.UTF_8));
  }

  int bufferedAndOnlyMeasured(PartnerContact contact) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    mapper.writeValue(buffer, contact);
    log.info("contact is {} bytes of JSON", buffer.size());
    return buffer.size();
  }

  byte[] bufferedAndKept(PartnerContact contact) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    mapper.writeValue(buffer, contact);
    return buffer.toByteArray();
  }

  private final java.io.File export = new java.io.File("contacts.json");

  void exportedToAFileWhoseNameIsLogged(PartnerContact contact) throws IOException {
    // the file is where the data went, not the data: its name is no finding (review s33g)
    mapper.writeValue(export, contact);
    java.nio.file.Path path = java.nio.file.Path.of("contact.json");
    mapper.writeValue(path.toFile(), contact);
    log.info("exported to {} and {}", export, path);
  }

  void aFileNameLoggedElsewhere() {
    log.info("the export goes to {}", export);
  }

  void ticketWrittenIntoTheRequestBody(Ticket ticket) throws IOException {
    try (OutputStream body = open().getOutputStream()) {
      mapper.writeValue(body, ticket);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    mapper.writeValue(buffer, ticket);
    log.info("sent {}", buffer.toString(StandardCharsets.UTF_8));
    // the mapper kept nothing of the contacts it wrote out before
    log.info("ticket {}", mapper.writeValueAsString(ticket));
  }
}
