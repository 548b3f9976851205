package dev.piiguard.spotbugs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.piiguard.spotbugs", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

  @ArchTest
  static final ArchRule plugin_depends_only_on_spotbugs_asm_and_the_jdk =
      classes()
          .that()
          .resideInAPackage("dev.piiguard.spotbugs..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.piiguard.spotbugs..",
              "dev.piiguard.annotations..",
              "edu.umd.cs.findbugs..",
              "org.objectweb.asm..",
              "java..")
          .because("SpotBugs loads the plugin jar alone: only SpotBugs and the ASM it ships are there");

  @ArchTest
  static final ArchRule plugin_never_depends_on_agent_or_core =
      noClasses()
          .that()
          .resideInAPackage("dev.piiguard.spotbugs..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.piiguard.agent..", "dev.piiguard.core..", "net.bytebuddy..")
          .because("the build-time plugin must not drag the run-time agent into a build");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("dev.piiguard.spotbugs.(**)").should().beFreeOfCycles()
          .because("the catalogue and the taint analysis are layers: detectors use them, never the other way");

  @ArchTest
  static final ArchRule analysis_does_not_know_spotbugs =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.piiguard.spotbugs.internal.taint..",
              "dev.piiguard.spotbugs.internal.model..",
              "dev.piiguard.spotbugs.internal.catalogue..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.umd.cs.findbugs..")
          .because("the analysis is plain code over ASM, tested without a SpotBugs run");
}
