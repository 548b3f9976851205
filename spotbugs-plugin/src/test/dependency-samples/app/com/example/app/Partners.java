package com.example.app;

import com.example.client.PartnerClient;
import com.example.client.PartnerDirectory;
import com.example.model.Customer;

/** Calls of client interfaces that another module declares. */
public class Partners {
  private final PartnerClient partner;
  private final PartnerDirectory directory;

  public Partners(PartnerClient partner, PartnerDirectory directory) {
    this.partner = partner;
    this.directory = directory;
  }

  String lead(Customer customer) {
    // BUG: PII_TO_HTTP
    return partner.lead(customer.email());
  }

  String notSent(Customer customer) {
    partner.find(customer.id(), customer.email());
    partner.describe(customer.email());
    return directory.lookup(customer.email());
  }
}
