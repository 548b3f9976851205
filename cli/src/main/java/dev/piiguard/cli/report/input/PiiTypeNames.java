package dev.piiguard.cli.report.input;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.core.EntityTypes;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The names of PII types and detected entities that the report recognises in its inputs. */
public final class PiiTypeNames {

  /** What an entity id or bug pattern id looks like: SCREAMING_SNAKE_CASE, 1 to 64 chars. */
  public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** The type of a value marked {@code @Sensitive} without naming what it holds. */
  public static final String UNSPECIFIED = PiiType.OTHER.name();

  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{12}");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+");

  private static final Set<String> KNOWN =
      Stream.concat(Arrays.stream(PiiType.values()).map(Enum::name), EntityTypes.builtIn().stream())
          .collect(Collectors.toUnmodifiableSet());

  private PiiTypeNames() {}

  /** Whether {@code name} is a {@link PiiType} or an entity id of the runtime detectors. */
  public static boolean isKnown(String name) {
    return KNOWN.contains(name);
  }

  /**
   * The names in {@code text} when it holds known names only, separated by commas, semicolons or
   * spaces ({@code EMAIL}, {@code EMAIL,PHONE}); otherwise an empty list.
   */
  public static List<String> knownList(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> names = LIST_SEPARATOR.splitAsStream(text.strip()).toList();
    return names.stream().allMatch(PiiTypeNames::isKnown) ? names : List.of();
  }

  /**
   * Whether {@code name} has the shape of an id, known or not, and holds no value the scanner finds
   * and no run of twelve digits or more (a card's shortest): an upper-case IBAN or an AWS key id
   * has an id's shape, and a name taken for an id is shown as it is. Ids with a year or a number
   * in them ({@code ACME_RULE_2024_SCHEMA}, {@code SAP_VENDOR_1000123}) are ids.
   */
  public static boolean isId(String name) {
    return name != null && ID.matcher(name).matches() && (isKnown(name)
        || !LONG_DIGIT_RUN.matcher(name).find()
            && PlaceholderRedaction.segmentFindings(name, PiiScanner.defaults()).isEmpty());
  }
}
