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
  /** What may stand between a pair's name and the word {@code value}: quotes, a comma, line breaks. */
  private static final String PAIR_GAP = " \t\"',\r\n";
  private static final int MAX_PAIR_GAP = 24;
  private static final String VALUE = "value";

  private AssignedValue() {}

  /**
   * Where the value starts after an {@code =} (also as the JSON escape {@code \\u003d}), {@code
   * =>} or {@code :} with at most a few spaces, quotes and backslashes on each side of the sign
   * after the name that ends at {@code nameEnd}; -1 when no sign is there.
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
    return skipGap(text, i);
  }

  /**
   * Where the value starts when the name that ends at {@code nameEnd} is the name of a name/value
   * pair ({@code - name: AWS_SECRET_ACCESS_KEY\n  value: "…"} in Kubernetes, {@code "name":
   * "AWS_SECRET_ACCESS_KEY", "value": "…"} in an ECS task definition), or the argument before it
   * ({@code setx AWS_SECRET_ACCESS_KEY …}, {@code aws configure set aws_secret_access_key …});
   * -1 when neither follows. Such a value must hold a digit ({@link SecretDetector}), as a word
   * after a name in prose does not.
   */
  static int afterPairNameOrArgument(Text text, int nameEnd) {
    int i = nameEnd;
    while (i - nameEnd < MAX_PAIR_GAP && PAIR_GAP.indexOf(text.at(i)) >= 0) {
      i++;
    }
    if (text.matchesIgnoreCase(i, VALUE) && !Ascii.isLetter(text.at(i + VALUE.length()))) {
      return afterSign(text, i + VALUE.length());
    }
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
