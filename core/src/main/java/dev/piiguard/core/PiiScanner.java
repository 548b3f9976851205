package dev.piiguard.core;

import dev.piiguard.core.detect.CustomDetectorFile;
import dev.piiguard.core.detect.CustomPattern;
import dev.piiguard.core.detect.RegexBudgetExceededException;
import dev.piiguard.core.detect.ScanEngine;
import dev.piiguard.core.detect.SecretFormat;
import dev.piiguard.core.detect.SecretFormatFile;
import dev.piiguard.core.known.KnownValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data in text: e-mail addresses, phone numbers, payment cards, IBANs, US Social
 * Security numbers, IP addresses, secrets, and whatever custom detectors add.
 *
 * <p>All detectors run in one pass. The scanner looks for the few characters that can start or
 * anchor a value (digits, {@code @}, {@code :} and the characters of known secret prefixes) and
 * validates only around them: card numbers with Luhn and the issuer tables, IBANs with mod-97,
 * phone numbers with libphonenumber. Findings come out sorted by start and never overlap; when two
 * candidates overlap, the longer one wins.
 *
 * <p>Instances are immutable, thread-safe and cheap to share. Scanning with a {@link
 * FindingListener} allocates nothing when nothing is found.
 *
 * <p>Custom regexes are bounded: one that backtracks catastrophically on a text (such as {@code
 * (.*a){25}X}) stops the scan with a {@link RegexBudgetExceededException} once it has read the
 * text 100 million times plus 1,000 times its length in chars, where ordinary regexes read it
 * under 100 times. The exception names the detector, never the text, and comes before any finding
 * of that scan is reported to a listener.
 *
 * <pre>{@code
 * PiiScanner scanner = PiiScanner.defaults();
 * List<Finding> findings = scanner.scan("mail jane@example.com");
 * }</pre>
 */
public final class PiiScanner {

  private static final PiiScanner DEFAULTS = builder().build();

  private final ScanEngine engine;

  private PiiScanner(ScanEngine engine) {
    this.engine = engine;
  }

  /** A scanner with every built-in detector. */
  public static PiiScanner defaults() {
    return DEFAULTS;
  }

  /** A builder that starts with every built-in detector. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the findings in {@code text}, sorted by start and not overlapping.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public List<Finding> scan(CharSequence text) {
    Objects.requireNonNull(text, "text");
    FindingCollector collector = new FindingCollector();
    engine.scan(text, collector);
    return collector.findings();
  }

  /**
   * Reports each finding in {@code text} to {@code listener}, in order. Allocates nothing when
   * nothing is found.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public void scan(CharSequence text, FindingListener listener) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(listener, "listener");
    engine.scan(text, listener);
  }

  /**
   * Returns the findings in {@code length} bytes of UTF-8 starting at {@code offset}. Offsets in the
   * findings are indexes into {@code utf8}, not relative to {@code offset}.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public List<Finding> scanUtf8(byte[] utf8, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(utf8, "utf8").length);
    FindingCollector collector = new FindingCollector();
    engine.scanUtf8(utf8, offset, length, collector);
    return collector.findings();
  }

  /**
   * Reports each finding in the UTF-8 bytes to {@code listener}, in order, with offsets that are
   * indexes into {@code utf8}. Allocates nothing when nothing is found.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public void scanUtf8(byte[] utf8, int offset, int length, FindingListener listener) {
    Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(utf8, "utf8").length);
    Objects.requireNonNull(listener, "listener");
    engine.scanUtf8(utf8, offset, length, listener);
  }

  /** Chooses the detectors of a {@link PiiScanner}. */
  public static final class Builder {
    private boolean defaults = true;
    private final List<CustomPattern> patterns = new ArrayList<>();
    private final List<SecretFormat> secretFormats = new ArrayList<>();
    private KnownValues knownValues;

    private Builder() {}

    /** Includes every built-in detector (the default). */
    public Builder withDefaults() {
      defaults = true;
      return this;
    }

    /** Leaves out the built-in detectors: only custom detectors run. */
    public Builder withoutDefaults() {
      defaults = false;
      return this;
    }

    /**
     * Adds a custom detector: every match of {@code regex} is reported with the entity id {@code
     * id}.
     *
     * <p>Empty matches are never reported. Where the regex matches the empty string first (the
     * {@code \b} of {@code \b|EMP-\d{6}}), it is tried again at the same place for a match of at
     * least one char, as Perl does, so {@code EMP-123456} is still found; the search then goes on
     * after that match, or at the next char when there is none. A lazy repetition that would
     * match nothing there takes one char: {@code (?<=key=)\w*?} finds the {@code a} of {@code
     * key=abc} (write {@code \w+} for the whole value).
     *
     * @throws IllegalArgumentException if the id is not an entity id (letters, digits, {@code _},
     *     {@code -} and {@code .}) or the regex does not compile or matches the empty text (as
     *     {@code \d*} does)
     */
    public Builder addPattern(String id, String regex) {
      patterns.add(CustomPattern.of(id, regex));
      return this;
    }

    /**
     * Adds the custom detectors listed in a file: {@code id=regex} lines, as in a properties file
     * (see the README section "Custom detectors").
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not a valid detector; the message names the
     *     file and line
     */
    public Builder addCustomDetectors(Path propertiesOrTextFile) {
      try {
        patterns.addAll(CustomDetectorFile.read(propertiesOrTextFile));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read custom detectors " + propertiesOrTextFile, e);
      }
      return this;
    }

    /**
     * Adds secret formats (prefix, alphabet and length of an API key or token) to the bundled
     * list, from a file in the format of the bundled {@code secret-formats.txt}: lines of {@code
     * id prefix alphabet min max [jwt]} (see the README section "Custom detectors"). Matches are
     * reported as {@link EntityTypes#SECRET}.
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not a valid format; the message names the file
     *     and line
     */
    public Builder addSecretFormats(Path secretFormatFile) {
      try {
        secretFormats.addAll(SecretFormatFile.read(secretFormatFile));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read secret formats " + secretFormatFile, e);
      }
      return this;
    }

    /**
     * Also finds the values {@code known} holds, as they stand when each scan runs (the registry
     * may go on growing), each reported with the entity id it was added with. Where one overlaps
     * a value a detector finds, the longer wins; at equal length the detector's.
     */
    public Builder withKnownValues(KnownValues known) {
      this.knownValues = Objects.requireNonNull(known, "known");
      return this;
    }

    /** Builds the scanner: immutable but for the known values it reads. */
    public PiiScanner build() {
      return new PiiScanner(ScanEngine.create(defaults, patterns, secretFormats, knownValues));
    }
  }

  /** Collects the reported findings into a list. */
  private static final class FindingCollector implements FindingListener {
    private List<Finding> findings = List.of();

    @Override
    public void onFinding(String type, int start, int end) {
      if (findings.isEmpty()) {
        findings = new ArrayList<>();
      }
      findings.add(new Finding(type, start, end));
    }

    List<Finding> findings() {
      return findings;
    }
  }
}
