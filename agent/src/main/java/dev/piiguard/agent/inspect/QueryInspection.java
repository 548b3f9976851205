package dev.piiguard.agent.inspect;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings in a URL query or an HTML form body (the same encoding): the name and the value of
 * each field are percent-decoded ({@code +} is a space; a {@code %} that starts no escape stays
 * as it is), scanned, and on request rewritten and encoded again, leaving the other fields byte
 * for byte as they were.
 */
final class QueryInspection {
  private final List<Field> fields;
  private final int scannedBytes;

  private QueryInspection(List<Field> fields, int scannedBytes) {
    this.fields = fields;
    this.scannedBytes = scannedBytes;
  }

  /**
   * One {@code name=value} (or bare {@code name}) of the query as written and decoded, with the
   * findings in each part; {@code value} is null for a bare name.
   */
  private record Field(String rawName, byte[] name, List<Finding> nameFindings, String rawValue,
      byte[] value, List<Finding> valueFindings) {
    boolean hasFindings() {
      return !nameFindings.isEmpty() || !valueFindings.isEmpty();
    }
  }

  /** Scans the name and the value of every field of {@code rawQuery}. */
  static QueryInspection scan(String rawQuery, PiiScanner scanner) {
    List<Field> fields = new ArrayList<>();
    int scanned = 0;
    for (String raw : rawQuery.split("&", -1)) {
      int equals = raw.indexOf('=');
      String rawName = equals < 0 ? raw : raw.substring(0, equals);
      String rawValue = equals < 0 ? null : raw.substring(equals + 1);
      byte[] name = decode(rawName);
      byte[] value = rawValue == null ? null : decode(rawValue);
      scanned += name.length + (value == null ? 0 : value.length);
      fields.add(new Field(rawName, name, scan(name, scanner), rawValue, value,
          value == null ? List.of() : scan(value, scanner)));
    }
    return new QueryInspection(List.copyOf(fields), scanned);
  }

  private static List<Finding> scan(byte[] utf8, PiiScanner scanner) {
    return utf8.length == 0 ? List.of() : scanner.scanUtf8(utf8, 0, utf8.length);
  }

  /** The bytes that {@code encoded} stands for: {@code %XX} a byte, {@code +} a space. */
  static byte[] decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    int i = 0;
    while (i < encoded.length()) {
      char c = encoded.charAt(i);
      int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
      if (c == '%' && low >= 0) {
        bytes.write(high << 4 | low);
        i += 3;
      } else if (c == '+') {
        bytes.write(' ');
        i++;
      } else {
        int next = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
        bytes.writeBytes(encoded.substring(i, next).getBytes(StandardCharsets.UTF_8));
        i = next;
      }
    }
    return bytes.toByteArray();
  }

  /** {@code bytes} encoded for a query or a form: unreserved characters as they are, a space as +. */
  static String encode(byte[] bytes) {
    StringBuilder encoded = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int unit = b & 0xFF;
      if ((unit < 0x80 && Character.isLetterOrDigit(unit)) || unit == '-' || unit == '.'
          || unit == '_' || unit == '*') {
        encoded.append((char) unit);
      } else if (unit == ' ') {
        encoded.append('+');
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(unit >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(unit & 0xF, 16)));
      }
    }
    return encoded.toString();
  }

  boolean hasFindings() {
    for (Field field : fields) {
      if (field.hasFindings()) {
        return true;
      }
    }
    return false;
  }

  int scannedBytes() {
    return scannedBytes;
  }

  /** Calls {@code visitor} with the decoded bytes and the findings of each name and value. */
  void forEachFinding(FindingVisitor visitor) {
    for (Field field : fields) {
      for (Finding finding : field.nameFindings()) {
        visitor.visit(field.name(), finding);
      }
      for (Finding finding : field.valueFindings()) {
        visitor.visit(field.value(), finding);
      }
    }
  }

  /** The raw query with each field that had findings replaced through {@code replacement}. */
  String rewrite(Replacement replacement) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        query.append('&');
      }
      Field field = fields.get(i);
      query.append(rewritten(field.rawName(), field.name(), field.nameFindings(), replacement));
      if (field.value() != null) {
        query.append('=')
            .append(rewritten(field.rawValue(), field.value(), field.valueFindings(), replacement));
      }
    }
    return query.toString();
  }

  /** A name or value as written when it has no findings, else replaced and encoded again. */
  private static String rewritten(String raw, byte[] decoded, List<Finding> findings,
      Replacement replacement) {
    return findings.isEmpty() ? raw
        : encode(replacement.apply(decoded, 0, decoded.length, findings));
  }

  /** Receives one finding in one decoded name or value. */
  interface FindingVisitor {
    void visit(byte[] text, Finding finding);
  }

  /** Rewrites one name or value: a redaction or a tokenization. */
  interface Replacement {
    byte[] apply(byte[] utf8, int offset, int length, List<Finding> findings);
  }
}
