package com.example.client;

/** An interface of the client module that no annotation marks as a declarative client. */
public interface PartnerDirectory {
  String lookup(String email);
}
