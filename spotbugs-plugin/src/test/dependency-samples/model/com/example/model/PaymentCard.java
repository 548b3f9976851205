package com.example.model;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** Every instance is a payment card. */
@Sensitive(PiiType.PAYMENT_CARD)
public class PaymentCard {
  public String number = "";
}
