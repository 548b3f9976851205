package dev.piiguard.core.detect;

/**
 * Where the value of an {@link SecretFormat.Kind#ASSIGNED} format starts after its name (an AWS
 * secret access key after {@code AWS_SECRET_ACCESS_KEY}): after a sign, as the value of a
 * name/value pair, or as a command's next argument.
 */
final class AssignedValue {
  /** What may stand around the sign: spaces, quotes, backslashes of JSON in a JSON string. */
  private static final String GAP = " \t\"'\\[";
  private static final int MAX_GAP = 8;
  /** What may stand between a pair's name and the word {@code value}: quotes, commas, breaks. */
  private static final String PAIR_GAP = " \t\"',\r\n";
  private static final int MAX_PAIR_GAP = 24;
  private static final String VALUE = "value";

  private AssignedValue() {}

  /**
   * Where the value starts after an {@code =} (also as the JSON escape {@code \\u003d}), {@code
   * =>} or {@code :} with at most a few spaces, quotes and backslashes on each side of the sign
   * after the name that ends at {@code nameEnd}, and after a shell parameter whose default it is
   * ({@code AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-…}}); -1 when no sign is there.
   */
  static int afterSign(Text text, int nameEnd) {
    if (text.unicodeEscapeAt(nameEnd) == '=') { // AccountKey\\u003d… as Gson writes it
      return skipGap(text, text.escapeEnd(nameEnd));
    }
    int i = skipGap(text, nameEnd);
    int operator = text.at(i);
    if (operator != '=' && operator != ':') {
      return -1;
    }
    i++;
    if (operator == '=' && text.at(i) == '>') {
      i++;
    }
    return ShellDefaults.valueStart(text, skipGap(text, i)); // NAME=${NAME:-…}
  }

  /**
   * Where the value starts when the name that ends at {@code nameEnd} is the name of a name/value
   * pair ({@code - name: AWS_SECRET_ACCESS_KEY\n  value: "…"} in Kubernetes, {@code "name":
   * "AWS_SECRET_ACCESS_KEY", "value": "…"} in an ECS task definition); -1 when no {@code value}
   * follows, or only after spaces, as in prose ({@code the secret_key value: …}).
   */
  static int afterPairName(Text text, int nameEnd) {
    int i = nameEnd;
    boolean structure = false; // a quote, a comma or a line break
    while (i - nameEnd < MAX_PAIR_GAP && PAIR_GAP.indexOf(text.at(i)) >= 0) {
      structure |= text.at(i) != ' ' && text.at(i) != '\t';
      i++;
    }
    boolean value = text.matchesIgnoreCase(i, VALUE)
        && !Ascii.isLetter(text.at(i + VALUE.length()));
    return structure && value ? afterSign(text, i + VALUE.length()) : -1;
  }

  /**
   * Where the value starts when the name that ends at {@code nameEnd} is a command's argument
   * before it ({@code setx AWS_SECRET_ACCESS_KEY …}, {@code aws configure set
   * aws_secret_access_key …}), after spaces and an opening quote; -1 when no space follows.
   */
  static int afterArgument(Text text, int nameEnd) {
    int argument = nameEnd;
    while (argument - nameEnd < MAX_GAP
        && (text.at(argument) == ' ' || text.at(argument) == '\t')) {
      argument++;
    }
    if (argument == nameEnd) {
      return -1;
    }
    return isQuote(text.at(argument)) ? argument + 1 : argument;
  }

  /**
   * Whether the value from {@code start} to {@code end} may be a key: it holds a letter and a
   * digit (random keys of 32 characters or more do; placeholders such as {@code XXXX…}, {@code
   * 0000…} and {@code REPLACE_ME…} do not) and is no absolute path ({@code
   * /etc/app/credentials/…}).
   */
  static boolean isKeyLike(Text text, int start, int end) {
    boolean path = text.at(start) == '/' && text.anyMatch(start + 1, end, c -> c == '/');
    return !path && text.anyMatch(start, end, Ascii::isLetter)
        && text.anyMatch(start, end, Ascii::isDigit);
  }

  /**
   * Whether the value is hexadecimal digits only, as a commit or a digest is ({@code git log
   * --grep secret_key aaf4c61…}); a key written as a command's argument is base64.
   */
  static boolean isHexDigest(Text text, int start, int end) {
    return text.allMatch(start, end, Ascii::isHexDigit);
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'';
  }

  private static int skipGap(Text text, int from) {
    int i = from;
    while (i - from < MAX_GAP && GAP.indexOf(text.at(i)) >= 0) {
      i++;
    }
    return i;
  }
}
