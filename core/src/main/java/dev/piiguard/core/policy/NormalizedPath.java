package dev.piiguard.core.policy;

/**
 * The path rules are matched against, read as servers route it (each of
 * {@code /%63rm}, {@code /./crm}, {@code /x/../crm}, {@code //crm} and {@code /crm;v=1} reached a
 * path a rule on {@code /crm} blocked): percent-encoded letters, digits and {@code - . _ ~}
 * decoded, parameters of a segment ({@code ;jsessionid=…}) left out, repeated slashes read as one,
 * and {@code .} and {@code ..} segments resolved.
 */
final class NormalizedPath {
  private NormalizedPath() {}

  /** The normalized form of {@code path}; the same string when there is nothing to change. */
  static String of(String path) {
    if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && path.indexOf("//") < 0 && path.indexOf("/.") < 0) {
      return path;
    }
    return withoutDotSegments(withoutParametersAndEmptySegments(decodeUnreserved(path)));
  }

  private static String decodeUnreserved(String path) {
    StringBuilder decoded = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i + 2 < path.length()) {
        int high = Character.digit(path.charAt(i + 1), 16);
        int low = Character.digit(path.charAt(i + 2), 16);
        if (high >= 0 && low >= 0 && isUnreserved((char) (high * 16 + low))) {
          decoded.append((char) (high * 16 + low));
          i += 2;
          continue;
        }
        if (high >= 0 && low >= 0) {
          // an escape that stays: its hex digits in upper case (%2f is %2F)
          decoded.append('%').append(Character.toUpperCase(path.charAt(i + 1)))
              .append(Character.toUpperCase(path.charAt(i + 2)));
          i += 2;
          continue;
        }
      }
      decoded.append(c);
    }
    return decoded.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** Drops each segment's {@code ;parameters} and the empty segments between repeated slashes. */
  private static String withoutParametersAndEmptySegments(String path) {
    StringBuilder kept = new StringBuilder(path.length());
    boolean inParameters = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/') {
        inParameters = false;
        if (kept.length() > 0 && kept.charAt(kept.length() - 1) == '/') {
          continue;
        }
      } else if (c == ';') {
        inParameters = true;
      }
      if (!inParameters) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** RFC 3986, 5.2.4, on a path that starts with a slash. */
  private static String withoutDotSegments(String path) {
    String[] segments = path.split("/", -1);
    java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".")) {
        if (last) {
          kept.addLast("");
        }
      } else if (segment.equals("..")) {
        kept.pollLast();
        if (last) {
          kept.addLast("");
        }
      } else {
        kept.addLast(segment);
      }
    }
    return "/" + String.join("/", kept);
  }
}
