package dev.piiguard.core.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one spelling of a host that rules are matched against: lower case, without the trailing dot
 * of a fully qualified name ({@code block.test.}) or the brackets of an IPv6 literal, and an IP
 * address in the form the JDK prints it, however the URL wrote it: {@code 2130706433},
 * {@code 127.1}, {@code 127.000.000.001} and {@code [::ffff:127.0.0.1]} all connect to
 * {@code 127.0.0.1} (each reached a host a rule blocked). No name is looked up.
 */
final class CanonicalHost {
  private CanonicalHost() {}

  /** The canonical spelling of {@code host}. */
  static String of(String host) {
    String written = written(host);
    if (written.indexOf(':') >= 0) {
      return ipv6(written);
    }
    String ipv4 = ipv4(written);
    return ipv4 == null ? written : ipv4;
  }

  /**
   * The host as written, in lower case, without a trailing dot, IPv6 brackets or an IPv6 zone
   * ({@code fe80::1%eth0}, {@code %25eth0} in a URL: the zone names the interface, not the host).
   * A pattern with {@code *} is matched against this and the canonical spelling.
   */
  static String written(String host) {
    String lowered = host.toLowerCase(Locale.ROOT);
    if (lowered.length() > 1 && lowered.endsWith(".")) {
      lowered = lowered.substring(0, lowered.length() - 1);
    }
    if (lowered.length() > 2 && lowered.startsWith("[") && lowered.endsWith("]")) {
      lowered = lowered.substring(1, lowered.length() - 1);
    }
    int zone = lowered.indexOf('%');
    if (zone > 0 && lowered.indexOf(':') >= 0) {
      lowered = lowered.substring(0, zone);
    }
    return lowered;
  }

  /** An IPv6 literal as the JDK prints it (an IPv4-mapped one as its IPv4 address); other text as it is. */
  private static String ipv6(String text) {
    try {
      // a bracketed literal is parsed, never looked up: an invalid one throws
      return InetAddress.getByName("[" + text + "]").getHostAddress();
    } catch (UnknownHostException | SecurityException e) {
      return text;
    }
  }

  /**
   * The dotted quad of an IPv4 literal in one of the forms the JDK accepts ({@code a}, {@code a.b},
   * {@code a.b.c}, {@code a.b.c.d}, decimal, the last part filling the remaining bytes); null when
   * the text is not one, so that nothing is looked up.
   */
  static String ipv4(String text) {
    if (text.isEmpty() || text.length() > 15) {
      return null;
    }
    long[] parts = new long[4];
    int count = 0;
    long value = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 0xFFFFFFFFL) {
          return null;
        }
      } else if (c == '.' && value >= 0 && count < 4) {
        parts[count++] = value;
        value = -1;
      } else {
        return null;
      }
    }
    long address = 0;
    for (int k = 0; k < count - 1; k++) {
      if (parts[k] > 255) {
        return null;
      }
      address = address << 8 | parts[k];
    }
    int lastBits = 8 * (5 - count);
    if (parts[count - 1] >= 1L << lastBits) {
      return null;
    }
    address = address << lastBits | parts[count - 1];
    return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
  }
}
