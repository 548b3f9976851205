package dev.piiguard.demo.shop;

import java.math.BigDecimal;
import java.util.List;

/** The demo's fictitious shopper, card and order. The values are well-formed test data. */
public final class ShopData {
  public static final Customer JANE =
      new Customer(
          "C-1001",
          "Jane Doe",
          "jane.doe@example.com",
          "+1 415-555-2671",
          "221 Baker Street, Springfield, IL 62704");
  public static final PaymentCard JANES_CARD = new PaymentCard("4111 1111 1111 1111", "12/29");
  public static final Order ORDER =
      new Order("A-1042", JANE.id(), List.of("espresso machine", "milk frother"), new BigDecimal("249.90"));

  private ShopData() {}
}
