package dev.piiguard.spotbugs.internal.catalogue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

/**
 * Assembles the catalogue an analysis uses: the built-in files shipped in the plugin jar, then the
 * files named by the system property {@value #FILES_PROPERTY}, then a {@value #PROJECT_RESOURCE} found
 * on the analysed classpath.
 */
public final class CatalogueLoader {
  /** System property naming extra catalogue files, separated by the platform path separator or {@code ;}. */
  public static final String FILES_PROPERTY = "piiguard.catalogue";

  /** Resource name looked up on the application and auxiliary classpath. */
  public static final String PROJECT_RESOURCE = "piiguard-catalogue.txt";

  static final String BUILT_IN_FOLDER = "dev/piiguard/spotbugs/catalogue/";

  static final List<String> BUILT_IN_FILES =
      List.of(
          "logging-sinks.txt",
          "ai-sinks.txt",
          "http-sinks.txt",
          "exception-sinks.txt",
          "sanitizers.txt",
          "propagation.txt",
          "serializers.txt",
          "ai-hosts.txt");

  private CatalogueLoader() {}

  /** The built-in catalogue only. */
  public static Catalogue builtIn() throws IOException {
    Catalogue catalogue = new Catalogue();
    addBuiltIn(catalogue);
    return catalogue;
  }

  /**
   * The built-in catalogue plus the user's files.
   *
   * @param extraFiles the value of {@value #FILES_PROPERTY}, or null
   * @param projectResource opens {@value #PROJECT_RESOURCE} on the analysed classpath, or returns null
   */
  public static Catalogue load(String extraFiles, Function<String, InputStream> projectResource)
      throws IOException {
    Catalogue catalogue = new Catalogue();
    addBuiltIn(catalogue);
    if (extraFiles != null && !extraFiles.isBlank()) {
      for (String path : extraFiles.split("[;" + File.pathSeparator + "]")) {
        if (path.isBlank()) {
          continue;
        }
        File file = new File(path.trim());
        if (!file.isFile() || !file.canRead()) {
          throw new IOException("cannot read the catalogue file " + file.getAbsolutePath()
              + " named by -D" + FILES_PROPERTY);
        }
        try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
          CatalogueParser.parse(reader, file.getPath(), catalogue);
        }
      }
    }
    try (InputStream in = projectResource.apply(PROJECT_RESOURCE)) {
      if (in != null) {
        CatalogueParser.parse(
            new InputStreamReader(in, StandardCharsets.UTF_8), PROJECT_RESOURCE, catalogue);
      }
    }
    return catalogue;
  }

  private static void addBuiltIn(Catalogue catalogue) throws IOException {
    for (String file : BUILT_IN_FILES) {
      String resource = BUILT_IN_FOLDER + file;
      try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("built-in catalogue missing from the plugin jar: " + resource);
        }
        CatalogueParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource, catalogue);
      }
    }
  }
}
