package dev.piiguard.agent.inspect;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings in a URL query or an HTML form body (the same encoding). Each field is
 * percent-decoded as {@code name=value} ({@code +} is a space; a {@code %} that starts no escape
 * and bytes that are no UTF-8 stay as they are) and scanned as one text, so that the name is the
 * value's context ({@code ssn=123456789}). On request the names and values with findings are
 * rewritten and encoded again; everything else is kept byte for byte. A form whose content type
 * names another charset has its escapes read in that charset ({@code %FC} is ISO-8859-1's {@code ü}).
 */
final class QueryInspection {
  private final byte[] source;
  private final List<Field> fields;
  private final int scannedBytes;
  private QueryInspection(byte[] source, List<Field> fields, int scannedBytes) {
    this.source = source;
    this.fields = fields;
    this.scannedBytes = scannedBytes;
  }

  /**
   * One field: where it and its {@code =} are in the source (relative to its start; {@code
   * equals} is -1 for a bare name), its decoded text ({@code name=value}, the name {@code nameLength} bytes long) and the
   * findings in that text.
   */
  private record Field(int start, int equals, int end, byte[] decoded, int nameLength,
      List<Finding> findings, Charset charset) {}

  /**
   * Scans the fields of a raw query, but for the credential it may carry for its destination
   * ({@code ?key=AIza…} for Google's APIs, a presigned URL's signature), which is left alone as a
   * credential header is: replaced, the request would fail to authenticate.
   */
  static QueryInspection scan(String rawQuery, PiiScanner scanner) {
    byte[] bytes = rawQuery.getBytes(StandardCharsets.UTF_8);
    return scan(bytes, 0, bytes.length, scanner, null, true);
  }

  /**
   * Scans the fields of {@code raw[offset, offset + length)}, a form body or a query, whose escapes
   * stand for bytes in {@code charset} (null: UTF-8).
   */
  static QueryInspection scan(byte[] raw, int offset, int length, PiiScanner scanner, Charset charset) {
    return scan(raw, offset, length, scanner, charset, false);
  }

  private static QueryInspection scan(byte[] raw, int offset, int length, PiiScanner scanner, Charset charset,
      boolean credentialsAsTheyAre) {
    List<Field> fields = new ArrayList<>();
    int scanned = 0;
    int end = offset + length;
    int start = offset;
    while (start <= end) {
      int fieldEnd = indexOf(raw, (byte) '&', start, end);
      int equals = indexOf(raw, (byte) '=', start, fieldEnd);
      ByteArrayOutputStream name = new ByteArrayOutputStream(fieldEnd - start);
      decode(raw, start, equals < fieldEnd ? equals : fieldEnd, name);
      ByteArrayOutputStream value = new ByteArrayOutputStream(equals < fieldEnd ? fieldEnd - equals : 0);
      if (equals < fieldEnd) {
        decode(raw, equals + 1, fieldEnd, value);
      }
      // escapes that are UTF-8 are read so whatever the label says, as bodies are (Transcoding);
      // others in the form's charset, or as ISO-8859-1 where it names none or UTF-8 (%FC for ü)
      Charset read = isUtf8WithoutNul(name) && isUtf8WithoutNul(value) ? null
          : charset != null ? charset : isSingleByteText(name) || isSingleByteText(value) ? StandardCharsets.ISO_8859_1 : null;
      byte[] nameText = asUtf8(name.toByteArray(), read);
      ByteArrayOutputStream decoded = new ByteArrayOutputStream(fieldEnd - start);
      decoded.writeBytes(nameText);
      if (equals < fieldEnd) {
        decoded.write('=');
        decoded.writeBytes(asUtf8(value.toByteArray(), read));
      }
      byte[] text = decoded.toByteArray();
      scanned += text.length;
      fields.add(new Field(start - offset, equals < fieldEnd ? equals - offset : -1,
          fieldEnd - offset, text, nameText.length,
          text.length == 0 || credentialsAsTheyAre && CredentialParameters.names(nameText)
              ? List.of() : scanner.scanUtf8(text, 0, text.length), read));
      start = fieldEnd + 1;
    }
    byte[] source = new byte[length];
    System.arraycopy(raw, offset, source, 0, length);
    return new QueryInspection(source, List.copyOf(fields), scanned);
  }

  /** The text {@code bytes} hold in {@code charset} (null: they are UTF-8 already), as UTF-8. */
  private static byte[] asUtf8(byte[] bytes, Charset charset) {
    return charset == null ? bytes : new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean isSingleByteText(ByteArrayOutputStream bytes) {
    return Transcoding.isSingleByteText(bytes.toByteArray(), 0, bytes.size());
  }

  private static boolean isUtf8WithoutNul(ByteArrayOutputStream bytes) {
    return Transcoding.isUtf8WithoutNul(bytes.toByteArray(), 0, bytes.size());
  }

  /**
   * Whether a body sent as a form is one, not JSON under the form's content type: JSON starts
   * with a brace or a bracket and ends with the matching one (white space and a byte order mark
   * aside); {@code []=x&card=4111+…} is a form.
   */
  static boolean isForm(byte[] bytes, int offset, int length) {
    int first = offset;
    int end = offset + length;
    if (length >= 3 && bytes[first] == (byte) 0xEF && bytes[first + 1] == (byte) 0xBB
        && bytes[first + 2] == (byte) 0xBF) {
      first += 3;
    }
    while (first < end && isWhiteSpace(bytes[first])) {
      first++;
    }
    int last = end - 1;
    while (last > first && isWhiteSpace(bytes[last])) {
      last--;
    }
    boolean json = first < end && ((bytes[first] == '{' && bytes[last] == '}')
        || (bytes[first] == '[' && bytes[last] == ']'));
    return !json;
  }

  private static boolean isWhiteSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return to;
  }

  /** Appends the bytes that {@code raw[from, to)} stands for: {@code %XX} a byte, {@code +} a space. */
  static void decode(byte[] raw, int from, int to, ByteArrayOutputStream decoded) {
    int i = from;
    while (i < to) {
      int unit = raw[i] & 0xFF;
      int high = unit == '%' && i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
      int low = high < 0 ? -1 : Character.digit(raw[i + 2], 16);
      if (low >= 0) {
        decoded.write(high << 4 | low);
        i += 3;
      } else {
        decoded.write(unit == '+' ? ' ' : unit);
        i++;
      }
    }
  }

  /** {@code bytes[from, to)} encoded for a query or a form: unreserved ASCII as it is, a space as +. */
  static void encode(byte[] bytes, int from, int to, ByteArrayOutputStream encoded) {
    for (int i = from; i < to; i++) {
      int unit = bytes[i] & 0xFF;
      if ((unit < 0x80 && Character.isLetterOrDigit(unit)) || unit == '-' || unit == '.'
          || unit == '_' || unit == '*') {
        encoded.write(unit);
      } else if (unit == ' ') {
        encoded.write('+');
      } else {
        encoded.write('%');
        encoded.write(Character.toUpperCase(Character.forDigit(unit >> 4, 16)));
        encoded.write(Character.toUpperCase(Character.forDigit(unit & 0xF, 16)));
      }
    }
  }

  boolean hasFindings() {
    for (Field field : fields) {
      if (!field.findings().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  int scannedBytes() {
    return scannedBytes;
  }

  /** Calls {@code visitor} with the decoded text and the findings of each field. */
  void forEachFinding(FindingVisitor visitor) {
    for (Field field : fields) {
      for (Finding finding : field.findings()) {
        visitor.visit(field.decoded(), finding);
      }
    }
  }

  /** The query or form with each name and value that had findings replaced through {@code replacement}. */
  byte[] rewrite(Replacement replacement) {
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream(source.length + 32);
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (i > 0) {
        rewritten.write('&');
      }
      if (field.findings().isEmpty()) {
        rewritten.write(source, field.start(), field.end() - field.start());
        continue;
      }
      int nameEnd = field.equals() < 0 ? field.end() : field.equals();
      List<Finding> inName = new ArrayList<>();
      List<Finding> inValue = new ArrayList<>();
      for (Finding finding : field.findings()) {
        if (finding.start() < field.nameLength()) {
          inName.add(new Finding(finding.type(), finding.start(),
              Math.min(finding.end(), field.nameLength())));
        }
        if (finding.end() > field.nameLength() + 1) {
          inValue.add(new Finding(finding.type(), Math.max(finding.start(), field.nameLength() + 1),
              finding.end()));
        }
      }
      part(rewritten, field.start(), nameEnd, field.decoded(), 0, field.nameLength(), inName,
          replacement, field.charset());
      if (field.equals() >= 0) {
        rewritten.write('=');
        part(rewritten, field.equals() + 1, field.end(), field.decoded(), field.nameLength() + 1,
            field.decoded().length, inValue, replacement, field.charset());
      }
    }
    return rewritten.toByteArray();
  }

  /**
   * Writes a name or a value: as it was in the source ({@code [rawFrom, rawTo)}) without
   * findings, else its decoded text ({@code decoded[from, to)}) replaced and encoded again.
   */
  private void part(ByteArrayOutputStream out, int rawFrom, int rawTo, byte[] decoded, int from,
      int to, List<Finding> findings, Replacement replacement, Charset charset) {
    if (findings.isEmpty()) {
      out.write(source, rawFrom, rawTo - rawFrom);
      return;
    }
    byte[] replaced = replacement.apply(decoded, from, to - from, findings);
    if (charset != null) {
      replaced = new String(replaced, StandardCharsets.UTF_8).getBytes(charset);
    }
    encode(replaced, 0, replaced.length, out);
  }

  /** Receives one finding in the decoded text of one field. */
  interface FindingVisitor {
    void visit(byte[] text, Finding finding);
  }

  /** Rewrites one name or value: a redaction or a tokenization. */
  interface Replacement {
    byte[] apply(byte[] utf8, int offset, int length, List<Finding> findings);
  }
}
