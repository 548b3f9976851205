package dev.piiguard.core.token;

import java.util.Base64;
import java.util.Objects;

/**
 * Keyed fingerprints of values for audit events: equal values of one type give equal fingerprints
 * under one key, and a fingerprint tells nothing about its value to anyone without the key.
 *
 * <p>A fingerprint is the unpadded Base64url form (43 chars) of {@code HMAC-SHA-256(key, type NUL
 * value)}, the value in its canonical form ({@link CanonicalValue}: a card number's digits, so
 * {@code 4111 1111 1111 1111} and {@code 4111111111111111} count as one value). Use a different key than the {@link Tokenizer}'s: the default is a
 * random key per instance, so fingerprints can be compared within one process only; pass the same
 * key to {@link #withKey} in several processes to compare across them. Thread-safe.
 */
public final class Fingerprints {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final KeyedHash hash;

  private Fingerprints(KeyedHash hash) {
    this.hash = hash;
  }

  /** Fingerprints under a fresh random key. */
  public static Fingerprints withRandomKey() {
    return new Fingerprints(KeyedHash.withRandomKey());
  }

  /** Fingerprints under {@code key}, at least 16 bytes. */
  public static Fingerprints withKey(byte[] key) {
    return new Fingerprints(KeyedHash.withKey(key));
  }

  /** The fingerprint of {@code value} of entity {@code type}. */
  public String of(String type, CharSequence value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    return BASE64URL.encodeToString(hash.hash(type, CanonicalValue.of(type, value), 0));
  }
}
