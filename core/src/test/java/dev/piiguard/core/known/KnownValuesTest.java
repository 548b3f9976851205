package dev.piiguard.core.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KnownValuesTest {
  private final KnownValues known = KnownValues.withCapacity(1_000);

  @Test
  void findsAValueWholeWhereNoLetterOrDigitTouchesIt() {
    known.add("Jane Doe", "PERSON_NAME");

    assertThat(found("Write to Jane Doe, today")).containsExactly("PERSON_NAME 9 17");
    assertThat(found("\"name\":\"Jane Doe\"")).containsExactly("PERSON_NAME 8 16");
    assertThat(found("Jane Doe")).containsExactly("PERSON_NAME 0 8");
    assertThat(found("Jane Doerr")).isEmpty();
    assertThat(found("MaryJane Doe")).isEmpty();
    assertThat(found("Jane Doe2")).isEmpty();
    assertThat(found("Jane Doe_2")).isEmpty();
    assertThat(found("jane doe")).as("exactly as added").isEmpty();
    assertThat(found("Jane  Doe")).isEmpty();
  }

  @Test
  void findsTheSameValuesInUtf8BytesWithByteOffsets() {
    known.add("Jürgen Müller", "PERSON_NAME");
    known.add("Hauptstraße 5, 10115 Berlin", "POSTAL_ADDRESS");
    String text = "Kunde: Jürgen Müller, Hauptstraße 5, 10115 Berlin — bitte anrufen";
    byte[] utf8 = ("xx" + text).getBytes(StandardCharsets.UTF_8);

    assertThat(found(text)).containsExactly("PERSON_NAME 7 20", "POSTAL_ADDRESS 22 49");
    assertThat(foundUtf8(utf8, 2, utf8.length)).containsExactly("PERSON_NAME 9 24", "POSTAL_ADDRESS 26 54");
  }

  @Test
  void findsAValueAsJsonSerialisersEscapeIt() {
    known.add("Zoë O'Brien", "PERSON_NAME");
    known.add("Ana \"Nani\" Silva", "PERSON_NAME");

    assertThat(found("{\"name\":\"Zoë O'Brien\"}")).containsExactly("PERSON_NAME 9 20");
    assertThat(found("{\"name\":\"Zoë O\\u0027Brien\"}")).as("Gson").containsExactly("PERSON_NAME 9 25");
    assertThat(found("{\"name\":\"Zo\\u00EB O'Brien\"}")).as("Jackson, ESCAPE_NON_ASCII").containsExactly("PERSON_NAME 9 25");
    assertThat(found("{\"name\":\"Zo\\u00eb O'Brien\"}")).as("ensure_ascii").containsExactly("PERSON_NAME 9 25");
    assertThat(found("{\"name\":\"Zo\\u00eb O\\u0027Brien\"}")).containsExactly("PERSON_NAME 9 30");
    assertThat(found("{\"name\":\"Ana \\\"Nani\\\" Silva\"}")).as("a quote escaped").containsExactly("PERSON_NAME 9 27");
    byte[] utf8 = "{\"name\":\"Zo\\u00EB O'Brien\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(foundUtf8(utf8, 0, utf8.length)).containsExactly("PERSON_NAME 9 25");
  }

  @Test
  void reportsTheLongestValueAtAStart() {
    known.add("Jane", "PERSON_NAME");
    known.add("Jane Doe", "PERSON_NAME");
    known.add("Doe Street", "POSTAL_ADDRESS");

    assertThat(found("to Jane Doe Street")).containsExactly("PERSON_NAME 3 11", "POSTAL_ADDRESS 8 18");
    assertThat(found("to Jane only")).containsExactly("PERSON_NAME 3 7");
  }

  @Test
  void takesOnlyValuesThatCanBeFoundSafely() {
    assertThat(known.add("Bob", "PERSON_NAME")).as("too short").isFalse();
    assertThat(known.add("x".repeat(KnownValues.MAX_LENGTH + 1), "OTHER")).as("too long").isFalse();
    assertThat(known.add(" ".repeat(KnownValues.MAX_LENGTH) + "Jane Padded" + " ".repeat(KnownValues.MAX_LENGTH), "OTHER"))
        .as("too long before stripping").isFalse();
    assertThat(known.add("(Jane)", "PERSON_NAME")).as("not a letter at its ends").isFalse();
    assertThat(known.add("  Anna Li \n", "PERSON_NAME")).as("white space is left out").isTrue();
    assertThat(known.isEmpty()).isFalse();
    assertThat(found("for Anna Li.")).containsExactly("PERSON_NAME 4 11");
    assertThatThrownBy(() -> known.add("Jane Doe", "PERSON NAME")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an entity id: PERSON NAME");
  }

  @Test
  void takesNoValueWhosePlaceholderWouldBreakJson() {
    assertThat(known.add("2048", "POSTAL_ADDRESS")).as("a postcode").isFalse();
    assertThat(known.add("1000", "PAYMENT_CARD")).as("a card's last four digits").isFalse();
    assertThat(known.add("12.50", "OTHER")).isFalse();
    assertThat(known.add("6e10", "OTHER")).isFalse();
    assertThat(known.add("null", "PERSON_NAME")).as("String.valueOf(null)").isFalse();
    assertThat(known.add("true", "OTHER")).isFalse();
    assertThat(known.add("none", "OTHER")).as("\"tool_choice\":\"none\"").isFalse();
    assertThat(known.add("user", "OTHER")).as("\"role\":\"user\"").isFalse();
    assertThat(known.add("unknown", "PERSON_NAME")).isFalse();
    assertThat(known.isEmpty()).isTrue();
    assertThat(known.add("Will", "PERSON_NAME")).as("a capitalised name").isTrue();
    assertThat(known.add("jane doe", "PERSON_NAME")).as("two words").isTrue();
    assertThat(known.add("jürgen", "PERSON_NAME")).as("not ASCII alone").isTrue();
    assertThat(known.add("42 Canary Wharf Road", "POSTAL_ADDRESS")).isTrue();
    assertThat(known.add("10115-4242", "POSTAL_ADDRESS")).as("not a JSON number").isTrue();
    assertThat(known.add("Nullah", "PERSON_NAME")).isTrue();

    assertThat(found("{\"max_tokens\":2048,\"seed\":1000,\"stop\":null,\"tool_choice\":\"none\",\"to\":\"42 Canary Wharf Road\"}"))
        .containsExactly("POSTAL_ADDRESS 70 90");
  }

  @Test
  void anEmptyRegistryFindsNothing() {
    assertThat(known.isEmpty()).isTrue();
    assertThat(found("Jane Doe")).isEmpty();
  }

  @Test
  void forgetsTheOlderHalfWhenFullAndKeepsWhatIsAddedAgain() {
    KnownValues small = KnownValues.withCapacity(10);
    for (int i = 0; i < 15; i++) {
      small.add("customer" + i, "OTHER");
      small.add("customer0", "OTHER"); // in use all along
    }
    List<String> found = new ArrayList<>();
    small.find("customer0 customer3 customer9 customer14", (type, start, end) -> found.add(start + ""));
    assertThat(found).containsExactly("0", "20", "30");
  }

  @Test
  void keepsNoValueOnlyFingerprints() throws Exception {
    String value = "Jane Canary-Doe";
    known.add(value, "PERSON_NAME");

    for (Object reachable : reachableFrom(known)) {
      if (reachable instanceof String text) {
        assertThat(text).doesNotContain("Canary");
      } else if (reachable instanceof char[] chars) {
        assertThat(new String(chars)).doesNotContain("Canary");
      } else if (reachable instanceof byte[] bytes) {
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Canary");
      }
    }
  }

  @Test
  void aValueOfANewTypeAddedWhileASearchRunsIsReportedWithItsType() {
    known.add("Someone With A Long Enough Name", "OTHER");
    String text = "for Nadia Newtype-Canary";
    // the search reads the text a char at a time: the value, of a type not seen before, is added
    // after the search began, as another thread would
    CharSequence racing = new CharSequence() {
      private boolean added;

      @Override
      public char charAt(int index) {
        if (!added) {
          added = true;
          known.add("Nadia Newtype-Canary", "PERSON_NAME");
        }
        return text.charAt(index);
      }

      @Override
      public int length() {
        return text.length();
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
      }

      @Override
      public String toString() {
        return text;
      }
    };
    List<String> found = new ArrayList<>();

    known.find(racing, (type, start, end) -> found.add(type + " " + start + " " + end));

    assertThat(found).containsExactly("PERSON_NAME 4 24");
  }

  @Test
  void aListOfNumbersIsReadAboutOnceWhenValuesStartWithDigits() {
    known.add("42 Canary Wharf Road", "POSTAL_ADDRESS");
    known.add("1" + "0".repeat(KnownValues.MAX_LENGTH - 1), "OTHER");
    StringBuilder numbers = new StringBuilder("[");
    for (int i = 0; numbers.length() < 100_000; i++) {
      numbers.append(i % 2 == 0 ? "-0." : "0.").append(4_200_000 + 37 * i).append(',');
    }
    String text = numbers.append("42 Canary Wharf Road]").toString();
    int[] reads = new int[1];
    CharSequence counting = new CharSequence() {
      @Override
      public char charAt(int index) {
        reads[0]++;
        return text.charAt(index);
      }

      @Override
      public int length() {
        return text.length();
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
      }
    };
    List<String> found = new ArrayList<>();

    known.find(counting, (type, start, end) -> found.add(type + " " + (text.length() - end)));

    assertThat(found).containsExactly("POSTAL_ADDRESS 1");
    // every digit after a '.', '-' or ',' starts a word; each used to be hashed as far as the longest value
    assertThat(reads[0]).isLessThan(4 * text.length());
  }

  @Test
  void aValueAddedAgainWaitsForNoWriter() throws Exception {
    known.add("Jane Doe", "PERSON_NAME");
    Field lockField = KnownValues.class.getDeclaredField("lock");
    lockField.setAccessible(true);
    Object lock = lockField.get(known);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread writer = new Thread(() -> {
      synchronized (lock) {
        held.countDown();
        awaitQuietly(release);
      }
    });
    writer.start();
    held.await();
    try {
      // the woven code of every @Sensitive field write calls this: the same customer again must not queue
      CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(() -> known.add("Jane Doe", "PERSON_NAME"));
      assertThat(again.get(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      writer.join();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<String> found(String text) {
    List<String> found = new ArrayList<>();
    known.find(text, (type, start, end) -> found.add(type + " " + start + " " + end));
    return found;
  }

  private List<String> foundUtf8(byte[] utf8, int from, int to) {
    List<String> found = new ArrayList<>();
    known.findUtf8(utf8, from, to, (type, start, end) -> found.add(type + " " + start + " " + end));
    return found;
  }

  /** Every object reachable from {@code root} through fields of this package's classes and arrays. */
  private static List<Object> reachableFrom(Object root) throws IllegalAccessException {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty()) {
      Object next = pending.remove(pending.size() - 1);
      if (next == null || seen.put(next, Boolean.TRUE) != null) {
        continue;
      }
      if (next.getClass().isArray() && !next.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(next); i++) {
          pending.add(Array.get(next, i));
        }
      } else if (next.getClass().getPackageName().equals(KnownValues.class.getPackageName())) {
        for (Class<?> type = next.getClass(); type != Object.class; type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
              field.setAccessible(true);
              pending.add(field.get(next));
            }
          }
        }
      }
    }
    return new ArrayList<>(seen.keySet());
  }
}
