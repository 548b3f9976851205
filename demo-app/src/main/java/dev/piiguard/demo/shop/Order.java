package dev.piiguard.demo.shop;

import java.math.BigDecimal;
import java.util.List;

/** An order: identifiers and amounts only, nothing personal. */
public record Order(String id, String customerId, List<String> items, BigDecimal total) {

  public Order {
    items = List.copyOf(items);
  }
}
