package dev.piiguard.demo;

import java.util.Map;

/**
 * Where the demo's chat model lives: the real OpenAI service when {@code OPENAI_API_KEY} is set
 * (at {@code OPENAI_BASE_URL} if given), otherwise the embedded echo server on loopback.
 */
record AiService(String baseUrl, String apiKey, String model, boolean embedded) {
  private static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
  private static final String OPENAI_MODEL = "gpt-4o-mini";
  private static final String EMBEDDED_MODEL = "demo-echo-1";
  private static final String EMBEDDED_KEY = "demo-key-not-a-secret";

  static AiService fromEnvironment(Map<String, String> environment, String embeddedBaseUrl) {
    String apiKey = environment.get("OPENAI_API_KEY");
    if (apiKey == null || apiKey.isBlank()) {
      return new AiService(embeddedBaseUrl, EMBEDDED_KEY, EMBEDDED_MODEL, true);
    }
    String baseUrl = environment.getOrDefault("OPENAI_BASE_URL", OPENAI_BASE_URL);
    return new AiService(baseUrl, apiKey, environment.getOrDefault("OPENAI_MODEL", OPENAI_MODEL), false);
  }
}
