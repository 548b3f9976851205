package dev.piiguard.core.accuracy;

import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts of gold spans, predictions and matches per type, and the table the command prints. */
final class Scores {
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private static final int GOLD = 0;
  private static final int PREDICTED = 1;
  private static final int OVERLAP = 2;
  private static final int EXACT = 3;
  private static final int ALONE = 4;
  private int samples;
  private long nanos;

  Scores(Collection<String> types) {
    for (String type : types) {
      counts.put(type, new int[5]);
    }
  }

  void add(String text, List<Finding> gold, List<Finding> predicted, PiiScanner scanner,
      PrintStream errors) {
    boolean[] goldMatched = new boolean[gold.size()];
    for (Finding prediction : predicted) {
      int[] count = counts.get(prediction.type());
      count[PREDICTED]++;
      boolean matched = false;
      for (int g = 0; g < gold.size(); g++) {
        Finding expected = gold.get(g);
        if (!goldMatched[g] && expected.type().equals(prediction.type())
            && expected.start() < prediction.end() && prediction.start() < expected.end()) {
          goldMatched[g] = true;
          matched = true;
          count[OVERLAP]++;
          if (expected.equals(prediction)) {
            count[EXACT]++;
          } else if (errors != null) {
            errors.println("SPAN " + prediction.type() + " found [" + slice(text, prediction)
                + "] labelled [" + slice(text, expected) + "]");
          }
          break;
        }
      }
      if (!matched && errors != null) {
        errors.println("FALSE " + prediction.type() + " [" + slice(text, prediction) + "] in: "
            + around(text, prediction));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      counts.get(gold.get(g).type())[GOLD]++;
      String value = slice(text, gold.get(g));
      List<Finding> alone = scanner.scan(value);
      if (alone.size() == 1 && alone.get(0).type().equals(gold.get(g).type())) {
        counts.get(gold.get(g).type())[ALONE]++;
      }
      if (!goldMatched[g] && errors != null) {
        errors.println("MISSED " + gold.get(g).type() + " [" + slice(text, gold.get(g)) + "] in: "
            + around(text, gold.get(g)));
      }
    }
  }

  void finish(int samples, long nanos) {
    this.samples = samples;
    this.nanos = nanos;
  }

  int[] counts(String type) {
    return counts.get(type).clone();
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%-13s %5s %6s %8s %9s %7s %12s %10s %13s%n", "type", "gold",
        "found", "matched", "precision", "recall", "exact-prec", "exact-rec", "needs-context");
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      out.printf(Locale.ROOT, "%-13s %5d %6d %8d %9s %7s %12s %10s %13d%n", entry.getKey(),
          c[GOLD], c[PREDICTED], c[OVERLAP], ratio(c[OVERLAP], c[PREDICTED]),
          ratio(c[OVERLAP], c[GOLD]), ratio(c[EXACT], c[PREDICTED]), ratio(c[EXACT], c[GOLD]),
          c[GOLD] - c[ALONE]);
    }
    out.println("needs-context: labelled values not accepted when scanned on their own (without"
        + " the words around them)");
    out.printf(Locale.ROOT, "%d samples scanned in %.1f ms (first scan loads libphonenumber)%n",
        samples, nanos / 1e6);
  }

  private static String ratio(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }

  private static String slice(String text, Finding finding) {
    return text.substring(finding.start(), finding.end());
  }

  private static String around(String text, Finding finding) {
    int from = Math.max(0, finding.start() - 40);
    int to = Math.min(text.length(), finding.end() + 20);
    return text.substring(from, to).replace("\n", "\\n");
  }
}
