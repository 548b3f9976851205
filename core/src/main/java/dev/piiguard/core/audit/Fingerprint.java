package dev.piiguard.core.audit;

import java.util.Objects;

/**
 * A keyed fingerprint of one value: equal values give equal fingerprints within one process.
 *
 * @param type the entity id of the value
 * @param hmac Base64url HMAC-SHA-256 of the value under the process key
 */
public record Fingerprint(String type, String hmac) {

  /** Checks that both parts are present. */
  public Fingerprint {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(hmac, "hmac");
  }
}
