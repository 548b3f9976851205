package dev.piiguard.cli.report.spotbugs;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test resources of the report. */
final class Fixtures {

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/dev/piiguard/cli/report/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }
}
