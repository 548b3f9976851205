package dev.piiguard.core.detect;

/**
 * Ports that tools write right after an address without brackets, which would otherwise make the
 * address look like something else: a fifth digit group of IPv6 ({@code 2001:db8::5:54321} in
 * Apache, HAProxy and Node logs), a ninth group ({@code 2001:db8:0:0:0:0:0:5:443}, as JDK 13 and
 * older print an {@code InetSocketAddress}), or a port after a dot ({@code 192.168.1.23.54321 >
 * 203.0.113.5.443:} in tcpdump, {@code 2001:db8::9.54321} in BSD and macOS netstat).
 */
final class AddressPorts {
  /** The most units a port takes after an address: a separator and five digits. */
  static final int LONGEST_PORT = 6;
  private static final int LONGEST_PORT_DIGITS = 5;
  private static final int HIGHEST_PORT = 65535;
  /** How far back the start of a netstat line may be from an address on it. */
  private static final int NETSTAT_LINE_WINDOW = 80;

  private AddressPorts() {}

  /**
   * Where an IPv6 address in [start, end) ends when a port of at most five decimal digits follows
   * it after a single colon ({@code 2001:db8::5:54321}, {@code ::ffff:203.0.113.5:54321}) or after
   * a dot that follows a hex group ({@code 2001:db8::5.54321}); -1 when there is no such port.
   * The caller checks that what is left is an address.
   */
  static int ipv6EndBeforePort(Text text, int start, int end) {
    int portStart = end;
    while (portStart > start && end - portStart <= LONGEST_PORT_DIGITS
        && Ascii.isDigit(text.at(portStart - 1))) {
      portStart--;
    }
    int separator = portStart - 1;
    if (portStart == end || end - portStart > LONGEST_PORT_DIGITS || separator - 1 <= start
        || !isPort(text, portStart, end)) {
      return -1;
    }
    if (text.at(separator) == ':') {
      return text.at(separator - 1) == ':' ? -1 : separator;
    }
    if (text.at(separator) != '.') {
      return -1;
    }
    int group = separator;
    while (group > start && Ascii.isHexDigit(text.at(group - 1))) {
      group--;
    }
    return group < separator && text.at(group - 1) == ':' ? separator : -1;
  }

  /**
   * Whether [start, end) is the IPv6 loopback {@code ::1} and a port ({@code connect ECONNREFUSED
   * ::1:5432}, as Node prints it), which names no host as {@code ::1} alone does not.
   */
  static boolean isLoopbackWithPort(Text text, int start, int end) {
    int port = start + "::1:".length();
    return text.matches(start, "::1:") && port < end && text.allMatch(port, end, Ascii::isDigit);
  }

  /**
   * Whether the fifth group of {@code chain} after the IPv4 address in groups {@code from} to
   * {@code from + 3} is a port that tcpdump or BSD netstat put after a dot: it is joined by a dot,
   * at most 65535, and the line has their shape: {@code >} between the source and the destination
   * (tcpdump: {@code IP 192.168.1.23.54321 > 203.0.113.5.443: Flags [S]}), or a line that starts
   * with the protocol ({@code tcp4  0  0  192.168.1.23.54321  17.253.144.10.443  ESTABLISHED}).
   */
  static boolean isDottedPort(DigitChain chain, Text text, int from) {
    int port = from + 4;
    if (port >= chain.count() || chain.singleSeparatorBefore(port) != '.'
        || chain.length(port) > LONGEST_PORT_DIGITS || chain.gluedAfter(port)
        || !isPort(text, chain.start(port), chain.end(port))) {
      return false;
    }
    int end = chain.end(port);
    if (text.at(end) == '.' && Ascii.isDigit(text.at(end + 1))) {
      return false;
    }
    int start = chain.start(from);
    return text.matches(end, " > ") || text.matches(start - 3, " > ")
        || startsNetstatLine(text, start);
  }

  /**
   * Whether the line of the address at {@code start} starts with a protocol as BSD and macOS
   * netstat write it ({@code tcp4}, {@code udp6}, {@code tcp46}) and holds only columns of
   * numbers and addresses before it.
   */
  private static boolean startsNetstatLine(Text text, int start) {
    int i = start - 1;
    while (start - i < NETSTAT_LINE_WINDOW && isNetstatColumnChar(text.at(i))) {
      i--; // tcp4       0      0  192.168.1.23.54321     17.253.144.10.443
    }
    int protocol = i - 2;
    int lineStart = text.at(protocol - 1);
    return (text.matches(protocol, "tcp") || text.matches(protocol, "udp"))
        && (lineStart < 0 || lineStart == '\n' || lineStart == '\r');
  }

  private static boolean isNetstatColumnChar(int c) {
    return Ascii.isDigit(c) || c == ' ' || c == '\t' || c == '.' || c == '*';
  }

  private static boolean isPort(Text text, int start, int end) {
    if (end - start > 1 && text.at(start) == '0') {
      return false;
    }
    return text.decimalValue(start, end) <= HIGHEST_PORT;
  }
}
