package com.example.client;

import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** A partner's HTTP interface, as its client module (or a generated-client jar) declares it. */
public interface PartnerClient {
  @PostExchange("https://partner.example.com/leads")
  String lead(String email);

  @GetExchange("https://partner.example.com/leads")
  String find(@RequestParam("id") String id, @RequestAttribute("requestedBy") String requestedBy);

  /** Code of the client module's own, not a request. */
  default String describe(String email) {
    return "partner lead";
  }
}
