package dev.piiguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void noArgumentsPrintsUsageOnStandardErrorWithStatusTwo() {
    CommandLine.Result result = CommandLine.run();

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("Usage: piiguard <command>").contains("scan");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void helpListsTheCommandsOnStandardOutput() {
    CommandLine.Result result = CommandLine.run("--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("scan     find personal data in text files");
  }

  @Test
  void versionPrintsTheBuiltVersion() {
    CommandLine.Result result = CommandLine.run("--version");

    assertThat(result.status()).isZero();
    assertThat(result.out()).matches("piiguard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void unknownCommandIsOneLineThatDoesNotRepeatPersonalData() {
    CommandLine.Result result = CommandLine.run("canary.one@example.com");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("piiguard: unknown command \"[EMAIL]\" (commands: scan").endsWith(")\n");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownCommandHoldingAKeyWithSlashesDoesNotRepeatIt() {
    CommandLine.Result result = CommandLine.run("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("piiguard: unknown command \"AWS_SECRET_ACCESS_KEY=[SECRET]\"");
  }

  @Test
  void subcommandGetsTheArgumentsAfterItsName() {
    CommandLine.Result result = CommandLine.run("scan", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).startsWith("Usage: piiguard scan");
  }
}
