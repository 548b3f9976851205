package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** A record with a sensitive component; its generated toString() includes it. */
// BUG: PII_IN_TOSTRING
public record Customer(String id, @Sensitive(PiiType.EMAIL) String email, int loyaltyPoints) {}
