package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.spotbugs.internal.bridge.BugInstanceFactory;
import dev.piiguard.spotbugs.samples.PiiTypeSamples;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.StringAnnotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every finding carries the PII types of its source as a string annotation with role STRING_PII_TYPE, and names them in its message. */
class PiiTypeTest {

  private static List<BugInstance> bugs() {
    return SampleFindings.bugsIn(SampleFindings.samples(), PiiTypeSamples.class.getName());
  }

  @Test
  void samplesMatchTheirMarkers() {
    SampleFindings.assertMatchesMarkers(PiiTypeSamples.class);
  }

  @Test
  void eachFindingCarriesThePiiTypesItsSourceDeclares() {
    Map<String, Set<String>> typesByMethod = new TreeMap<>();
    for (BugInstance bug : bugs()) {
      typesByMethod
          .computeIfAbsent(bug.getPrimaryMethod().getMethodName(), method -> new TreeSet<>())
          .add(piiTypes(bug));
    }

    assertThat(typesByMethod)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "severalTypes", Set.of("EMAIL,PHONE"),
                "noTypeNamed", Set.of("OTHER"),
                "metaAnnotatedComponent", Set.of("PERSON_NAME"),
                "componentAccessor", Set.of("POSTAL_ADDRESS"),
                "typeLevel", Set.of("PAYMENT_CARD"),
                "parameter", Set.of("IP_ADDRESS"),
                "toString", Set.of("PERSON_NAME", "POSTAL_ADDRESS")));
  }

  @Test
  void messageNamesThePiiTypes() {
    BugInstance bug =
        bugs().stream()
            .filter(candidate -> candidate.getPrimaryMethod().getMethodName().equals("severalTypes"))
            .findFirst()
            .orElseThrow();

    assertThat(bug.getMessageWithoutPrefix())
        .isEqualTo(
            "PiiTypeSamples.Contact.reachableAt (EMAIL,PHONE) reaches the log call org.slf4j.Logger.info in"
                + " dev.piiguard.spotbugs.samples.PiiTypeSamples.severalTypes(PiiTypeSamples$Contact)");
  }

  @Test
  void everySampleFindingHasExactlyOneTypeAnnotation() {
    assertThat(SampleFindings.samples().getCollection())
        .isNotEmpty()
        .allSatisfy(
            bug ->
                assertThat(bug.getAnnotations())
                    .filteredOn(annotation -> BugInstanceFactory.PII_TYPE_ROLE.equals(annotation.getDescription()))
                    .hasSize(1));
  }

  static String piiTypes(BugInstance bug) {
    return bug.getAnnotations().stream()
        .filter(annotation -> annotation instanceof StringAnnotation)
        .filter(annotation -> BugInstanceFactory.PII_TYPE_ROLE.equals(annotation.getDescription()))
        .map(annotation -> ((StringAnnotation) annotation).getValue())
        .findFirst()
        .orElse("");
  }
}
