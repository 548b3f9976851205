package dev.piiguard.core.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 of a type and a value under one secret key; thread-safe. */
final class KeyedHash {

  /** The shortest key accepted, in bytes. */
  static final int MIN_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final Mac prototype;

  private KeyedHash(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.prototype = initializedMac(this.key);
  }

  private static Mac initializedMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
    }
  }

  static KeyedHash withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("key.length < " + MIN_KEY_BYTES + ": " + key.length);
    }
    return new KeyedHash(key.clone());
  }

  static KeyedHash withRandomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    KeyedHash hash = new KeyedHash(key);
    Arrays.fill(key, (byte) 0);
    return hash;
  }

  /** HMAC over the UTF-8 of {@code type}, a NUL, the value, and a NUL and {@code round} when not 0. */
  byte[] hash(String type, CharSequence value, int round) {
    Mac mac = newMac();
    mac.update(type.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    mac.update(value.toString().getBytes(StandardCharsets.UTF_8));
    if (round != 0) {
      mac.update((byte) 0);
      mac.update((byte) round);
    }
    return mac.doFinal();
  }

  private Mac newMac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return initializedMac(key);
    }
  }
}
