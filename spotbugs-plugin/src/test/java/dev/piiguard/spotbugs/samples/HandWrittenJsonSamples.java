package dev.piiguard.spotbugs.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.stream.JsonWriter;
import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * JSON written by hand with a Jackson generator or a Gson writer made over a request body: what its
 * calls write is sent; over a buffer that is only kept, it is not.
 */
public class HandWrittenJsonSamples {
  private final ObjectMapper mapper = new ObjectMapper();

  /** A subscriber whose e-mail Jackson writes through its getter; its toString() shows nothing. */
  public static final class Subscriber {
    @Sensitive(PiiType.EMAIL)
    private final String email;

    public Subscriber(String email) {
      this.email = email;
    }

    public String getEmail() {
      return email;
    }
  }

  private static HttpURLConnection open() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL("https://crm.example.com/contacts").openConnection();
    connection.setDoOutput(true);
    return connection;
  }

  void jacksonGeneratorOverTheRequestBody(Customer customer, Subscriber subscriber) throws IOException {
    try (JsonGenerator generator = mapper.getFactory().createGenerator(open().getOutputStream())) {
      generator.writeStartObject();
      generator.writeStringField("id", customer.id());
      // BUG: PII_TO_HTTP
      generator.writeStringField("email", customer.email());
      generator.writeFieldName("contact");
      // BUG: PII_TO_HTTP
      generator.writeString(customer.email());
      // BUG: PII_TO_HTTP
      generator.writeObjectField("subscriber", subscriber);
      generator.writeFieldName("again");
      // BUG: PII_TO_HTTP
      generator.writeObject(subscriber);
      generator.writeEndObject();
    }
  }

  void gsonWriterOverTheRequestBody(Customer customer) throws IOException {
    try (JsonWriter json = new JsonWriter(new OutputStreamWriter(open().getOutputStream(), StandardCharsets.UTF_8))) {
      json.beginObject();
      json.name("id").value(customer.id());
      // BUG: PII_TO_HTTP
      json.name("email").value(customer.email());
      json.endObject();
    }
  }

  byte[] generatorOverABufferThatIsKept(Customer customer, Subscriber subscriber) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator generator = mapper.getFactory().createGenerator(buffer)) {
      generator.writeStartObject();
      generator.writeStringField("email", customer.email());
      generator.writeObjectField("subscriber", subscriber);
      generator.writeEndObject();
    }
    return buffer.toByteArray();
  }
}
