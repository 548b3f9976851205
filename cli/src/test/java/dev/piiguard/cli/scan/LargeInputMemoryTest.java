package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.Main;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans inputs many times larger than the heap in a forked JVM with a small {@code -Xmx}: if the
 * scan held a file or a line in memory, the fork would fail with OutOfMemoryError.
 */
class LargeInputMemoryTest {

  private static final String HEAP = "-Xmx32m";
  private static final String EMAIL = "large.file@example.com";

  @TempDir Path folder;

  @Test
  void fileOfManyLinesMuchLargerThanTheHeapIsScannedInFlatMemory() throws Exception {
    Path file = folder.resolve("big.log");
    long lines = 0;
    int planted = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String filler = "2024-11-25T10:15:30Z INFO order ORD-2024-000123 shipped to warehouse 7, status ok\n";
      while (lines * filler.length() < 200L * 1024 * 1024) {
        if (lines % 25_000 == 0) {
          writer.write("customer " + EMAIL + " asked about order 55012\n");
          planted++;
        } else {
          writer.write(filler);
        }
        lines++;
      }
    }

    Fork fork = scanInFork(file);

    assertThat(fork.status).as(fork.err).isEqualTo(1);
    assertThat(fork.out).hasSize(planted);
    assertThat(fork.out.get(planted - 1)).contains("\"line\":" + ((planted - 1) * 25_000L + 1) + ",");
  }

  @Test
  void singleLineMuchLargerThanTheHeapIsScannedInFlatMemory() throws Exception {
    Path file = folder.resolve("one-line.json");
    int planted = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String chunk = "{\"sku\":\"ORD-2024-000123\",\"qty\":2,\"note\":\"ship fast\"},";
      for (long written = 0; written < 96L * 1024 * 1024; written += chunk.length()) {
        if (written / chunk.length() % 20_000 == 0) {
          writer.write("{\"mail\":\"" + EMAIL + "\"},");
          planted++;
        }
        writer.write(chunk);
      }
      writer.write("\n");
    }

    Fork fork = scanInFork(file);

    assertThat(fork.status).as(fork.err).isEqualTo(1);
    assertThat(fork.out).hasSize(planted).allSatisfy(line -> assertThat(line).contains("\"line\":1,"));
  }

  private Fork scanInFork(Path file) throws IOException, InterruptedException {
    Path out = folder.resolve("out.jsonl");
    Path err = folder.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "scan",
                file.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Fork(process.exitValue(), Files.readAllLines(out), Files.readString(err));
  }

  private record Fork(int status, List<String> out, String err) {}
}
