package dev.piiguard.spotbugs.samples;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.service.AiServices;

/** LangChain4j: chat models, messages and AI services. */
public class LangChain4jSamples {

  /** An AI service: calls of its methods are prompts. */
  public interface Assistant {
    String answer(String question);
  }

  void chatModel(ChatModel model, Customer customer) {
    // BUG: PII_TO_AI_API
    model.chat("Summarise the account of " + customer.email());
    model.chat("Summarise order " + customer.id());
  }

  void messages(ChatModel model, Customer customer) {
    // BUG: PII_TO_AI_API
    UserMessage question = UserMessage.from("Who is " + customer.email() + "?");
    model.chat(SystemMessage.from("You are helpful."), question);
  }

  void streaming(StreamingChatModel model, Customer customer, StreamingChatResponseHandler handler) {
    // BUG: PII_TO_AI_API
    model.chat("Greet " + customer.email(), handler);
  }

  String aiService(ChatModel model, Customer customer) {
    Assistant assistant = AiServices.create(Assistant.class, model);
    assistant.answer("What did order " + customer.id() + " contain?");
    // BUG: PII_TO_AI_API
    return assistant.answer("What did " + customer.email() + " order?");
  }

  void embedding(EmbeddingModel model, Customer customer, String review) {
    // BUG: PII_TO_AI_API
    model.embed(customer.email() + " wrote: " + review);
    model.embed("order " + customer.id() + ": " + review);
  }

  /** Charges a card over HTTP: an application interface, named as a class constant next to an AI service. */
  public interface PaymentGateway {
    void charge(String email);
  }

  /** Its implementation posts the e-mail address to a payment service. */
  public static final class HttpPaymentGateway implements PaymentGateway {
    @Override
    public void charge(String email) {
      java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://pay.example.com/?email=" + email)).build();
    }
  }

  void wiringWithOtherClassConstants(ChatModel model, Customer customer) {
    java.util.Map<Class<?>, Object> registry =
        java.util.Map.of(Assistant.class, AiServices.create(Assistant.class, model),
            PaymentGateway.class, new HttpPaymentGateway());
    PaymentGateway gateway = (PaymentGateway) registry.get(PaymentGateway.class);
    // BUG: PII_TO_HTTP
    gateway.charge(customer.email());
  }

  ChatResponse unrelated(ChatModel model) {
    return model.chat(UserMessage.from("hello"));
  }
}
