package dev.piiguard.spotbugs.samples;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;

/** Google GenAI: generateContent with text and with content parts. */
public class GoogleGenAiSamples {

  GenerateContentResponse text(Client client, Customer customer) {
    // BUG: PII_TO_AI_API
    return client.models.generateContent("gemini-2.5-flash", "Describe " + customer.email(), null);
  }

  GenerateContentResponse parts(Client client, Customer customer) {
    Content content = Content.fromParts(Part.fromText("Describe " + customer.email()));
    // BUG: PII_TO_AI_API
    return client.models.generateContent("gemini-2.5-flash", content, null);
  }

  GenerateContentResponse clean(Client client, Customer customer) {
    return client.models.generateContent("gemini-2.5-flash", "Describe order " + customer.id(), null);
  }
}
