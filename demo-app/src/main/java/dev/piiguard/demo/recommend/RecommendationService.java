package dev.piiguard.demo.recommend;

import dev.langchain4j.model.chat.ChatModel;
import dev.piiguard.demo.shop.Customer;
import dev.piiguard.demo.shop.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Suggests accessories for a shopper's last order with a chat model through LangChain4j. */
public final class RecommendationService {
  private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

  private final ChatModel model;

  public RecommendationService(ChatModel model) {
    this.model = model;
  }

  public String recommendFor(Customer customer, Order lastOrder) {
    // SAFE: identifiers only
    log.info("recommendations for customer {} after order {}", customer.id(), lastOrder.id());
    String prompt =
        "Suggest two accessories for the shopper "
            + customer.fullName()
            + " ("
            + customer.email()
            + ", mobile "
            + customer.phone()
            + ") who just bought: "
            + String.join(", ", lastOrder.items());
    // LEAK: PII_TO_AI_API
    return model.chat(prompt);
  }
}
