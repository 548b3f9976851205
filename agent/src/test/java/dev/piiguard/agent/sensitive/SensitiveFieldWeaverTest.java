package dev.piiguard.agent.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Woven classes, defined from their rewritten class files, hand their {@code @Sensitive} text to the registry. */
class SensitiveFieldWeaverTest {
  private static final ClassLoader LOADER = SensitiveFieldWeaverTest.class.getClassLoader();

  /** An annotation of the application's own, meta-annotated as DESIGN allows. */
  @Retention(RetentionPolicy.RUNTIME)
  @Sensitive(PiiType.NATIONAL_ID)
  @interface TaxNumber {}

  /** The same without a type. */
  @Retention(RetentionPolicy.RUNTIME)
  @Sensitive
  @interface PersonalData {}

  /** A class that marks its fields with the application's own annotations only. */
  static final class TaxRecord {
    @TaxNumber
    private final String taxNumber;
    @PersonalData
    private final String holder;

    TaxRecord(String taxNumber, String holder) {
      this.taxNumber = taxNumber;
      this.holder = holder;
    }
  }

  /** A record whose components are marked, one of them not text. */
  record Customer(@Sensitive(PiiType.PERSON_NAME) String name, @Sensitive(PiiType.POSTAL_ADDRESS) String address,
      @Sensitive int visits, String city) {}

  /** A bean with a setter and an annotation that names no type. */
  static final class Account {
    @Sensitive
    private String holder;
    private String plan;

    void holder(String holder) {
      this.holder = holder;
    }

    void plan(String plan) {
      this.plan = plan;
    }
  }

  /** An entity as JPA fills it: by reflection, read through its getter. */
  static final class StoredCustomer {
    @Sensitive(PiiType.PERSON_NAME)
    private String name;

    String name() {
      return name;
    }
  }

  /** A type whose every instance is sensitive. */
  @Sensitive(PiiType.LOCATION)
  static final class Place {
    private final CharSequence description;
    private final String note;
    private final long since;

    Place(CharSequence description, String note, long since) {
      this.description = description;
      this.note = note;
      this.since = since;
    }
  }

  /** Nothing sensitive here. */
  static final class Order {
    private final String number;

    Order(String number) {
      this.number = number;
    }
  }

  @Test
  void recordComponentsAreRegisteredAsTheRecordIsMade() throws Exception {
    make(woven(Customer.class).getDeclaredConstructor(String.class, String.class, int.class, String.class),
        "Jane Weaver-Canary", "12 Elmweave Street", 3, "Springvale");

    assertThat(found("to Jane Weaver-Canary, 12 Elmweave Street, Springvale"))
        .containsExactly("PERSON_NAME Jane Weaver-Canary", "POSTAL_ADDRESS 12 Elmweave Street");
  }

  @Test
  void fieldsSetBySettersAreRegisteredAsOtherWhenNoTypeIsNamed() throws Exception {
    Class<?> account = woven(Account.class);
    Object instance = make(account.getDeclaredConstructor());
    call(account.getDeclaredMethod("holder", String.class), instance, "Holder Canary Setter");
    call(account.getDeclaredMethod("plan", String.class), instance, "Premium Plan Canary");

    assertThat(found("Holder Canary Setter on Premium Plan Canary")).containsExactly("OTHER Holder Canary Setter");
  }

  @Test
  void aFieldSetByReflectionIsRegisteredWhenItsClassReadsIt() throws Exception {
    Class<?> stored = woven(StoredCustomer.class);
    Object entity = make(stored.getDeclaredConstructor());
    Field name = stored.getDeclaredField("name");
    name.setAccessible(true);
    name.set(entity, "Reflected Canary-Entity");
    assertThat(found("for Reflected Canary-Entity")).as("not read yet").isEmpty();

    Method getter = stored.getDeclaredMethod("name");
    getter.setAccessible(true);
    assertThat(getter.invoke(entity)).isEqualTo("Reflected Canary-Entity");

    assertThat(found("for Reflected Canary-Entity")).containsExactly("PERSON_NAME Reflected Canary-Entity");
  }

