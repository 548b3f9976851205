package dev.piiguard.core.accuracy;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores {@link PiiScanner#defaults()} on the presidio-research synthetic set and prints precision
 * and recall per mapped entity type.
 *
 * <p>Usage: {@code AccuracyCommand <synth_dataset_v2.json> [--show-errors]}. A prediction counts
 * when it has the gold span's type and overlaps it (each gold span matches at most one
 * prediction); the exact-span figures count only identical offsets. {@code --show-errors} prints
 * each miss and false alarm with its text: only for this synthetic data set.
 */
public final class AccuracyCommand {
  /** Presidio entity name to PII Guard entity id. */
  static final Map<String, String> MAPPING = new LinkedHashMap<>();

  static {
    MAPPING.put("CREDIT_CARD", "PAYMENT_CARD");
    MAPPING.put("EMAIL_ADDRESS", "EMAIL");
    MAPPING.put("PHONE_NUMBER", "PHONE");
    MAPPING.put("IBAN_CODE", "IBAN");
    MAPPING.put("US_SSN", "US_SSN");
    MAPPING.put("IP_ADDRESS", "IP_ADDRESS");
  }

  private AccuracyCommand() {}

  public static void main(String[] arguments) throws IOException {
    if (arguments.length < 1) {
      System.err.println("usage: AccuracyCommand <synth_dataset_v2.json> [--show-errors]");
      System.exit(2);
    }
    boolean showErrors = arguments.length > 1 && arguments[1].equals("--show-errors");
    String json = Files.readString(Path.of(arguments[0]), StandardCharsets.UTF_8);
    Scores scores = score(Json.parse(json), PiiScanner.defaults(), showErrors ? System.out : null);
    scores.print(System.out);
  }

  @SuppressWarnings("unchecked")
  static Scores score(Object dataset, PiiScanner scanner, PrintStream errors) {
    Scores scores = new Scores(MAPPING.values());
    long started = System.nanoTime();
    int samples = 0;
    for (Object element : (List<Object>) dataset) {
      Map<String, Object> sample = (Map<String, Object>) element;
      String text = (String) sample.get("full_text");
      List<Finding> gold = new ArrayList<>();
      for (Object spanElement : (List<Object>) sample.get("spans")) {
        Map<String, Object> span = (Map<String, Object>) spanElement;
        String type = MAPPING.get((String) span.get("entity_type"));
        if (type != null) {
          gold.add(new Finding(type, ((Double) span.get("start_position")).intValue(),
              ((Double) span.get("end_position")).intValue()));
        }
      }
      List<Finding> predicted = new ArrayList<>();
      for (Finding finding : scanner.scan(text)) {
        if (MAPPING.containsValue(finding.type())) {
          predicted.add(finding);
        }
      }
      scores.add(text, gold, predicted, scanner, errors);
      samples++;
    }
    scores.finish(samples, System.nanoTime() - started);
    return scores;
  }
}
