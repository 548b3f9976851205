package dev.piiguard.core.detect;

import java.util.Set;

/**
 * Tells a Kerberos service principal ({@code HTTP/shop.example.com@EXAMPLE.COM}, {@code
 * kafka/broker-0.kafka.svc@EXAMPLE.COM}), which names a service on a host, from an e-mail
 * address: Kafka, Hadoop and SPNEGO logs print them often. A user principal ({@code
 * jane.doe@EXAMPLE.COM}) is a person's id, most often the same as their address, and stays an
 * address.
 */
final class KerberosPrincipals {
  /** The longest service name read before the slash: {@code RestrictedKrbHost} has 17 letters. */
  private static final int MAX_SERVICE = 32;

  /** Service names of principals in Hadoop, Kafka, SPNEGO, LDAP and Windows domains. */
  private static final Set<String> SERVICES = Set.of("http", "host", "kafka",
      "hdfs", "yarn", "hive", "hbase", "ldap", "zookeeper", "nn", "dn", "rm", "nm", "jhs", "jn",
      "impala", "spark", "livy", "oozie", "hue", "hadoop", "mapred", "cifs", "mssqlsvc", "postgres",
      "smtp", "imap", "nfs", "krbtgt", "kadmin", "solr", "elasticsearch", "flink", "storm");

  private KerberosPrincipals() {}

  /**
   * Whether the address from {@code localStart} to {@code domainEnd}, its {@code @} at {@code
   * at}, is the host and realm of a service principal: a service name and a slash before a host
   * name with a dot in it, and a realm in upper case. A slash after a path, a URL or a number
   * ({@code /users/jane.doe@EXAMPLE.COM}, Sabre's {@code 9/JANE.DOE@EXAMPLE.COM}) is no service
   * name's.
   */
  static boolean isServicePrincipal(Text text, int localStart, int at, int domainStart,
      int domainEnd) {
    if (text.at(localStart - 1) != '/' || !isHostName(text, localStart, at)
        || !isRealm(text, domainStart, domainEnd)) {
      return false;
    }
    int slash = localStart - 1;
    int serviceStart = slash;
    while (slash - serviceStart < MAX_SERVICE && isServiceUnit(text.at(serviceStart - 1))
        && !text.endsEscape(serviceStart - 1)) {
      serviceStart--; // not into a JSON escape before it: "log":"…\nHTTP/…"
    }
    return serviceStart < slash && Ascii.isLetter(text.at(serviceStart))
        && startsWord(text.before(serviceStart))
        && (dots(text, localStart, at) >= 2 || isKnownService(text, serviceStart, slash));
  }

  /**
   * Whether the name before the slash is a service that Kerberos principals name, so that a host
   * of two labels counts too ({@code HTTP/web.example@EXAMPLE.COM}); a person's {@code
   * contact/jane.doe@EXAMPLE.COM} needs a host of three labels or more to be taken for one.
   */
  private static boolean isKnownService(Text text, int start, int end) {
    StringBuilder name = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      name.append((char) Ascii.toLower(text.at(i)));
    }
    return SERVICES.contains(name.toString());
  }

  private static int dots(Text text, int from, int to) {
    int dots = 0;
    for (int i = from; i < to; i++) {
      dots += text.at(i) == '.' ? 1 : 0;
    }
    return dots;
  }

  /** Whether {@code [from, to)} is a host name of two labels or more: letters, digits, dashes. */
  private static boolean isHostName(Text text, int from, int to) {
    boolean dot = false;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      if (c == '.') {
        dot = true;
      } else if (!Ascii.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return dot;
  }

  /** Whether the domain from {@code from} to {@code to} has no lower-case letter, as realms. */
  private static boolean isRealm(Text text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Ascii.isLower(text.at(i)) || text.at(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isServiceUnit(int c) {
    return Ascii.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  /**
   * Whether {@code c} (-1 at the start of the text) may come before a principal: a blank, a
   * quote, a key's {@code =} or {@code :}, a bracket; not a slash or dot of a path or URL.
   */
  private static boolean startsWord(int c) {
    return c <= ' ' || c == '"' || c == '\'' || c == '=' || c == ':' || c == '(' || c == '['
        || c == '{' || c == '<' || c == '>' || c == ',' || c == ';' || c == '|';
  }
}
