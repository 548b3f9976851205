package dev.piiguard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

@AnalyzeClasses(packages = "dev.piiguard.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {
  private static final String ROOT = "dev.piiguard.core";

  @ArchTest
  static final ArchRule core_depends_only_on_annotations_the_jdk_and_libphonenumber =
      classes().that().resideInAPackage(ROOT + "..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              ROOT + "..", "dev.piiguard.annotations..", "com.google.i18n.phonenumbers..",
              "java..", "javax.crypto..", "javax.net..", "javax.security..")
          .because("the agent shades core into every application it protects, so each extra"
              + " library is a version conflict waiting to happen (DESIGN.md: core depends on"
              + " annotations and libphonenumber only)");

  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles =
      slices().assignedFrom(new PackageSlices()).should().beFreeOfCycles()
          .because("each core package (the facade, detect, redact, token, policy, audit) must be"
              + " understandable and testable without the ones that build on it");

  @ArchTest
  static final ArchRule detection_does_not_reach_back_into_the_facade =
      noClasses().that().resideInAPackage(ROOT + ".detect..")
          .should().dependOnClassesThat().resideInAPackage(ROOT)
          .because("PiiScanner is built on the detect package; a dependency back would tie the"
              + " engine to its public wrapper and form a cycle");

  @ArchTest
  static final ArchRule detect_does_not_use_regex_outside_custom_patterns =
      noClasses().that().resideInAPackage(ROOT + ".detect..")
          .and().doNotHaveSimpleName("CustomPattern").and().doNotHaveSimpleName("ScanEngine")
          .and().doNotHaveSimpleName("CustomDetectorFile")
          .and().doNotHaveSimpleName("CustomMatches")
          .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
          .because("built-in detectors validate around trigger characters in one pass; regular"
              + " expressions are for user-supplied custom detectors only");

  /** One slice per package directly under core, plus the facade package itself. */
  private static final class PackageSlices implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (name.equals(ROOT)) {
        return SliceIdentifier.of("core facade");
      }
      if (!name.startsWith(ROOT + ".")) {
        return SliceIdentifier.ignore();
      }
      String rest = name.substring(ROOT.length() + 1);
      int dot = rest.indexOf('.');
      return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    @Override
    public String getDescription() {
      return "packages of core";
    }
  }
}
