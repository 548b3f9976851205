package dev.piiguard.core.detect;

import java.util.Objects;

/**
 * The documented shape of one kind of API key or token: a fixed prefix followed by a body of
 * characters from an alphabet, within a length range.
 *
 * @param id a name for the format, such as {@code github-token} (documentation only: every secret
 *     is reported as {@code SECRET})
 * @param prefix the literal start, such as {@code ghp_}; printable ASCII with at least one
 *     character other than {@code @} and {@code :}
 * @param alphabet which characters the body may contain, as ranges and single characters like
 *     {@code A-Za-z0-9_-} (a {@code -} at the end stands for itself)
 * @param minLength the shortest body
 * @param maxLength the longest body
 * @param jwt whether the token must also be a JSON Web Token: three base64url segments separated by
 *     dots, the first two starting with {@code eyJ}; the third is empty in an unsecured JWT, which
 *     then ends with its second dot
 * @param assigned whether the prefix is a name the secret is assigned to rather than its own
 *     start ({@code AWS_SECRET_ACCESS_KEY} for a key that has no prefix): the body then follows an
 *     {@code =}, {@code =>} or {@code :} with spaces and quotes around it ({@code export NAME="…"},
 *     {@code name = …}, {@code "Name": "…"}), and only the body is reported
 */
public record SecretFormat(String id, String prefix, String alphabet, int minLength,
    int maxLength, boolean jwt, boolean assigned) {

  /** A format whose prefix is the secret's own start. */
  public SecretFormat(String id, String prefix, String alphabet, int minLength, int maxLength,
      boolean jwt) {
    this(id, prefix, alphabet, minLength, maxLength, jwt, false);
  }

  /** Checks the fields. */
  public SecretFormat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(alphabet, "alphabet");
    if (prefix.isEmpty() || !prefix.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new IllegalArgumentException("secret format " + id
          + ": prefix must be printable ASCII without spaces: \"" + prefix + "\"");
    }
    if (prefix.chars().allMatch(c -> c == '@' || c == ':')) {
      throw new IllegalArgumentException("secret format " + id
          + ": prefix needs a character other than @ and :");
    }
    if (jwt && assigned) {
      throw new IllegalArgumentException("secret format " + id
          + ": a JWT is found by its own prefix, not assigned to a name");
    }
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("secret format " + id + ": lengths must satisfy 1 <= min"
          + " <= max: " + minLength + ", " + maxLength);
    }
    alphabetTable(alphabet);
  }

  /** The 128-entry membership table of {@code alphabet}. */
  static boolean[] alphabetTable(String alphabet) {
    boolean[] table = new boolean[128];
    for (int i = 0; i < alphabet.length(); i++) {
      char from = alphabet.charAt(i);
      char to = from;
      if (i + 2 < alphabet.length() && alphabet.charAt(i + 1) == '-') {
        to = alphabet.charAt(i + 2);
        i += 2;
      }
      if (from <= ' ' || to >= 127 || to < from) {
        throw new IllegalArgumentException("bad secret alphabet: \"" + alphabet + "\"");
      }
      for (char c = from; c <= to; c++) {
        table[c] = true;
      }
    }
    return table;
  }
}
