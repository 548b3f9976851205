package dev.piiguard.core.detect;

/**
 * Secrets written as the default of a shell parameter, as docker-compose files and entrypoint
 * scripts hard-code a fallback: {@code ${OPENAI_API_KEY:-sk-proj-…}}, {@code
 * AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-…}}; also with {@code -}, {@code :=}, {@code =}.
 */
final class ShellDefaults {
  /** The longest parameter name read. */
  private static final int MAX_NAME = 64;

  private ShellDefaults() {}

  /** Whether the {@code -} or {@code =} at {@code sign} starts a parameter's default. */
  static boolean isDefaultSign(Text text, int sign) {
    int nameEnd = sign - (text.at(sign - 1) == ':' ? 1 : 0);
    int nameStart = nameEnd;
    while (nameEnd - nameStart < MAX_NAME && Ascii.isWordChar(text.at(nameStart - 1))) {
      nameStart--;
    }
    return nameStart < nameEnd && text.at(nameStart - 1) == '{' && text.at(nameStart - 2) == '$';
  }

  /** Where the default starts when a parameter with one starts at {@code i}; else {@code i}. */
  static int valueStart(Text text, int i) {
    if (text.at(i) != '$' || text.at(i + 1) != '{') {
      return i;
    }
    int nameEnd = i + 2;
    while (nameEnd - i < MAX_NAME && Ascii.isWordChar(text.at(nameEnd))) {
      nameEnd++;
    }
    int sign = nameEnd + (text.at(nameEnd) == ':' ? 1 : 0);
    return nameEnd > i + 2 && (text.at(sign) == '-' || text.at(sign) == '=') ? sign + 1 : i;
  }
}
