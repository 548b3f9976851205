package dev.piiguard.core.detect;

import java.util.Objects;

/**
 * The documented shape of one kind of API key, token or credential: a fixed prefix followed by a
 * body of characters from an alphabet, within a length range; what the prefix stands for is the
 * format's {@link Kind}.
 *
 * @param id a name for the format, such as {@code github-token} (documentation only: every secret
 *     is reported as {@code SECRET})
 * @param prefix the literal start, such as {@code ghp_}; printable ASCII with at least one
 *     character other than {@code @} and {@code :}
 * @param alphabet which characters the body may contain, as ranges and single characters like
 *     {@code A-Za-z0-9_-} (a {@code -} at the end stands for itself)
 * @param minLength the shortest body
 * @param maxLength the longest body
 * @param kind what the prefix is: the secret's own start, a JWT's, a name the secret is assigned
 *     to, an HTTP header name or the start of a private key's armor
 */
public record SecretFormat(String id, String prefix, String alphabet, int minLength,
    int maxLength, Kind kind) {

  /** What a format's prefix is; the optional last column of a secret format file. */
  public enum Kind {
    /** The prefix is the secret's own start ({@code ghp_}), reported with the body. */
    PREFIXED(""),
    /**
     * The token must also be a JSON Web Token: three base64url segments separated by dots, the
     * first two starting with {@code eyJ}; the third is empty in an unsecured JWT, which then ends
     * with its second dot.
     */
    JWT("jwt"),
    /**
     * The prefix is a name the secret is assigned to ({@code AWS_SECRET_ACCESS_KEY} for a key that
     * has no prefix): the body follows an {@code =}, {@code =>} or {@code :} with spaces and quotes
     * around it ({@code export NAME="…"}, {@code name = …}, {@code "Name": "…"}), and only the
     * body is reported.
     */
    ASSIGNED("assigned"),
    /**
     * The prefix is an HTTP header name ({@code Authorization}); its value, after signs and a few
     * words ({@code Authorization: …}, {@code Authorization header: …}, HAR's {@code
     * "name":"Authorization","value":"…"}), is an authentication scheme ({@code Basic}, {@code
     * Bearer} or {@code Token}, in any case) and a credential, of which only the credential is
     * reported. A {@code Basic} credential must be base64 of {@code user:password}; any other
     * must hold a letter and a digit, so that placeholders ({@code Bearer undefined}) stay quiet;
     * a credential followed by a mask or an ellipsis, or a JWT's header alone, is not reported.
     */
    AUTHORIZATION("authorization"),
    /**
     * The prefix starts the armor of a PEM (RFC 7468) or OpenPGP block ({@code -----BEGIN}); the
     * block is a secret when its label ends with {@code PRIVATE KEY} or {@code PRIVATE KEY BLOCK}
     * and is reported whole, up to its {@code -----END …-----} line, or up to where its body stops
     * when the text was cut. The body's lines of base64 may be broken by line breaks, written
     * as such or as JSON escapes, and start with header lines ({@code Proc-Type: …}); one line
     * of 40 characters of base64 at least must be there. The shortest length counts the body's
     * characters of the alphabet, the longest how far past the label's closing dashes the block
     * is read.
     */
    PRIVATE_KEY("private-key"),
    /**
     * The prefix starts base64 of such a block ({@code LS0tLS1CRUdJTi}, base64 of {@code
     * -----BEGIN}), as Kubernetes secrets and kubeconfig files hold a key ({@code tls.key:
     * LS0t…}, {@code client-key-data: LS0t…}); the base64 is reported whole when it decodes to
     * the {@code BEGIN} line of a private key, not of a certificate.
     */
    BASE64_PRIVATE_KEY("base64-private-key"),
    /**
     * The prefix is how the name of a password setting ends, with the sign after it ({@code
     * password=}, {@code pwd:}) or the closing quote of a JSON key ({@code password"}, for {@code
     * "password": "…"}, or {@code password\"} for JSON inside a JSON string, {@code
     * password\\\"} a level deeper; as an XML element's, {@code password>}; an {@code =} may also
     * follow the name after spaces, {@code password = …}, as code and INI files write it): matched
     * in any case, also at the end of a longer name ({@code
     * DB_PASSWORD=}, {@code spring.datasource.password:}, {@code keyStorePassword=}). The scan
     * stops on the sign. The value follows, quoted or not (after a colon also after spaces);
     * without quotes it is made of the alphabet's characters, within quotes of any printable
     * character but spaces, each JSON escape read as one ({@code \\u003d}). Only the value is
     * reported, and not when it is made of letters only (a type, an enum constant, a word of
     * prose), a placeholder ({@code changeme}, {@code ****}), a reference ({@code
     * ${DB_PASSWORD}}, {@code {{ db_password }}}), masked or shortened ({@code ab***}, {@code
     * ab...}), a call ({@code getPassword()}) or a URL; after a colon it must also hold a letter,
     * so that dates and counts stay quiet.
     */
    PASSWORD("password"),
    /**
     * As {@link #PASSWORD}, for a name that is the end of other words too and so counts only at a
     * word's start, not at the end of a longer name: French {@code passe} ({@code mot de passe :},
     * {@code mot_de_passe=}, not {@code Impasse:}), Portuguese {@code senha} (not {@code resenha},
     * a review).
     */
    PASSWORD_WORD("password-word"),
    /**
     * The prefix is a command-line option that takes a user and a password as {@code
     * user:password} after a space or an {@code =} ({@code curl -u deploy:…}, {@code --user}); the
     * password is reported when it is one as for {@link #PASSWORD}, not a user id and a group id
     * ({@code docker run -u 100000:100000}).
     */
    USER_PASSWORD("user-password");

    private final String column;

    Kind(String column) {
      this.column = column;
    }

    /** How the kind is written in a secret format file; empty for {@link #PREFIXED}. */
    public String column() {
      return column;
    }

    /** Whether the reported secret starts with the format's prefix. */
    public boolean reportsPrefix() {
      return this == PREFIXED || this == JWT || this == PRIVATE_KEY || this == BASE64_PRIVATE_KEY;
    }

    /** Whether the prefix is how a password setting's name ends and the sign after it. */
    public boolean isPassword() {
      return this == PASSWORD || this == PASSWORD_WORD;
    }

    /** The kind written {@code column} in a file, or null when there is none. */
    static Kind ofColumn(String column) {
      for (Kind kind : values()) {
        if (kind.column.equals(column)) {
          return kind;
        }
      }
      return null;
    }
  }

  /**
   * The sign after a password's name as an XML element's: {@code <password>…</password>}, also
   * of a closing tag ({@code </wsse:Password>}).
   */
  private static final String XML_ELEMENT_SIGN = ">";
  /** The sign after a password's name as a quoted Python key: {@code 'password': '…'}. */
  private static final String PYTHON_KEY_SIGN = "':";
  /**
   * The sign after a password's name in single quotes as a call's first argument, before a
   * default: {@code env('DB_PASSWORD', '…')}.
   */
  private static final String CALL_ARGUMENT_SIGN = "',";

  /** A format whose prefix is the secret's own start, or a JWT's if {@code jwt}. */
  public SecretFormat(String id, String prefix, String alphabet, int minLength, int maxLength,
      boolean jwt) {
    this(id, prefix, alphabet, minLength, maxLength, jwt ? Kind.JWT : Kind.PREFIXED);
  }

  /** Checks the fields. */
  public SecretFormat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(alphabet, "alphabet");
    Objects.requireNonNull(kind, "kind");
    if (prefix.isEmpty() || !prefix.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new IllegalArgumentException("secret format " + id
          + ": prefix must be printable ASCII without spaces: \"" + prefix + "\"");
    }
    if (prefix.chars().allMatch(c -> c == '@' || c == ':')) {
      throw new IllegalArgumentException("secret format " + id
          + ": prefix needs a character other than @ and :");
    }
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("secret format " + id + ": lengths must satisfy 1 <= min"
          + " <= max: " + minLength + ", " + maxLength);
    }
    if (kind == Kind.USER_PASSWORD && (prefix.charAt(0) != '-'
        || !Ascii.isLetter(prefix.charAt(prefix.length() - 1)))) {
      throw new IllegalArgumentException("secret format " + id + ": a user-password format's"
          + " prefix is a command-line option such as -u or --user: \"" + prefix + "\"");
    }
    if (kind.isPassword() && !isPasswordName(prefix)) {
      throw new IllegalArgumentException("secret format " + id + ": a password format's prefix"
          + " is the end of a name (ending in a letter) and =, :, >, ': or ', or a JSON key's"
          + " closing quote (\\\" or \\\\\\\" in JSON in a string) after it, such as password=: \""
          + prefix + "\"");
    }
    alphabetTable(alphabet);
  }

  private static boolean isPasswordName(String prefix) {
    int name = nameLength(prefix);
    String sign = prefix.substring(name);
    return name > 0 && Ascii.isLetter(prefix.charAt(name - 1))
        && (sign.equals("=") || sign.equals(":") || sign.equals("\"") || sign.equals("\\\"")
          || sign.equals("\\\\\\\"")
          || sign.equals(XML_ELEMENT_SIGN)
          || sign.equals(PYTHON_KEY_SIGN) || sign.equals(CALL_ARGUMENT_SIGN));
  }

  /**
   * Where a {@link Kind#PASSWORD} format's prefix is anchored: on the sign after the name, or for
   * a quoted Python key ({@code password':}, for {@code {'password': '…'}}) on its colon and for
   * a quoted first argument ({@code password',}, for {@code env('DB_PASSWORD', '…')}) on its
   * comma, since the {@code d'} of every <i>I'd</i> would stop the scan in chats.
   */
  static int passwordAnchor(String prefix) {
    int name = nameLength(prefix);
    return prefix.startsWith(PYTHON_KEY_SIGN, name) || prefix.startsWith(CALL_ARGUMENT_SIGN, name)
        ? name + 1 : name;
  }

  /**
   * The length of the name at the start of a {@link Kind#PASSWORD} format's prefix: its letters,
   * digits, {@code _} and {@code .}; the scan is anchored on the sign after it.
   */
  static int nameLength(String prefix) {
    int i = 0;
    while (i < prefix.length() && (Ascii.isWordChar(prefix.charAt(i)) || prefix.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** Whether the token must also be a JSON Web Token. */
  public boolean jwt() {
    return kind == Kind.JWT;
  }

  /** Whether the prefix is a name the secret is assigned to. */
  public boolean assigned() {
    return kind == Kind.ASSIGNED;
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
