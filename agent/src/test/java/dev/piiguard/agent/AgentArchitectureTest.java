package dev.piiguard.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import net.bytebuddy.asm.Advice;

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

  @ArchTest
  static final ArchRule agent_packages_are_free_of_cycles = slices()
      .matching("dev.piiguard.agent.(*)..")
      .should().beFreeOfCycles()
      .because("config and inspect are plain classes that the instrumentations build on, never the other way");

  @ArchTest
  static final ArchRule okhttp_is_named_only_in_its_instrumentation = noClasses()
      .that().resideOutsideOfPackage("dev.piiguard.agent.instrumentation.okhttp..")
      .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
      .because("an application without OkHttp must never load a class that names it");

  @ArchTest
  static final ArchRule apache_http_client_four_is_named_only_in_its_instrumentation = noClasses()
      .that().resideOutsideOfPackage("dev.piiguard.agent.instrumentation.apachehttp4..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.http..")
      .because("an application without Apache HttpClient 4 must never load a class that names it");

  @ArchTest
  static final ArchRule apache_http_client_five_is_named_only_in_its_instrumentation = noClasses()
      .that().resideOutsideOfPackage("dev.piiguard.agent.instrumentation.apachehttp5..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.hc..")
      .because("an application without Apache HttpClient 5 must never load a class that names it");

  @ArchTest
  static final ArchRule netty_is_named_only_in_its_instrumentation = noClasses()
      .that().resideOutsideOfPackage("dev.piiguard.agent.instrumentation.netty..")
      .should().dependOnClassesThat().resideInAnyPackage("io.netty..")
      .because("an application without Netty must never load a class that names it");

  @ArchTest
  static final ArchRule what_premain_loads_names_no_byte_buddy = noClasses()
      .that().haveSimpleName("PiiGuardAgent").or().haveSimpleName("AgentInstaller")
      .should().dependOnClassesThat().resideInAnyPackage("net.bytebuddy..")
      .because("premain does as little as possible: Byte Buddy is loaded on a background thread");

  @ArchTest
  static final ArchRule advice_methods_are_static = methods()
      .that().areAnnotatedWith(Advice.OnMethodEnter.class).or().areAnnotatedWith(Advice.OnMethodExit.class)
      .should().beStatic()
      .because("advice is inlined into the instrumented method and has no instance of its own");

  /** Advice that throws on purpose: the refusal of a redirect, which must reach the application. */
  private static final Set<String> ADVICE_THAT_THROWS = Set.of(
      "dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientInstrumentation$RedirectAdvice.exit");

  @ArchTest
  static final ArchRule advice_suppresses_what_it_throws = methods()
      .that().areAnnotatedWith(Advice.OnMethodEnter.class).or().areAnnotatedWith(Advice.OnMethodExit.class)
      .should(suppressThrowableUnlessListed())
      .because("a failure of PII Guard's own must never reach the application; only a refusal may");

  private static ArchCondition<JavaMethod> suppressThrowableUnlessListed() {
    return new ArchCondition<>("suppress Throwable, unless it throws a refusal on purpose") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Class<?> suppressed = method.isAnnotatedWith(Advice.OnMethodEnter.class)
            ? method.getAnnotationOfType(Advice.OnMethodEnter.class).suppress()
            : method.getAnnotationOfType(Advice.OnMethodExit.class).suppress();
        String name = method.getOwner().getName() + "." + method.getName();
        boolean satisfied = (suppressed == Throwable.class) != ADVICE_THAT_THROWS.contains(name);
        events.add(new SimpleConditionEvent(method, satisfied,
            name + (suppressed == Throwable.class ? " suppresses Throwable" : " lets exceptions through")));
      }
    };
  }
}
