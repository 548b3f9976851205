package dev.piiguard.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class SensitiveTest {

  record Customer(@Sensitive(PiiType.EMAIL) String email, String orderId) {}

  @Retention(RetentionPolicy.RUNTIME)
  @Sensitive(PiiType.PERSON_NAME)
  @interface PersonalData {}

  static class Shopper {
    @PersonalData String fullName;
  }

  @Sensitive
  static class SessionToken {}

  static class Masking {
    @Redactor
    static String mask(@Sensitive String value) {
      return "***";
    }
  }

  @Test
  void recordComponentCarriesTheAnnotationToItsFieldAccessorAndComponent() throws Exception {
    RecordComponent email = Customer.class.getRecordComponents()[0];

    assertThat(email.getAnnotation(Sensitive.class).value()).containsExactly(PiiType.EMAIL);
    assertThat(email.getAccessor().isAnnotationPresent(Sensitive.class)).isTrue();
    assertThat(Customer.class.getDeclaredField("email").isAnnotationPresent(Sensitive.class)).isTrue();
    assertThat(Customer.class.getDeclaredField("orderId").isAnnotationPresent(Sensitive.class)).isFalse();
  }

  @Test
  void anAnnotationMetaAnnotatedWithSensitiveIsVisibleAtRunTime() throws Exception {
    PersonalData personalData = Shopper.class.getDeclaredField("fullName").getAnnotation(PersonalData.class);

    assertThat(personalData.annotationType().getAnnotation(Sensitive.class).value())
        .containsExactly(PiiType.PERSON_NAME);
  }

  @Test
  void typeParameterAndRedactorAnnotationsAreRetainedAtRunTime() throws Exception {
    var mask = Masking.class.getDeclaredMethod("mask", String.class);

    assertThat(SessionToken.class.getAnnotation(Sensitive.class).value()).isEmpty();
    assertThat(mask.isAnnotationPresent(Redactor.class)).isTrue();
    assertThat(mask.getParameters()[0].isAnnotationPresent(Sensitive.class)).isTrue();
  }
}
