package dev.piiguard.agent.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * An agent that does nothing: what any {@code -javaagent} costs at startup (the JVM then loads
 * {@code java.instrument} and resolves the module graph itself), measured beside PII Guard.
 */
public final class EmptyAgent {
  private EmptyAgent() {}

  public static void premain(String arguments, Instrumentation instrumentation) {
    // Nothing: the reference point.
  }

  /** A jar holding this class and a manifest that names it. */
  static Path jar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", EmptyAgent.class.getName());
    Path jar = Files.createTempFile("empty-agent", ".jar");
    jar.toFile().deleteOnExit();
    String classFile = EmptyAgent.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out, manifest);
        InputStream bytes = EmptyAgent.class.getResourceAsStream("/" + classFile)) {
      entries.putNextEntry(new JarEntry(classFile));
      bytes.transferTo(entries);
      entries.closeEntry();
    }
    return jar;
  }
}
