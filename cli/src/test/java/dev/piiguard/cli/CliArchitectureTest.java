package dev.piiguard.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.piiguard.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  @ArchTest
  static final ArchRule cli_uses_only_core_and_annotations_of_pii_guard =
      classes()
          .that()
          .resideInAPackage("dev.piiguard.cli..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("dev.piiguard.cli..", "dev.piiguard.core..", "dev.piiguard.annotations..")
                  .or(resideOutsideOfPackage("dev.piiguard..")))
          .because("the CLI is a plain consumer of core; the agent and the SpotBugs plugin are"
              + " separate products with their own class paths");

  @ArchTest
  static final ArchRule cli_does_not_use_agent_or_spotbugs_libraries =
      noClasses()
          .that()
          .resideInAPackage("dev.piiguard.cli..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("net.bytebuddy..", "edu.umd.cs.findbugs..", "org.objectweb.asm.."))
          .because("the runnable jar ships only core and what the commands need");

  @ArchTest
  static final ArchRule scan_does_not_use_other_commands =
      noClasses()
          .that()
          .resideInAPackage("dev.piiguard.cli.scan..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("dev.piiguard.cli..")
                  .and(not(resideInAnyPackage("dev.piiguard.cli.scan..")))
                  .and(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(SafeText.class)))
                  .and(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(ArgumentReader.class))))
          .because("each command lives in its own package and shares only small helpers (echoing"
              + " arguments safely, reading options)");

  @ArchTest
  static final ArchRule cli_packages_have_no_cycles =
      slices().matching("dev.piiguard.cli.(*)..").should().beFreeOfCycles()
          .because("commands are independent; Main depends on them, never the other way");
}
