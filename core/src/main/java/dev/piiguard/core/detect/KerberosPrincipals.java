package dev.piiguard.core.detect;

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
  private static final ContextWords SERVICES = ContextWords.of("http", "host", "kafka", "hdfs",
      "yarn", "hive", "hbase", "ldap", "zookeeper", "nn", "dn", "rm", "nm", "jhs", "jn", "impala",
      "spark", "livy", "oozie", "hue", "hadoop", "mapred", "cifs", "mssqlsvc", "postgres", "smtp",
      "imap", "nfs", "krbtgt", "kadmin", "solr", "elasticsearch", "flink", "storm");

  private KerberosPrincipals() {}

  /**
   * Whether the address from {@code localStart} to {@code domainEnd}, its {@code @} at {@code
   * at}, is the host and realm of a service principal: a service name and a slash before a host
   * name of three labels or more, or of two after a known service ({@code HTTP/web.example@…};
   * a person's {@code contact/jane.doe@EXAMPLE.COM} is none), and a realm in upper case. A slash
   * after a path, a URL or a number ({@code /users/jane.doe@EXAMPLE.COM}, Sabre's {@code
   * 9/JANE.DOE@EXAMPLE.COM}) is no service name's.
   */
  static boolean isServicePrincipal(Text text, int localStart, int at, int domainStart,
      int domainEnd) {
    int hostLabels = hostLabels(text, localStart, at);
    if (text.at(localStart - 1) != '/' || hostLabels < 2
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
        && (hostLabels >= 3 || SERVICES.contains(text, serviceStart, slash));
  }

  /**
   * The number of labels of the host name {@code [from, to)} (letters, digits and dashes between
   * dots), or 0 when it holds anything else.
   */
  private static int hostLabels(Text text, int from, int to) {
    int labels = 1;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      if (c == '.') {
        labels++;
      } else if (!Ascii.isLetterOrDigit(c) && c != '-') {
        return 0;
      }
    }
    return labels;
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
