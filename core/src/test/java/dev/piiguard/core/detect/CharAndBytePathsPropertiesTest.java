package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CharAndBytePathsPropertiesTest {
  private static final String[] PIECES = {
    "jane@example.com", "4111 1111 1111 1111", "GB82WEST12345698765432", "123-45-6789",
    "192.168.0.1", "fe80::1", "+1 415 555 2671", "(415) 555-2671", "AKIAIOSFODNN7EXAMPLE",
    "Tel: 020 7946 0958", "SSN 123456789", "the", "order", "card", "12", "2024-05-01",
    "1700000000000", " ", " ", ", ", ".", "\n", "é", "日本語", "😀", "ü@x.de", "naïve@café.fr",
    "-", "_", ":", "(", ")", "+", "@", "0", "99", "x", "\u00a0", "\u202f", "\u2013", "\\u00a0",
    "\\\\n", "Tél. ", "Móvil: ", "4111"
  };
  private static final ScanEngine WITH_CUSTOM = ScanEngine.create(true,
      List.of(CustomPattern.of("WORD_CAFE", "caf\\p{L}"), CustomPattern.of("DIGITS", "\\d{3,}")),
      List.of());

  @Property(tries = 500)
  void bytePathFindsExactlyWhatTheCharPathFinds(@ForAll("texts") String text) {
    assertThat(Detected.in(text)).isNotNull();
    assertThat(Detected.in(WITH_CUSTOM, text)).isNotNull();
  }

  @Property(tries = 500)
  void findingsAreSortedAndNeverOverlap(@ForAll("texts") String text) {
    List<int[]> spans = new ArrayList<>();
    WITH_CUSTOM.scan(text, (type, start, end) -> spans.add(new int[] {start, end}));
    for (int i = 0; i < spans.size(); i++) {
      assertThat(spans.get(i)[1]).isGreaterThan(spans.get(i)[0]);
      if (i > 0) {
        assertThat(spans.get(i)[0]).isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
      }
    }
  }

  @Property(tries = 200)
  void aStringBuilderIsScannedLikeAString(@ForAll("texts") String text) {
    List<String> fromString = new ArrayList<>();
    WITH_CUSTOM.scan(text, (type, start, end) -> fromString.add(type + start + ":" + end));
    List<String> fromBuilder = new ArrayList<>();
    WITH_CUSTOM.scan(new StringBuilder(text),
        (type, start, end) -> fromBuilder.add(type + start + ":" + end));

    assertThat(fromBuilder).isEqualTo(fromString);
  }

  @Property(tries = 200)
  void scanningASliceOfBytesReportsIndexesIntoTheArray(@ForAll("texts") String text) {
    byte[] inner = text.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[inner.length + 10];
    System.arraycopy(inner, 0, padded, 5, inner.length);
    List<String> direct = new ArrayList<>();
    Detected.ENGINE.scanUtf8(inner, 0, inner.length,
        (type, start, end) -> direct.add(type + (start + 5) + ":" + (end + 5)));
    List<String> sliced = new ArrayList<>();
    Detected.ENGINE.scanUtf8(padded, 5, inner.length,
        (type, start, end) -> sliced.add(type + start + ":" + end));

    assertThat(sliced).isEqualTo(direct);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(25)
        .map(pieces -> String.join("", pieces));
  }
}
