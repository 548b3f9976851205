package dev.piiguard.core.detect;

/**
 * The password of a user given to a command-line option as {@code user:password}, as curl's
 * {@code -u} and {@code --user} take it ({@code curl -u deploy:Wv7rKq2pLmX9 https://…}, {@code
 * curl --user='ci-bot:…'}).
 */
final class CommandLineCredential {
  private static final int MAX_SPACES = 3;
  private static final int MAX_USER = 64;
  /** The backslashes of a quote escaped in JSON, up to JSON in JSON in JSON. */
  private static final int MAX_BACKSLASHES = 3;
  /** Signs that continue a password after digits ({@code 123456!}), so it is no number. */
  private static final String PASSWORD_SIGNS = "!#$%*+./:=?@^~-";

  private CommandLineCredential() {}

  /**
   * Where the password starts after the option that ends at {@code optionEnd}: after a space or an
   * {@code =}, an optional quote (also escaped in a JSON string), a user name and a colon; -1 when
   * no user and colon follow, or the user or what follows is a number (a user id or a group id:
   * {@code docker run -u 100000:100000}, {@code podman run --user builder:165536}).
   */
  static int passwordStart(Text text, int optionEnd) {
    int i = optionEnd;
    if (text.at(i) == '=') {
      i++;
    } else {
      while (text.at(i) == ' ' && i - optionEnd < MAX_SPACES) {
        i++;
      }
      if (i == optionEnd) {
        return -1;
      }
    }
    i += text.backslashesFrom(i, MAX_BACKSLASHES); // curl -u \"deploy:…\" in a JSON string
    if (text.at(i) == '\'' || text.at(i) == '"') {
      i++;
    }
    int userStart = i;
    while (i - userStart < MAX_USER && isUserChar(text.at(i))) {
      i++;
    }
    if (i == userStart || text.at(i) != ':' || text.allMatch(userStart, i, Ascii::isDigit)
        || isNumber(text, i + 1)) {
      return -1;
    }
    return i + 1;
  }

  /** Whether {@code c} may stand in a user name: letters, digits, {@code . _ - @ +}. */
  private static boolean isUserChar(int c) {
    return Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == '+';
  }

  /** Whether digits alone start at {@code start}: a group id ({@code docker run -u app:100000}). */
  private static boolean isNumber(Text text, int start) {
    int i = start;
    while (Ascii.isDigit(text.at(i))) {
      i++;
    }
    return i > start && !Ascii.isWordChar(text.at(i)) && PASSWORD_SIGNS.indexOf(text.at(i)) < 0;
  }
}
