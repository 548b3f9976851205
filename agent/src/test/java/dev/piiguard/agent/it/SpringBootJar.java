package dev.piiguard.agent.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Writes an executable jar laid out as Spring Boot's build plugins write one: Spring Boot's
 * launcher at the root, the application's classes in {@code BOOT-INF/classes}, its libraries as
 * uncompressed jars in {@code BOOT-INF/lib}, which the launcher's own class loader defines.
 */
final class SpringBootJar {
  private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
  private static final String LAUNCHER_JAR = "spring-boot-loader";

  private SpringBootJar() {}

  /**
   * Writes {@code jar} to start {@code startClass}, with the classes of {@code classesPackage}
   * from {@code classesRoot} and the jars of {@code libraries}.
   */
  static Path write(Path jar, String startClass, Path classesRoot, String classesPackage, List<Path> libraries)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.put(Attributes.Name.MAIN_CLASS, LAUNCHER);
    attributes.putValue("Start-Class", startClass);
    attributes.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
    attributes.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      copyLauncher(out);
      // the launcher adds BOOT-INF/classes to its class path only when the jar lists it as a folder
      String packagePath = "BOOT-INF/classes/" + classesPackage.replace('.', '/') + "/";
      for (int slash = packagePath.indexOf('/'); slash >= 0; slash = packagePath.indexOf('/', slash + 1)) {
        out.putNextEntry(new JarEntry(packagePath.substring(0, slash + 1)));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("BOOT-INF/lib/"));
      out.closeEntry();
      Path packageFolder = classesRoot.resolve(classesPackage.replace('.', '/'));
      try (Stream<Path> classes = Files.list(packageFolder)) {
        for (Path file : (Iterable<Path>) classes.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
          out.putNextEntry(new JarEntry("BOOT-INF/classes/" + classesRoot.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      for (Path library : libraries) {
        store(out, "BOOT-INF/lib/" + library.getFileName(), Files.readAllBytes(library));
      }
    }
    return jar;
  }

  /** The jars of this JVM's class path whose path contains one of {@code fragments}. */
  static List<Path> librariesOnClasspath(List<String> fragments) {
    return ForkedJvm.applicationClasspath().stream()
        .filter(entry -> entry.endsWith(".jar") && !entry.contains(LAUNCHER_JAR))
        .filter(entry -> fragments.stream().anyMatch(entry::contains))
        .map(Path::of)
        .toList();
  }

  private static void copyLauncher(JarOutputStream out) throws IOException {
    Path launcherJar = ForkedJvm.applicationClasspath().stream()
        .filter(entry -> entry.contains(LAUNCHER_JAR))
        .map(Path::of).findFirst()
        .orElseThrow(() -> new IllegalStateException(LAUNCHER_JAR + " is not on the test class path"));
    try (JarFile launcher = new JarFile(launcherJar.toFile())) {
      Enumeration<JarEntry> entries = launcher.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().startsWith("org/springframework/boot/loader/")) {
          out.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream in = launcher.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
  }

  /** A nested jar must be stored uncompressed: the launcher reads it in place. */
  private static void store(JarOutputStream out, String name, byte[] content) throws IOException {
    JarEntry entry = new JarEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    out.putNextEntry(entry);
    out.write(content);
    out.closeEntry();
  }
}
