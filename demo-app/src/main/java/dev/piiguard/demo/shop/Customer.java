package dev.piiguard.demo.shop;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/**
 * A shopper's account. The record's generated {@code toString()} prints every component, the
 * sensitive ones included: a leak the plugin reports as {@code PII_IN_TOSTRING}.
 */
// LEAK: PII_IN_TOSTRING (the generated toString() prints the sensitive components)
public record Customer(
    String id,
    @Sensitive(PiiType.PERSON_NAME) String fullName,
    @Sensitive(PiiType.EMAIL) String email,
    @Sensitive(PiiType.PHONE) String phone,
    @Sensitive(PiiType.POSTAL_ADDRESS) String shippingAddress) {}
