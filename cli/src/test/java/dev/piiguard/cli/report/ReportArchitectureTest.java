package dev.piiguard.cli.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.piiguard.cli.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

  @ArchTest
  static final ArchRule report_packages_have_no_cycles =
      slices().matching("dev.piiguard.cli.report.(*)..").should().beFreeOfCycles()
          .because("readers build the model and renderers print it: each layer knows only the one below");

  @ArchTest
  static final ArchRule readers_know_nothing_of_the_model_or_the_renderers =
      noClasses().that().resideInAnyPackage("..report.input..", "..report.spotbugs..", "..report.audit..")
          .should().dependOnClassesThat().resideInAnyPackage("..report.model..", "..report.render..")
          .because("inputs are read the same way whatever the report shows");

  @ArchTest
  static final ArchRule renderers_read_only_the_model =
      noClasses().that().resideInAPackage("..report.render..")
          .should().dependOnClassesThat().resideInAnyPackage("..report.input..", "..report.audit..")
          .because("every format shows the same content model, never raw input");
}
