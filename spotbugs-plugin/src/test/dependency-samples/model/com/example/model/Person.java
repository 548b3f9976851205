package com.example.model;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** A person; members of the loyalty programme extend it. */
public class Person {
  @Sensitive(PiiType.DATE_OF_BIRTH)
  public String birthday = "";
}
