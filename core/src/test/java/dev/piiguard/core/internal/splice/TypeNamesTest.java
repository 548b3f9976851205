package dev.piiguard.core.internal.splice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {

  @Test
  void lowerCaseLettersFromAToZBecomeUpperCase() {
    assertThat(TypeNames.normalize("abcxyz")).isEqualTo("ABCXYZ");
    assertThat(TypeNames.normalize("a")).isEqualTo("A");
    assertThat(TypeNames.normalize("z")).isEqualTo("Z");
  }

  @Test
  void upperCaseLettersAndDigitsAtTheEdgesOfTheirRangesAreKept() {
    assertThat(TypeNames.normalize("A0Z9")).isEqualTo("A0Z9");
    assertThat(TypeNames.normalize("Z")).isEqualTo("Z");
  }

  @Test
  void charactersNextToTheLetterAndDigitRangesSeparateWords() {
    // '@' and '[' sit just outside A-Z, '/' and ':' just outside 0-9, '`' and '{' outside a-z.
    assertThat(TypeNames.normalize("A@B[C/D:E`F{G")).isEqualTo("A_B_C_D_E_F_G");
  }

  @Test
  void separatorsBeforeTheFirstWordAndRunsOfSeparatorsLeaveNoExtraUnderscore() {
    assertThat(TypeNames.normalize("--email")).isEqualTo("EMAIL");
    assertThat(TypeNames.normalize("employee -- id")).isEqualTo("EMPLOYEE_ID");
    assertThat(TypeNames.normalize("id-")).isEqualTo("ID");
  }

  @Test
  void aNameThatStartsWithADigitGetsALetterInFront() {
    assertThat(TypeNames.normalize("9lives")).isEqualTo("X9LIVES");
    assertThat(TypeNames.normalize("0")).isEqualTo("X0");
    assertThat(TypeNames.normalize("-7")).isEqualTo("X7");
  }

  @Test
  void aNameWithoutLettersOrDigitsIsOther() {
    assertThat(TypeNames.normalize("")).isEqualTo("OTHER");
    assertThat(TypeNames.normalize("-_ ")).isEqualTo("OTHER");
  }

  @Test
  void aLongNameIsCutAtThirtyTwoCharacters() {
    assertThat(TypeNames.normalize("a".repeat(40))).isEqualTo("A".repeat(32));
  }

  @Test
  void aCutNameNeverEndsInAnUnderscore() {
    String name = TypeNames.normalize("a".repeat(31) + "-bcd");

    assertThat(name).hasSize(TypeNames.MAX_LENGTH).doesNotEndWith("_");
    assertThat(name).isEqualTo("A".repeat(31) + "B");
  }

  @Test
  void aNameIsNormalOnlyWhenNormalizingLeavesItUnchanged() {
    assertThat(TypeNames.isNormal("EMPLOYEE_ID")).isTrue();
    assertThat(TypeNames.isNormal("employee-id")).isFalse();
    assertThat(TypeNames.isNormal("EMPLOYEE__ID")).isFalse();
  }
}
