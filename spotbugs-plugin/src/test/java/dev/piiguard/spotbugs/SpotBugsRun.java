package dev.piiguard.spotbugs;

import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs SpotBugs in this JVM, as its command line would: our plugin loaded from
 * {@code target/classes}, the given class folders or files as the application, the test classpath
 * as the auxiliary classpath. Only our detectors are enabled, to keep the run short.
 */
final class SpotBugsRun {
  private static Plugin plugin;

  private SpotBugsRun() {}

  /** Loads the plugin under test from the folder the build compiled it to, once per JVM. */
  static synchronized Plugin plugin() throws Exception {
    if (plugin == null) {
      String folder = System.getProperty("piiguard.plugin.classes", "target/classes");
      plugin = Plugin.addCustomPlugin(Paths.get(folder).toAbsolutePath().toUri().toURL());
    }
    return plugin;
  }

  /** Which detectors run. */
  enum Detectors {
    /** Only the plugin's detectors (and SpotBugs' reader of @SuppressFBWarnings): the fast way to test them. */
    PLUGIN_ONLY,
    /** SpotBugs' default detectors, the plugin's disabled: a baseline. */
    SPOTBUGS_DEFAULTS,
    /** SpotBugs' default detectors and the plugin's. */
    SPOTBUGS_DEFAULTS_AND_PLUGIN
  }

  /** Analyses the application files and collects what SpotBugs reports in memory. */
  static BugCollection analyse(List<Path> application) throws Exception {
    return analyse(application, BugCollectionBugReporter::new).getBugCollection();
  }

  /** Analyses the application files with a reporter of the caller's choice, such as SpotBugs' SARIF reporter. */
  static <R extends BugCollectionBugReporter> R analyse(
      List<Path> application, Function<Project, R> reporterFactory) throws Exception {
    List<String> auxiliary = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    return analyse(application, auxiliary, reporterFactory, Detectors.PLUGIN_ONLY);
  }

  /** Analyses the application files with this auxiliary classpath and these detectors. */
  static <R extends BugCollectionBugReporter> R analyse(
      List<Path> application,
      List<String> auxiliary,
      Function<Project, R> reporterFactory,
      Detectors selection)
      throws Exception {
    Plugin ours = plugin();
    Project project = new Project();
    project.setProjectName("piiguard-samples");
    for (Path file : application) {
      project.addFile(file.toAbsolutePath().toString());
    }
    for (String entry : auxiliary) {
      project.addAuxClasspathEntry(entry);
    }
    R reporter = reporterFactory.apply(project);
    reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
    reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);

    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
    List<DetectorFactory> all = new ArrayList<>();
    detectors.factoryIterator().forEachRemaining(all::add);
    for (DetectorFactory factory : all) {
      boolean plugin = factory.getPlugin() == ours;
      switch (selection) {
        case PLUGIN_ONLY:
          // NoteSuppressedWarnings makes @SuppressFBWarnings work, as in every real run.
          preferences.enableDetector(factory, plugin || factory.getShortName().equals("NoteSuppressedWarnings"));
          break;
        case SPOTBUGS_DEFAULTS:
          preferences.enableDetector(factory, !plugin && factory.isDefaultEnabled());
          break;
        default:
          preferences.enableDetector(factory, plugin || factory.isDefaultEnabled());
      }
    }
    FindBugs2 engine = new FindBugs2();
    try {
      engine.setDetectorFactoryCollection(detectors);
      engine.setProject(project);
      engine.setBugReporter(reporter);
      engine.setUserPreferences(preferences);
      engine.setNoClassOk(true);
      engine.finishSettings();
      engine.execute();
    } finally {
      engine.dispose();
    }
    return reporter;
  }
}
