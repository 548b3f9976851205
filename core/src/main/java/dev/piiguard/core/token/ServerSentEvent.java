package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.ByteSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One server-sent event as it came (its lines and the blank line that ends it) and its data. */
final class ServerSentEvent {

  /** A line {@code [start, end)} of the raw event; its terminator runs to {@code next}. */
  private record Line(int start, int end, int next) {}

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private final byte[] raw;
  private final List<Line> lines;
  private final String data;

  private ServerSentEvent(byte[] raw, List<Line> lines, String data) {
    this.raw = raw;
    this.lines = lines;
    this.data = data;
  }

  /** Parses the raw bytes of one event; lines end with CRLF, LF or CR. */
  static ServerSentEvent parse(byte[] raw) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\n' || raw[i] == '\r') {
        int next = raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n' ? i + 2 : i + 1;
        lines.add(new Line(start, i, next));
        start = next;
        i = next - 1;
      }
    }
    if (start < raw.length) {
      lines.add(new Line(start, raw.length, raw.length));
    }
    StringBuilder data = null;
    for (Line line : lines) {
      int valueStart = dataValueStart(raw, line);
      if (valueStart < 0) {
        continue;
      }
      if (data == null) {
        data = new StringBuilder();
      } else {
        data.append('\n');
      }
      data.append(new String(raw, valueStart, line.end() - valueStart, StandardCharsets.UTF_8));
    }
    return new ServerSentEvent(raw, lines, data == null ? null : data.toString());
  }

  /** Where the value of a {@code data} line starts, or -1 if the line is not a data line. */
  private static int dataValueStart(byte[] raw, Line line) {
    int length = line.end() - line.start();
    if (length < 4
        || raw[line.start()] != 'd'
        || raw[line.start() + 1] != 'a'
        || raw[line.start() + 2] != 't'
        || raw[line.start() + 3] != 'a') {
      return -1;
    }
    if (length == 4) {
      return line.end();
    }
    if (raw[line.start() + 4] != ':') {
      return -1;
    }
    int valueStart = line.start() + 5;
    return valueStart < line.end() && raw[valueStart] == ' ' ? valueStart + 1 : valueStart;
  }

  byte[] raw() {
    return raw;
  }

  boolean hasData() {
    return data != null;
  }

  /** The data lines joined with LF, or null when the event has none. */
  String data() {
    return data;
  }

  /**
   * The event with its data lines replaced by {@code newData}, one data line per line. A line
   * ends at CRLF, LF or CR, as an event stream's reader reads it: event data cannot hold a CR, so
   * a restored value's CR reaches the reader as a line feed rather than ending the field.
   */
  byte[] withData(String newData) {
    ByteSink out = new ByteSink(raw.length + 64);
    boolean written = false;
    for (Line line : lines) {
      if (dataValueStart(raw, line) < 0) {
        out.write(raw, line.start(), line.next() - line.start());
        continue;
      }
      if (written) {
        continue;
      }
      written = true;
      byte[] terminator =
          line.next() > line.end()
              ? java.util.Arrays.copyOfRange(raw, line.end(), line.next())
              : new byte[] {'\n'};
      for (String part : LINE_BREAK.split(newData, -1)) {
        byte[] bytes = ("data: " + part).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.write(terminator, 0, terminator.length);
      }
    }
    return out.toByteArray();
  }
}
