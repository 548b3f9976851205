package dev.piiguard.spotbugs.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.annotations.Redactor;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

class SensitiveDeclarationsTest {

  @Sensitive
  @Retention(RetentionPolicy.RUNTIME)
  @interface PersonalData {}

  @Sensitive
  static class Patient {}

  static class Inpatient extends Patient {}

  record Contact(String name, @PersonalData String phone) {}

  static class Holder {
    @Sensitive String secret;
    String plain;

    @Redactor
    static String mask(String value) {
      return "***";
    }
  }

  private final SensitiveDeclarations declarations =
      new SensitiveDeclarations(new ClassRepository(new ClassLoaderBytes()));

  @Test
  void descriptorsMatchTheAnnotationsModule() {
    assertThat(SensitiveDeclarations.SENSITIVE).isEqualTo(Type.getDescriptor(Sensitive.class));
    assertThat(SensitiveDeclarations.REDACTOR).isEqualTo(Type.getDescriptor(Redactor.class));
  }

  @Test
  void annotationMetaAnnotatedWithSensitiveCountsAsSensitive() {
    assertThat(declarations.isSensitiveAnnotation(Type.getDescriptor(PersonalData.class))).isTrue();
    assertThat(declarations.isSensitiveAnnotation(Type.getDescriptor(Retention.class))).isFalse();
  }

  @Test
  void subclassOfSensitiveTypeIsSensitive() {
    assertThat(declarations.isSensitiveType(Type.getInternalName(Inpatient.class))).isTrue();
    assertThat(declarations.isSensitiveType(Type.getInternalName(Holder.class))).isFalse();
  }

  @Test
  void recordComponentWithMetaAnnotationMakesFieldAndAccessorSensitive() {
    String contact = Type.getInternalName(Contact.class);

    assertThat(declarations.sensitiveFieldDeclarer(contact, "phone")).isPresent();
    assertThat(declarations.sensitiveMethodDeclarer(contact, "phone", "()Ljava/lang/String;")).isPresent();
    assertThat(declarations.sensitiveMethodDeclarer(contact, "name", "()Ljava/lang/String;")).isEmpty();
  }

  @Test
  void fieldsAndRedactorsAreFoundByName() {
    String holder = Type.getInternalName(Holder.class);

    assertThat(declarations.sensitiveFieldDeclarer(holder, "secret")).isPresent();
    assertThat(declarations.sensitiveFieldDeclarer(holder, "plain")).isEmpty();
    assertThat(declarations.isRedactor(holder, "mask", "(Ljava/lang/String;)Ljava/lang/String;")).isTrue();
  }
}
