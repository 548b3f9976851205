package com.example.model;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** How to reach a customer. */
public class Contact {
  @PhoneNumber public String phone = "";

  public String preferredChannel = "mail";

  @Sensitive(PiiType.PERSON_NAME)
  public String fullName() {
    return "";
  }

  public String greeting() {
    return "Hello";
  }
}
