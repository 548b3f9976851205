package dev.piiguard.cli.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.core.EntityTypes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiTypeFamiliesTest {

  private final PiiTypeFamilies families = PiiTypeFamilies.bundled();

  @Test
  void aNationalIdInCodeAndTheNationalIdsDetectedAtRunTimeAreOneFamily() {
    assertThat(families.familyOf("NATIONAL_ID")).isEqualTo("NATIONAL_ID");
    assertThat(families.familyOf("US_SSN")).isEqualTo("NATIONAL_ID");
    assertThat(families.familyOf("UK_NINO")).isEqualTo("NATIONAL_ID");
  }

  @Test
  void everyPiiTypeIsItsOwnFamily() {
    assertThat(Arrays.stream(PiiType.values()).map(Enum::name))
        .allSatisfy(type -> assertThat(families.familyOf(type)).isEqualTo(type));
  }

  @Test
  void everyBuiltInEntityIdBelongsToTheFamilyOfAPiiType() {
    // A new built-in detector needs its PiiType here, or a line in pii-type-families.txt.
    List<String> piiTypes = Arrays.stream(PiiType.values()).map(Enum::name).toList();

    assertThat(EntityTypes.builtIn())
        .allSatisfy(id -> assertThat(piiTypes).as("family of " + id).contains(families.familyOf(id)));
    assertThat(EntityTypes.builtIn().stream().filter(id -> !families.familyOf(id).equals(id)))
        .containsExactly("US_SSN");
  }

  @Test
  void otherNamesStayApart() {
    assertThat(families.familyOf("EMPLOYEE_ID")).isEqualTo("EMPLOYEE_ID");
    assertThat(families.familyOf("PERSON_NAME")).isNotEqualTo(families.familyOf("OTHER"));
    assertThat(families.familyOf("DATE_OF_BIRTH")).isEqualTo("DATE_OF_BIRTH");
  }
}
