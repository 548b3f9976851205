package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PendingFindingsTest {
  private final List<String> released = new ArrayList<>();
  private final PendingFindings pending = new PendingFindings();

  /** Offsets are into a text of one-unit characters here: lengths are differences of offsets. */
  private static Text asciiText() {
    String text = "x".repeat(200);
    Text view = new Text();
    view.reset(text, 0, text.length());
    return view;
  }

  @BeforeEach
  void begin() {
    pending.begin((type, start, end) -> released.add(type + " " + start + ":" + end), asciiText());
  }

  @Test
  void matchesAreReleasedInOrderOfStartWhateverOrderTheyCameIn() {
    pending.offer("C", 40, 45, 0);
    pending.offer("A", 0, 5, 0);
    pending.offer("E", 80, 85, 0);
    pending.offer("B", 20, 25, 0);
    pending.offer("D", 60, 65, 0);
    pending.offer("F", 100, 105, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("A 0:5", "B 20:25", "C 40:45", "D 60:65", "E 80:85",
        "F 100:105");
    assertThat(pending.isEmpty()).isTrue();
  }

  @Test
  void manyDisjointMatchesAreAllKept() {
    for (int start = 990; start >= 0; start -= 10) {
      pending.offer("X", start, start + 5, 0);
    }

    pending.releaseAll();

    assertThat(released).hasSize(100).startsWith("X 0:5", "X 10:15").endsWith("X 990:995");
  }

  @Test
  void matchesThatOnlyTouchBothStay() {
    pending.offer("B", 5, 10, 0);
    pending.offer("A", 0, 5, 0);
    pending.offer("C", 10, 15, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("A 0:5", "B 5:10", "C 10:15");
  }

  @Test
  void theLongerOfTwoOverlappingMatchesWinsWhicheverCameFirst() {
    pending.offer("SHORT", 2, 6, 0);
    pending.offer("LONG", 0, 8, 1);
    pending.offer("SHORTER", 5, 7, 0);
    pending.offer("LATE_SHORT", 7, 9, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("LONG 0:8");
  }

  @Test
  void aLongerMatchReplacesEveryShorterOneItOverlaps() {
    pending.offer("BEFORE", 0, 3, 0);
    pending.offer("A", 4, 8, 0);
    pending.offer("B", 9, 12, 0);
    pending.offer("C", 13, 16, 0);
    pending.offer("AFTER", 20, 23, 0);

    pending.offer("LONG", 5, 15, 0);
    pending.offer("NEXT", 30, 33, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("BEFORE 0:3", "LONG 5:15", "AFTER 20:23", "NEXT 30:33");
  }

  @Test
  void aMatchThatLosesToAnyOneItOverlapsIsDropped() {
    pending.offer("A", 0, 4, 0);
    pending.offer("B", 6, 16, 0);

    pending.offer("MIDDLE", 2, 10, 0);
    pending.releaseAll();

    assertThat(released).containsExactly("A 0:4", "B 6:16");
  }

  @Test
  void atEqualLengthTheLowerRankWins() {
    pending.offer("CUSTOM", 0, 10, 2);
    pending.offer("BUILT_IN", 3, 13, 0);
    pending.offer("OTHER_CUSTOM", 12, 22, 1);

    pending.releaseAll();

    assertThat(released).containsExactly("BUILT_IN 3:13");
  }

  @Test
  void atEqualLengthAndRankTheEarlierMatchWins() {
    pending.offer("LATER", 3, 13, 0);
    pending.offer("EARLIER", 0, 10, 0);
    pending.offer("LATEST", 12, 22, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("EARLIER 0:10", "LATEST 12:22");
  }

  @Test
  void ofTwoMatchesOfTheSameSpanAndRankTheOneOfferedFirstStays() {
    pending.offer("FIRST", 0, 10, 0);
    pending.offer("SECOND", 0, 10, 0);

    pending.releaseAll();

    assertThat(released).containsExactly("FIRST 0:10");
  }

  @Test
  void releasingUpToALimitReleasesExactlyTheMatchesEndingThereOrBefore() {
    pending.offer("A", 0, 5, 0);
    pending.offer("B", 6, 10, 0);
    pending.offer("C", 10, 12, 0);
    pending.offer("D", 20, 30, 0);

    pending.releaseUpTo(9);
    assertThat(released).containsExactly("A 0:5");
    pending.releaseUpTo(12);
    assertThat(released).containsExactly("A 0:5", "B 6:10", "C 10:12");
    assertThat(pending.isEmpty()).isFalse();

    pending.offer("E", 25, 40, 0);
    pending.releaseAll();
    assertThat(released).containsExactly("A 0:5", "B 6:10", "C 10:12", "E 25:40");
  }

  @Test
  void releasingBeforeTheFirstEndReleasesNothingAndKeepsEverything() {
    pending.offer("A", 3, 8, 0);
    pending.offer("B", 10, 12, 0);

    pending.releaseUpTo(7);
    assertThat(released).isEmpty();
    assertThat(pending.isEmpty()).isFalse();

    pending.releaseAll();
    assertThat(released).containsExactly("A 3:8", "B 10:12");
  }

  @Test
  void aNewScanStartsEmpty() {
    pending.offer("OLD", 0, 5, 0);
    pending.clear();
    List<String> next = new ArrayList<>();

    pending.begin((type, start, end) -> next.add(type), asciiText());
    assertThat(pending.isEmpty()).isTrue();
    pending.offer("NEW", 2, 3, 0);
    pending.releaseAll();

    assertThat(next).containsExactly("NEW");
    assertThat(released).isEmpty();
  }

  @Test
  void lengthsAreCountedInCharactersNotUnits() {
    byte[] utf8 = "fe80::1\u00fc@x.de".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Text bytes = new Text();
    bytes.reset(utf8, 0, utf8.length);
    pending.begin((type, start, end) -> released.add(type + " " + start + ":" + end), bytes);
    pending.offer("IP", 0, 7, 0);
    pending.offer("EMAIL", 6, 14, 0); // seven characters in eight bytes: a tie, the earlier wins
    pending.releaseAll();
    assertThat(released).containsExactly("IP 0:7");
  }

  @Test
  void aLongCandidateOverManyShortOnesIsMeasuredOnce() {
    ReadTrackingText text = new ReadTrackingText("x".repeat(100_000));
    Text view = new Text();
    view.reset(text, 0, text.length());
    pending.begin((type, start, end) -> released.add(type), view);
    for (int start = 0; start < 100_000; start += 100) {
      pending.offer("SHORT", start, start + 5, 0);
    }
    pending.offer("LONG", 0, 100_000, 1);
    pending.releaseAll();
    assertThat(released).containsExactly("LONG");
    assertThat(text.reads()).isLessThan(300_000);
  }

  @Test
  void aMatchComesBackWhenTheOneThatBeatItLosesToAThird() {
    // badge EMP-123456 jane.doe.smith@example.com: the handle beats the id, the e-mail the handle
    String[][] orders = {
      {"ID", "HANDLE", "EMAIL"}, {"HANDLE", "ID", "EMAIL"}, {"EMAIL", "HANDLE", "ID"},
      {"HANDLE", "EMAIL", "ID"}, {"ID", "EMAIL", "HANDLE"}, {"EMAIL", "ID", "HANDLE"},
    };
    for (String[] order : orders) {
      released.clear();
      pending.begin((type, start, end) -> released.add(type + " " + start + ":" + end),
          asciiText());
      for (String type : order) {
        switch (type) {
          case "ID" -> pending.offer("ID", 6, 16, 1);
          case "HANDLE" -> pending.offer("HANDLE", 10, 21, 2);
          default -> pending.offer("EMAIL", 17, 43, 0);
        }
      }
      pending.releaseAll();
      assertThat(released).as(String.join(", ", order)).containsExactly("ID 6:16", "EMAIL 17:43");
    }
  }

  @Test
  void aGroupIsReleasedOnlyWhenItsLastMemberEndsWithinTheLimit() {
    pending.offer("SHORT", 0, 4, 0);
    pending.offer("LONGER", 3, 9, 0);
    pending.releaseUpTo(5);
    assertThat(released).isEmpty();

    pending.offer("LONGEST", 8, 20, 0); // beats LONGER, so SHORT comes back
    pending.releaseUpTo(20);
    assertThat(released).containsExactly("SHORT 0:4", "LONGEST 8:20");
  }

  @Test
  void theResultDoesNotDependOnTheOrderCandidatesCameIn() {
    java.util.Random random = new java.util.Random(18);
    for (int round = 0; round < 2_000; round++) {
      List<int[]> candidates = new ArrayList<>();
      int size = 1 + random.nextInt(9);
      java.util.Set<String> spans = new java.util.HashSet<>();
      for (int c = 0; c < size; c++) {
        int start = random.nextInt(60);
        int[] candidate = {start, start + 1 + random.nextInt(12), random.nextInt(3), c};
        if (spans.add(candidate[0] + ":" + candidate[1] + ":" + candidate[2])) {
          candidates.add(candidate); // the same span and rank twice: the one offered first stays
        }
      }
      List<String> expected = bestDisjoint(candidates);
      for (int shuffle = 0; shuffle < 4; shuffle++) {
        java.util.Collections.shuffle(candidates, random);
        released.clear();
        pending.begin((type, start, end) -> released.add(type + " " + start + ":" + end),
            asciiText());
        for (int[] candidate : candidates) {
          pending.offer("T" + candidate[3], candidate[0], candidate[1], candidate[2]);
        }
        pending.releaseAll();
        assertThat(released).as("round %d", round).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void queuedCandidatesAreOfferedAsTheLimitPassesThemAndCompeteLikeOthers() {
    pending.queue("CUSTOM", 2, 6, 1);
    pending.queue("CUSTOM", 30, 34, 1);
    pending.queue("CUSTOM", 50, 60, 1);
    assertThat(pending.isEmpty()).isFalse();

    pending.offer("EMAIL", 4, 12, 0); // beats the first custom match
    pending.releaseUpTo(20);
    assertThat(released).containsExactly("EMAIL 4:12");

    pending.offer("IP", 31, 33, 0); // loses to the second, queued until the limit passed it
    pending.releaseUpTo(40);
    assertThat(released).containsExactly("EMAIL 4:12", "CUSTOM 30:34");

    pending.releaseAll();
    assertThat(released).containsExactly("EMAIL 4:12", "CUSTOM 30:34", "CUSTOM 50:60");
    assertThat(pending.isEmpty()).isTrue();
  }

  @Test
  void queuingOutOfOrderIsRefused() {
    pending.queue("CUSTOM", 10, 12, 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pending.queue("CUSTOM", 5, 8, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongChainOfOverlapsIsResolvedInOnePass() {
    for (int start = 0; start < 200_000; start += 10) {
      pending.offer("A", start, start + 12, 1); // each overlaps the next
    }
    pending.releaseAll();
    assertThat(released).hasSize(10_000).startsWith("A 0:12").doesNotContain("A 10:22");
  }

  /**
   * The model: of candidates {start, end, rank, offered}, keep the best (longer, lower rank,
   * earlier, offered first) that overlaps none kept, in a loop; returned in order of start.
   */
  private static List<String> bestDisjoint(List<int[]> candidates) {
    List<int[]> byMerit = new ArrayList<>(candidates);
    byMerit.sort(java.util.Comparator.comparingInt((int[] c) -> c[0] - c[1])
        .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[3]));
    List<int[]> kept = new ArrayList<>();
    for (int[] candidate : byMerit) {
      if (kept.stream().allMatch(k -> k[1] <= candidate[0] || candidate[1] <= k[0])) {
        kept.add(candidate);
      }
    }
    kept.sort(java.util.Comparator.comparingInt(c -> c[0]));
    List<String> names = new ArrayList<>();
    for (int[] k : kept) {
      names.add("T" + k[3] + " " + k[0] + ":" + k[1]);
    }
    return names;
  }
}
