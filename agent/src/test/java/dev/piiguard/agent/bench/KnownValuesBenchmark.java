package dev.piiguard.agent.bench;

import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.known.KnownValues;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * What registered {@code @Sensitive} values cost a request's scan: the 2 KB AI request of {@link
 * RequestBenchmark} scanned by the default scanner and by one with 10,000 names and 10,000 postal
 * addresses registered, alternating sample by sample; then the same request holding two of them.
 */
final class KnownValuesBenchmark {
  private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hugo",
      "Ines", "Jonas", "Kiran", "Lena", "Mateo", "Nora", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tara"};
  private static final String[] STREETS = {"Elm Street", "Oak Avenue", "Hauptstraße", "Rue de Rivoli",
      "Calle Mayor", "Via Roma", "Baker Street", "Main Road"};

  private final int warmup;
  private final int samples;

  KnownValuesBenchmark(int warmup, int samples) {
    this.warmup = warmup;
    this.samples = samples;
  }

  void run() {
    KnownValues known = KnownValues.withCapacity(100_000);
    Random random = new Random(29);
    for (int i = 0; i < 10_000; i++) {
      known.add(FIRST[random.nextInt(FIRST.length)] + " Customer" + i, "PERSON_NAME");
      known.add((1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)] + " " + i, "POSTAL_ADDRESS");
    }
    PiiScanner plain = PiiScanner.defaults();
    PiiScanner withKnown = PiiScanner.builder().withKnownValues(known).build();
    byte[] clean = RequestBenchmark.prompt(false);
    String text = new String(clean, StandardCharsets.UTF_8);
    int at = text.indexOf("the order");
    byte[] personal = (text.substring(0, at) + "Grace Customer4711 at 17 Elm Street 4711 about "
        + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    if (withKnown.scanUtf8(personal, 0, personal.length).isEmpty()) {
      // the two registered under other random numbers: register these exactly
      known.add("Grace Customer4711", "PERSON_NAME");
      known.add("17 Elm Street 4711", "POSTAL_ADDRESS");
    }
    compare("2 KB AI request, no registered value in it", plain, withKnown, clean);
    compare("2 KB AI request, 2 registered values in it", plain, withKnown, personal);
  }

  private void compare(String name, PiiScanner plain, PiiScanner withKnown, byte[] body) {
    long[] without = new long[samples];
    long[] with = new long[samples];
    long findings = 0;
    for (int i = -warmup; i < samples; i++) {
      long start = System.nanoTime();
      findings += plain.scanUtf8(body, 0, body.length).size();
      long middle = System.nanoTime();
      findings += withKnown.scanUtf8(body, 0, body.length).size();
      long end = System.nanoTime();
      if (i >= 0) {
        without[i] = middle - start;
        with[i] = end - middle;
      }
    }
    Percentiles base = Percentiles.of(without, samples);
    Percentiles known = Percentiles.of(with, samples);
    System.out.printf(Locale.ROOT, "%s (%d samples each, alternating; %d findings):%n", name, samples, findings);
    System.out.println("  scan, no known values              " + base.summary());
    System.out.println("  scan, 20,000 known values          " + known.summary());
    System.out.printf(Locale.ROOT, "  added p50 / p99: %.2f / %.2f us (ratio %.2f / %.2f)%n",
        Percentiles.micros(known.at(50) - base.at(50)), Percentiles.micros(known.at(99) - base.at(99)),
        (double) known.at(50) / base.at(50), (double) known.at(99) / base.at(99));
  }
}
