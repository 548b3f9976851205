package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyedHashTest {
  private static final byte[] KEY = "keyed-hash-key-0123456789abcdefg".getBytes(StandardCharsets.US_ASCII);

  @Test
  void hashIsTheHmacOfTypeNulValueAndTheRoundWhenNotZero() throws Exception {
    KeyedHash hash = KeyedHash.withKey(KEY);

    assertThat(hash.hash("EMAIL", "ana@example.com", 0)).isEqualTo(hmac("EMAIL\0ana@example.com"));
    assertThat(hash.hash("EMAIL", "ana@example.com", 2)).isEqualTo(hmac("EMAIL\0ana@example.com\0\2"));
  }

  @Test
  void oneInstanceHashesFromManyThreadsAtOnceAsFromOne() throws Exception {
    KeyedHash shared = KeyedHash.withKey(KEY);
    List<byte[]> expected = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      expected.add(hmac("PHONE\0+44 20 7946 " + i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<Boolean> task = () -> {
          for (int n = 0; n < 2_000; n++) {
            int i = (n + offset * 250) % 2_000;
            if (!java.util.Arrays.equals(shared.hash("PHONE", "+44 20 7946 " + i, 0), expected.get(i))) {
              return false;
            }
          }
          return true;
        };
        results.add(threads.submit(task));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static byte[] hmac(String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}
