package dev.piiguard.agent.bench;

import dev.piiguard.agent.sensitive.SensitiveFieldTransformer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the {@code @Sensitive} transformer costs each class the application loads: its check of
 * every class file of the jars on this class path (the AI SDKs, Spring, Netty, …), timed against a
 * loop that only reads each byte once, in the same rounds. None of these classes names
 * {@code @Sensitive}, as most of an application's classes do not; the transformer then returns
 * at once.
 */
final class ClassSearchBenchmark {
  private static final int ROUNDS = 15;

  private final List<byte[]> classFiles;
  private final long bytes;

  private ClassSearchBenchmark(List<byte[]> classFiles) {
    this.classFiles = classFiles;
    this.bytes = classFiles.stream().mapToLong(file -> file.length).sum();
  }

  /** The class files of the jars on this JVM's class path. */
  static ClassSearchBenchmark ofClasspath() throws IOException {
    List<byte[]> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        continue;
      }
      try (JarFile jar = new JarFile(entry)) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry file = entries.nextElement();
          if (file.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(file)) {
              files.add(in.readAllBytes());
            }
          }
        }
      }
    }
    return new ClassSearchBenchmark(files);
  }

  void run() {
    SensitiveFieldTransformer transformer = new SensitiveFieldTransformer(line -> { });
    ClassLoader loader = ClassSearchBenchmark.class.getClassLoader();
    long[] searched = new long[ROUNDS];
    long[] read = new long[ROUNDS];
    long sink = 0;
    for (int round = -3; round < ROUNDS; round++) { // three rounds of warm-up
      long start = System.nanoTime();
      for (byte[] classFile : classFiles) {
        if (transformer.transform(loader, "com/example/Loaded", null, null, classFile) != null) {
          sink++;
        }
      }
      long middle = System.nanoTime();
      for (byte[] classFile : classFiles) {
        for (byte unit : classFile) {
          sink += unit;
        }
      }
      long end = System.nanoTime();
      if (round >= 0) {
        searched[round] = middle - start;
        read[round] = end - middle;
      }
    }
    Arrays.sort(searched);
    Arrays.sort(read);
    long search = searched[ROUNDS / 2];
    long baseline = read[ROUNDS / 2];
    System.out.printf(Locale.ROOT, "@Sensitive check of %,d class files (%,d MB; median of %d rounds):"
            + " %.0f ns per class, %.0f MB/s; reading each byte once: %.0f ns per class; ratio %.2f (%d)%n",
        classFiles.size(), bytes >> 20, ROUNDS, (double) search / classFiles.size(), bytes * 1e3 / search,
        (double) baseline / classFiles.size(), (double) search / baseline, sink & 1);
  }
}
