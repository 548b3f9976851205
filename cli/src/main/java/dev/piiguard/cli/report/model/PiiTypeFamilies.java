package dev.piiguard.cli.report.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which PII type names stand for the same kind of personal data: the {@code PiiType} a static
 * finding names and the entity ids audit events name. {@code NATIONAL_ID} in code and {@code US_SSN}
 * at run time belong to one family; equal names always do; every other name is its own family.
 * The families are data, in {@code pii-type-families.txt} next to this class.
 */
public final class PiiTypeFamilies {

  private static final String RESOURCE = "pii-type-families.txt";
  private static final PiiTypeFamilies BUNDLED = load();

  private final Map<String, String> familyByMember;

  private PiiTypeFamilies(Map<String, String> familyByMember) {
    this.familyByMember = Map.copyOf(familyByMember);
  }

  /** The families in the report's bundled list. */
  public static PiiTypeFamilies bundled() {
    return BUNDLED;
  }

  /** The family {@code name} belongs to: {@code NATIONAL_ID} for {@code US_SSN}, else the name itself. */
  public String familyOf(String name) {
    return familyByMember.getOrDefault(name, name);
  }

  private static PiiTypeFamilies load() {
    Map<String, String> families = new HashMap<>();
    try (InputStream in = PiiTypeFamilies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] names = content.split("\\s+");
        for (String member : names) {
          String previous = families.put(member, names[0]);
          if (previous != null && !previous.equals(names[0])) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": " + member + " is already in family " + previous);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PiiTypeFamilies(families);
  }
}