  @Test
  void everyTextFieldOfASensitiveTypeIsRegistered() throws Exception {
    make(woven(Place.class).getDeclaredConstructor(CharSequence.class, String.class, long.class),
        new StringBuilder("Canary Lighthouse Point"), "gate code Canary", 1999L);

    assertThat(found("Canary Lighthouse Point, gate code Canary"))
        .containsExactly("LOCATION Canary Lighthouse Point", "LOCATION gate code Canary");
  }

  @Test
  void fieldsMarkedWithTheApplicationsOwnAnnotationsAreRegisteredWhenTheOptionNamesThem() throws Exception {
    assertThat(SensitiveAnnotations.onlySensitive().mentionedIn(classFile(TaxRecord.class))).isFalse();
    SensitiveAnnotations own = new SensitiveAnnotations(List.of(TaxNumber.class.getName(), PersonalData.class.getName()));
    assertThat(own.mentionedIn(classFile(TaxRecord.class))).isTrue();

    make(woven(TaxRecord.class, own).getDeclaredConstructor(String.class, String.class),
        "DE-TAX-Canary-4711", "Tax Holder Canary");

    assertThat(found("DE-TAX-Canary-4711 of Tax Holder Canary"))
        .containsExactly("NATIONAL_ID DE-TAX-Canary-4711", "OTHER Tax Holder Canary");
  }

  @Test
  void aClassWithoutSensitiveTextFieldsIsLeftAsItIs() throws IOException {
    assertThat(SensitiveFieldWeaver.weave(classFile(Order.class), SensitiveAnnotations.onlySensitive(), LOADER)).isNull();
    assertThat(SensitiveAnnotations.onlySensitive().mentionedIn(classFile(Order.class))).isFalse();
    assertThat(SensitiveAnnotations.onlySensitive().mentionedIn(classFile(Customer.class))).isTrue();
  }

  @Test
  void theSearchForTheAnnotationsNameAgreesWithAPlainOne() {
    Random random = new Random(20261129);
    byte[] name = SensitiveAnnotations.SENSITIVE.getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 20_000; round++) {
      byte[] classFile = new byte[random.nextInt(120)];
      for (int i = 0; i < classFile.length; i++) {
        // mostly the name's own bytes, so that near misses are common
        classFile[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : name[random.nextInt(name.length)];
      }
      if (random.nextBoolean() && classFile.length >= name.length) {
        int at = random.nextInt(classFile.length - name.length + 1);
        System.arraycopy(name, 0, classFile, at, name.length - (random.nextInt(3) == 0 ? 1 : 0));
      }
      String text = new String(classFile, StandardCharsets.ISO_8859_1);
      assertThat(SensitiveAnnotations.onlySensitive().mentionedIn(classFile)).as(text)
          .isEqualTo(text.contains(SensitiveAnnotations.SENSITIVE));
    }
  }

  @Test
  void theAnnotationIsNamedAsTheApplicationNamesIt() {
    assertThat(SensitiveAnnotations.SENSITIVE).isEqualTo("L" + Sensitive.class.getName().replace('.', '/') + ";");
  }

  private static Object make(Constructor<?> constructor, Object... arguments) throws Exception {
    constructor.setAccessible(true);
    return constructor.newInstance(arguments);
  }

  private static void call(Method method, Object target, Object... arguments) throws Exception {
    method.setAccessible(true);
    method.invoke(target, arguments);
  }

  private static List<String> found(String text) {
    List<String> found = new ArrayList<>();
    SensitiveFields.values().find(text, (type, start, end) -> found.add(type + " " + text.substring(start, end)));
    return found;
  }

  private static Class<?> woven(Class<?> sample) throws Exception {
    return woven(sample, SensitiveAnnotations.onlySensitive());
  }

  private static Class<?> woven(Class<?> sample, SensitiveAnnotations annotations) throws Exception {
    byte[] woven = SensitiveFieldWeaver.weave(classFile(sample), annotations, LOADER);
    assertThat(woven).as("woven " + sample.getName()).isNotNull();
    return new DefiningLoader().define(sample.getName(), woven);
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }

  /** Defines a woven copy beside the test's classes, which it reaches through its parent. */
  private static final class DefiningLoader extends ClassLoader {
    DefiningLoader() {
      super(SensitiveFieldWeaverTest.class.getClassLoader());
    }

    Class<?> define(String name, byte[] classFile) {
      return defineClass(name, classFile, 0, classFile.length);
    }
  }
}
