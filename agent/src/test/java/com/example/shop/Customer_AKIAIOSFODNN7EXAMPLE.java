package com.example.shop;

import dev.piiguard.agent.inspect.ApplicationFrame;

/** Application code whose names hold values: a class named after a key, a method after a card. */
public final class Customer_AKIAIOSFODNN7EXAMPLE {

  private Customer_AKIAIOSFODNN7EXAMPLE() {}

  /** The stack of a call made from here. */
  public static ApplicationFrame.CapturedStack send_4111111111111111() {
    return ApplicationFrame.capture();
  }
}
