package dev.piiguard.agent.inspect;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings in a URL query or an HTML form body (the same encoding): each parameter value is
 * percent-decoded, scanned, and on request rewritten and encoded again, leaving the other
 * parameters byte for byte as they were.
 */
final class QueryInspection {
  private final List<String> parameters;
  private final List<byte[]> decodedValues;
  private final List<List<Finding>> findings;
  private final int scannedBytes;

  private QueryInspection(List<String> parameters, List<byte[]> decodedValues,
      List<List<Finding>> findings, int scannedBytes) {
    this.parameters = parameters;
    this.decodedValues = decodedValues;
    this.findings = findings;
    this.scannedBytes = scannedBytes;
  }

  /** Scans every parameter value of {@code rawQuery}. */
  static QueryInspection scan(String rawQuery, PiiScanner scanner) {
    List<String> parameters = List.of(rawQuery.split("&", -1));
    List<byte[]> values = new ArrayList<>(parameters.size());
    List<List<Finding>> findings = new ArrayList<>(parameters.size());
    int scanned = 0;
    for (String parameter : parameters) {
      int equals = parameter.indexOf('=');
      String raw = equals < 0 ? parameter : parameter.substring(equals + 1);
      byte[] value = decode(raw).getBytes(StandardCharsets.UTF_8);
      values.add(value);
      scanned += value.length;
      findings.add(value.length == 0 ? List.of() : scanner.scanUtf8(value, 0, value.length));
    }
    return new QueryInspection(parameters, values, findings, scanned);
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return raw;
    }
  }

  boolean hasFindings() {
    for (List<Finding> parameterFindings : findings) {
      if (!parameterFindings.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  int scannedBytes() {
    return scannedBytes;
  }

  /** Calls {@code visitor} with the decoded value bytes and findings of each parameter. */
  void forEachFinding(FindingVisitor visitor) {
    for (int i = 0; i < parameters.size(); i++) {
      for (Finding finding : findings.get(i)) {
        visitor.visit(decodedValues.get(i), finding);
      }
    }
  }

  /** The raw query with each value that had findings replaced through {@code replacement}. */
  String rewrite(Replacement replacement) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        query.append('&');
      }
      String parameter = parameters.get(i);
      List<Finding> parameterFindings = findings.get(i);
      if (parameterFindings.isEmpty()) {
        query.append(parameter);
        continue;
      }
      int equals = parameter.indexOf('=');
      if (equals >= 0) {
        query.append(parameter, 0, equals + 1);
      }
      byte[] value = decodedValues.get(i);
      byte[] replaced = replacement.apply(value, 0, value.length, parameterFindings);
      query.append(URLEncoder.encode(new String(replaced, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  /** Receives one finding in one parameter value. */
  interface FindingVisitor {
    void visit(byte[] value, Finding finding);
  }

  /** Rewrites one value: a redaction or a tokenization. */
  interface Replacement {
    byte[] apply(byte[] utf8, int offset, int length, List<Finding> findings);
  }
}
