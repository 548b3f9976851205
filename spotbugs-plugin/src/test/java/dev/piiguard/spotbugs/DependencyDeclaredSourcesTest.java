package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common multi-module layout: the application declares no {@code @Sensitive} of its own; its
 * model module, compiled separately and given to SpotBugs only on the auxiliary classpath, does; its
 * client module, given the same way, declares the HTTP interfaces it calls.
 */
class DependencyDeclaredSourcesTest {
  private static final Path SAMPLES =
      Paths.get(System.getProperty("piiguard.dependency.samples", "src/test/dependency-samples"));
  private static final String SHOP = "com.example.app.Shop";

  @TempDir static Path work;
  private static BugCollection bugs;

  @BeforeAll
  static void analyseTheApplicationWithItsModelOnTheAuxiliaryClasspath() throws Exception {
    Path model = SeparateCompilation.compile(SAMPLES.resolve("model"), work.resolve("model"), List.of());
    Path client = SeparateCompilation.compile(SAMPLES.resolve("client"), work.resolve("client"), List.of());
    Path application =
        SeparateCompilation.compile(SAMPLES.resolve("app"), work.resolve("app"), List.of(model, client));
    List<String> auxiliary = new ArrayList<>();
    auxiliary.add(model.toString());
    auxiliary.add(client.toString());
    auxiliary.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    bugs =
        SpotBugsRun.analyse(
                SeparateCompilation.files(application, ".class"),
                auxiliary,
                BugCollectionBugReporter::new,
                SpotBugsRun.Detectors.PLUGIN_ONLY)
            .getBugCollection();
  }

  @Test
  void sourcesDeclaredInTheModelModuleAreFollowedInTheApplication() {
    SampleFindings.assertMatchesMarkers(SHOP, SAMPLES.resolve("app/com/example/app/Shop.java"), bugs);
  }

  @Test
  void clientInterfacesDeclaredInAnotherModuleAreSinks() {
    // review s33g M2: an @HttpExchange interface on the auxiliary classpath was not a client
    SampleFindings.assertMatchesMarkers(
        "com.example.app.Partners", SAMPLES.resolve("app/com/example/app/Partners.java"), bugs);
  }

  @Test
  void findingsCarryThePiiTypesTheModelDeclares() {
    Map<String, String> typesByMethod = new TreeMap<>();
    for (BugInstance bug : SampleFindings.bugsIn(bugs, SHOP)) {
      typesByMethod.put(bug.getPrimaryMethod().getMethodName(), PiiTypeTest.piiTypes(bug));
    }

    assertThat(typesByMethod)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "recordComponent", "EMAIL",
                "metaAnnotatedField", "PHONE",
                "method", "PERSON_NAME",
                "typeLevel", "PAYMENT_CARD",
                "inheritedField", "DATE_OF_BIRTH"));
  }

  @Test
  void theModelIsNotAnalysedItself() {
    assertThat(bugs.getCollection())
        .isNotEmpty()
        .allSatisfy(bug -> assertThat(bug.getPrimaryClass().getClassName()).startsWith("com.example.app."));
  }
}
