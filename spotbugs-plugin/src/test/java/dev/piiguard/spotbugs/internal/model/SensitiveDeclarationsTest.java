package dev.piiguard.spotbugs.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.annotations.PiiType;
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

  @Sensitive(PiiType.PHONE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface PhoneNumber {}

  @PhoneNumber
  @Retention(RetentionPolicy.RUNTIME)
  @interface MobileNumber {}

  @Sensitive
  static class Patient {}

  static class Inpatient extends Patient {}

  @Sensitive({PiiType.PAYMENT_CARD, PiiType.PERSON_NAME})
  static class Card {}

  static class Contacts {
    @Sensitive({PiiType.EMAIL, PiiType.PHONE})
    String contact;

    @MobileNumber String mobile;

    @Sensitive @PhoneNumber String fax;

    @Sensitive(PiiType.DATE_OF_BIRTH)
    String birthday() {
      return "";
    }

    void register(@Sensitive(PiiType.IBAN) String iban, String reference) {}
  }

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

    assertThat(declarations.sensitiveField(contact, "phone")).isPresent();
    assertThat(declarations.sensitiveMethod(contact, "phone", "()Ljava/lang/String;")).isPresent();
    assertThat(declarations.sensitiveMethod(contact, "name", "()Ljava/lang/String;")).isEmpty();
  }

  @Test
  void fieldsAndRedactorsAreFoundByName() {
    String holder = Type.getInternalName(Holder.class);

    assertThat(declarations.sensitiveField(holder, "secret")).isPresent();
    assertThat(declarations.sensitiveField(holder, "plain")).isEmpty();
    assertThat(declarations.isRedactor(holder, "mask", "(Ljava/lang/String;)Ljava/lang/String;")).isTrue();
  }

  @Test
  void piiTypesComeFromTheValueOfSensitiveOrOfTheMetaAnnotationAndOtherWhenNoneIsNamed() {
    String contacts = Type.getInternalName(Contacts.class);

    assertThat(declarations.sensitiveField(contacts, "contact")).map(SensitiveMember::piiTypes).contains("EMAIL,PHONE");
    assertThat(declarations.sensitiveField(contacts, "mobile")).map(SensitiveMember::piiTypes).contains("PHONE");
    assertThat(declarations.sensitiveField(contacts, "fax")).map(SensitiveMember::piiTypes).contains("PHONE");
    assertThat(declarations.sensitiveMethod(contacts, "birthday", "()Ljava/lang/String;"))
        .map(SensitiveMember::piiTypes)
        .contains("DATE_OF_BIRTH");
    assertThat(declarations.sensitiveField(Type.getInternalName(Holder.class), "secret"))
        .map(SensitiveMember::piiTypes)
        .contains("OTHER");
    assertThat(declarations.sensitiveField(Type.getInternalName(Contact.class), "phone"))
        .map(SensitiveMember::piiTypes)
        .contains("OTHER");
  }

  @Test
  void parameterAndTypeLevelDeclarationsCarryTheirPiiTypes() throws Exception {
    ClassFacts contacts = new ClassRepository(new ClassLoaderBytes()).find(Type.getInternalName(Contacts.class)).orElseThrow();
    MemberFacts register = contacts.method("register", "(Ljava/lang/String;Ljava/lang/String;)V");

    assertThat(declarations.parameterPiiTypes(contacts.name(), register, 0)).isEqualTo("IBAN");
    assertThat(declarations.parameterPiiTypes(contacts.name(), register, 1)).isEmpty();
    assertThat(declarations.typeLevelPiiTypes(Type.getInternalName(Card.class))).isEqualTo("PAYMENT_CARD,PERSON_NAME");
    assertThat(declarations.typeLevelPiiTypes(Type.getInternalName(Inpatient.class))).isEqualTo("OTHER");
    assertThat(declarations.typeLevelPiiTypes(Type.getInternalName(Contacts.class))).isEmpty();
  }
}
