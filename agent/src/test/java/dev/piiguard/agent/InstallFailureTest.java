package dev.piiguard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class InstallFailureTest {
  private static final String CANARY = "jane.canary@example.com";

  @Test
  void missingClassIsNamedWithTheTypeAndWhereItWasNeeded() {
    NoClassDefFoundError missing = new NoClassDefFoundError("okhttp3/Interceptor");

    String line = InstallFailure.describe(missing);

    assertThat(line)
        .startsWith("internal error java.lang.NoClassDefFoundError: okhttp3/Interceptor (at ")
        .contains(InstallFailureTest.class.getName() + ".missingClassIsNamedWithTheTypeAndWhereItWasNeeded(InstallFailureTest.java:");
  }

  @Test
  void classWhoseInitializerFailedIsNamedAndSoIsTheCause() {
    NoClassDefFoundError uninitialized = new NoClassDefFoundError("Could not initialize class dev.piiguard.X");
    uninitialized.initCause(new ClassNotFoundException("com.example.Missing"));

    assertThat(InstallFailure.describe(uninitialized))
        .contains("java.lang.NoClassDefFoundError: dev.piiguard.X (at ")
        .contains("; caused by java.lang.ClassNotFoundException: com.example.Missing (at ");
  }

  @Test
  void freeTextMessagesAreNeverCopied() {
    IllegalStateException failure = new IllegalStateException("cannot parse " + CANARY,
        new IOException(CANARY));
    NoClassDefFoundError oddMessage = new NoClassDefFoundError("value " + CANARY);

    assertThat(InstallFailure.describe(failure))
        .startsWith("internal error java.lang.IllegalStateException (at ")
        .contains("; caused by java.io.IOException (at ")
        .doesNotContain(CANARY).doesNotContain("jane");
    assertThat(InstallFailure.describe(oddMessage))
        .startsWith("internal error java.lang.NoClassDefFoundError (at ")
        .doesNotContain(CANARY);
  }

  @Test
  void aThrowableWithoutStackOrCauseIsItsTypeAlone() {
    Error bare = new Error("x") {
      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    };
    assertThat(InstallFailure.describe(bare)).isEqualTo("internal error " + bare.getClass().getName());
  }
}
