package dev.piiguard.agent.inspect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The names of URL query parameters that carry a credential for the destination itself: Google's
 * {@code key}, OAuth's {@code access_token}, the signature and credential of a presigned S3 or GCS
 * URL. Like a credential header, such a value is the request's own authentication, not data that
 * leaks.
 */
final class CredentialParameters {
  private static final Set<String> NAMES = Set.of("key", "api_key", "apikey", "api-key", "access_token",
      "token", "auth", "sig", "signature", "x-amz-credential", "x-amz-security-token", "x-amz-signature",
      "x-goog-credential", "x-goog-signature", "googleaccessid");

  private CredentialParameters() {}

  /** Whether the parameter named by the UTF-8 {@code name} carries a credential. */
  static boolean names(byte[] name) {
    return name.length <= 32 && NAMES.contains(new String(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
  }
}
