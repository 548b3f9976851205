package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every place @Sensitive can stand, and an annotation of the application's own that means it. */
public class SourceKindSamples {
  private static final Logger log = LoggerFactory.getLogger(SourceKindSamples.class);

  /** The application's own vocabulary: counts as @Sensitive. */
  @Sensitive
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  public @interface PersonalData {}

  /** Every instance is sensitive, and everything read from one. */
  @Sensitive(PiiType.OTHER)
  public static final class MedicalRecord {
    String diagnosis = "";
    String ward = "";
  }

  public static final class Employee {
    @PersonalData String homeAddress = "";
    String team = "";

    @Sensitive(PiiType.PHONE)
    String phone() {
      return "+41 44 000 00 00";
    }

    String desk() {
      return "B12";
    }
  }

  void field(Employee employee) {
    // BUG: PII_TO_LOG
    log.info("address {}", employee.homeAddress);
    log.info("team {}", employee.team);
  }

  void method(Employee employee) {
    // BUG: PII_TO_LOG
    log.info("phone {}", employee.phone());
    log.info("desk {}", employee.desk());
  }

  void parameter(@Sensitive(PiiType.NATIONAL_ID) String nationalId, String reference) {
    // BUG: PII_TO_LOG
    log.info("id {}", nationalId);
    log.info("reference {}", reference);
  }

  void metaAnnotatedParameter(@PersonalData String name) {
    // BUG: PII_TO_LOG
    log.info("name {}", name);
  }

  void type(MedicalRecord record) {
    // BUG: PII_TO_LOG
    log.info("diagnosis {}", record.diagnosis);
    // BUG: PII_TO_LOG
    log.info("record {}", record);
  }
}
