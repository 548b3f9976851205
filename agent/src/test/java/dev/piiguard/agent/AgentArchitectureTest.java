package dev.piiguard.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.piiguard.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class AgentArchitectureTest {

  @ArchTest
  static final ArchRule advice_classes_hold_no_state = noFields()
      .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Advice")
      .because("advice is inlined into other classes: it may only read hooks and arguments");

  @ArchTest
  static final ArchRule the_pipeline_knows_no_byte_buddy_and_no_instrumentation = noClasses()
      .that().resideInAnyPackage("dev.piiguard.agent.inspect..", "dev.piiguard.agent.config..")
      .should().dependOnClassesThat().resideInAnyPackage("net.bytebuddy..", "dev.piiguard.agent.instrumentation..")
      .because("everything the agent does is a plain class, tested without an agent");

  @ArchTest
  static final ArchRule instrumentations_are_independent = slices()
      .matching("dev.piiguard.agent.instrumentation.(*)..")
      .should().notDependOnEachOther()
      .because("each library's instrumentation lives in its own package");
}
