package dev.piiguard.annotations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.piiguard.annotations", importOptions = ImportOption.DoNotIncludeTests.class)
class AnnotationsArchitectureTest {

  @ArchTest
  static final ArchRule annotations_depend_on_nothing_but_the_jdk =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.piiguard.annotations..", "java.lang..")
          .because(
              "every application adds this jar to its compile classpath, so it must not bring"
                  + " any library along");
}
