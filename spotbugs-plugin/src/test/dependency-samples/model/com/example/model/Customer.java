package com.example.model;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** A customer of the shop, as the model module declares it. */
public record Customer(String id, @Sensitive(PiiType.EMAIL) String email) {}
