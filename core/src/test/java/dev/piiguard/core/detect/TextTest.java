package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextTest {
  private static Text of(String text) {
    Text view = new Text();
    view.reset(text, 0, text.length());
    return view;
  }

  private static Text ofUtf8(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Text view = new Text();
    view.reset(utf8, 0, utf8.length);
    return view;
  }

  @Test
  void codePointAtDecodesTheSequenceStartingThereAndUnitsOfGivesItsLength() {
    Text bytes = ofUtf8("a\u00a0\u202fé");
    assertThat(bytes.codePointAt(0)).isEqualTo('a');
    assertThat(bytes.codePointAt(1)).isEqualTo(0xA0);
    assertThat(bytes.codePointAt(2)).as("a continuation byte starts nothing").isEqualTo(-1);
    assertThat(bytes.codePointAt(3)).isEqualTo(0x202F);
    assertThat(bytes.codePointAt(6)).isEqualTo(0xE9);
    assertThat(bytes.codePointAt(8)).as("past the end").isEqualTo(-1);
    assertThat(bytes.unitsOf(0xA0)).isEqualTo(2);
    assertThat(bytes.unitsOf(0x202F)).isEqualTo(3);
    assertThat(bytes.unitsOf('a')).isEqualTo(1);
    Text chars = of("a\u00a0\u202f");
    assertThat(chars.codePointAt(2)).isEqualTo(0x202F);
    assertThat(chars.unitsOf(0x202F)).isEqualTo(1);
  }

  @Test
  void codePointAtRejectsSequencesCutShort() {
    for (byte[] broken : new byte[][] {
      {(byte) 0xE2, (byte) 0x80}, {(byte) 0xE2, 'a', (byte) 0xAF}, {(byte) 0xF0, (byte) 0x9F,
      (byte) 0x98}, {(byte) 0xC2}, {(byte) 0x98}, {(byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80}}) {
      Text text = new Text();
      text.reset(broken, 0, broken.length);
      assertThat(text.codePointAt(0)).isEqualTo(-1);
    }
  }

  @Test
  void codePointsOutsideTheBasicMultilingualPlaneAreReadWholeInBothForms() {
    String phone = "a\uD83D\uDCDE"; // a📞
    byte[] utf8 = phone.getBytes(StandardCharsets.UTF_8);
    Text bytes = new Text();
    bytes.reset(utf8, 0, utf8.length);
    assertThat(bytes.codePointAt(1)).isEqualTo(0x1F4DE);
    assertThat(bytes.codePointStartBefore(5)).isEqualTo(1);
    Text chars = of(phone);
    assertThat(chars.codePointAt(1)).isEqualTo(0x1F4DE);
    assertThat(chars.codePointAt(2)).as("a lone low surrogate as is").isEqualTo(0xDCDE);
    assertThat(chars.codePointStartBefore(3)).isEqualTo(1);
    assertThat(bytes.unitsOf(0x1F4DE)).isEqualTo(4);
    assertThat(chars.unitsOf(0x1F4DE)).isEqualTo(2);
    assertThat(of("\uD83D").codePointAt(0)).as("a lone high surrogate as is").isEqualTo(0xD83D);
  }

  @Test
  void escapeEndCoversEveryJsonEscapeAndNothingElse() {
    for (String escape : new String[] {"\\n", "\\r", "\\t", "\\b", "\\f", "\\\"", "\\\\", "\\/"}) {
      assertThat(of("x" + escape + "y").escapeEnd(1)).as(escape).isEqualTo(3);
    }
    assertThat(of("x\\u00e9y").escapeEnd(1)).isEqualTo(7);
    for (String notAnEscape : new String[] {"\\a", "\\x", "\\u00g9", "\\u00", "\\"}) {
      assertThat(of("x" + notAnEscape).escapeEnd(1)).as(notAnEscape).isEqualTo(-1);
    }
    assertThat(of("xy").escapeEnd(1)).isEqualTo(-1);
  }

  @Test
  void anEscapeOfACharacterOfItsOwnTakesEveryBackslashBeforeItsLetter() {
    // JSON inside a JSON string doubles the backslash of each escape: \\n is a line break there
    for (int backslashes = 1; backslashes <= 4; backslashes++) {
      String text = "a" + "\\".repeat(backslashes) + "nb";
      assertThat(of(text).endsEscape(backslashes + 1)).as(text).isTrue();
      assertThat(of(text).escapeEnd(1)).as(text).isEqualTo(backslashes + 2);
      assertThat(of(text).escapeEnd(backslashes)).as(text).isEqualTo(backslashes + 2);
      assertThat(of(text).isLineBreakEscape(1)).as(text).isTrue();
    }
    assertThat(of("a\\\\u00a0b").escapeEnd(1)).isEqualTo(8);
    assertThat(of("a\\\\u00a0b").escapeEnd(2)).isEqualTo(8);
    assertThat(of("a\\\\u00a0b").endsEscape(7)).isTrue();
    assertThat(of("a\\\\tb").isLineBreakEscape(1)).isFalse();
    assertThat(of("a\\\\xb").escapeEnd(2)).as("\\x is no escape").isEqualTo(-1);
  }

  @Test
  void unicodeEscapeAtGivesTheCodePointOfAUnicodeEscapeOnly() {
    assertThat(of("1\\u00A02").unicodeEscapeAt(1)).isEqualTo(0xA0);
    assertThat(of("1\\\\u202f2").unicodeEscapeAt(1)).isEqualTo(0x202F);
    assertThat(of("1\\u202f2").unicodeEscapeAt(0)).isEqualTo(-1);
    assertThat(of("u00\\b2").unicodeEscapeAt(3)).as("a control escape").isEqualTo(-1);
    assertThat(of("1\\u20g02").unicodeEscapeAt(1)).isEqualTo(-1);
  }

  @Test
  void foldedLetterReadsLatin1LettersTheSameInCharsAndUtf8() {
    String text = "aÉ×ß-";
    Text utf8 = ofUtf8(text);
    Text chars = of(text);
    assertThat(chars.foldedLetter(0)).isEqualTo('a');
    assertThat(chars.foldedLetter(1)).isEqualTo('e');
    assertThat(chars.foldedLetter(2)).as("× is a sign").isEqualTo(-1);
    assertThat(chars.foldedLetter(3)).as("ß stands for no one letter").isEqualTo('*');
    assertThat(chars.foldedLetter(4)).isEqualTo(-1);
    assertThat(utf8.foldedLetter(1)).as("the first byte of É adds nothing").isZero();
    assertThat(utf8.foldedLetter(2)).isEqualTo('e');
    assertThat(utf8.foldedLetter(3)).as("the first byte of ×").isEqualTo(-1);
    assertThat(utf8.foldedLetter(4)).isEqualTo(-1);
    assertThat(utf8.foldedLetter(5)).isZero();
    assertThat(utf8.foldedLetter(6)).isEqualTo('*');
    assertThat(ofUtf8("\u00a9").foldedLetter(1)).as("a byte after C2, not C3").isEqualTo(-1);
  }

  @Test
  void aLetterWrittenAsAJsonEscapeIsReadAtItsLastUnit() {
    Text text = of("T\\u00e9l");
    assertThat(text.foldedLetter(0)).isEqualTo('t');
    for (int i = 1; i < 6; i++) {
      assertThat(text.foldedLetter(i)).as("unit %d adds nothing", i).isZero();
    }
    assertThat(text.foldedLetter(6)).isEqualTo('e');
    assertThat(text.matchesFolded(0, 8, "tel")).isTrue();
    assertThat(of("x\\\\u00C9").foldedLetter(7)).as("doubled backslash, capitals").isEqualTo('e');
    assertThat(of("\\u0041").foldedLetter(5)).as("an ASCII letter").isEqualTo('a');
    assertThat(of("\\u0041").foldedLetter(4)).as("its other digits add nothing").isZero();
    assertThat(of("\\u0041").foldedLetter(3)).isZero();
    assertThat(of("u1234").foldedLetter(4)).as("no backslash before the u").isEqualTo(-1);
    assertThat(of("a\\u00a0b").foldedLetter(2)).as("a no-break space is no letter").isEqualTo(-1);
    assertThat(of("a\\u00a0b").foldedLetter(5)).isEqualTo(-1);
    assertThat(of("ue9").foldedLetter(0)).as("no escape").isEqualTo('u');
    assertThat(of("cafe").foldedLetter(3)).isEqualTo('e');
    Text beyondLatin1 = of("\\u200bphone");
    for (int i = 0; i < 6; i++) {
      assertThat(beyondLatin1.foldedLetter(i)).as("unit %d of a zero-width space", i).isEqualTo(-1);
    }
    Text afterU = of("zur\\u00fcck");
    assertThat(afterU.foldedLetter(4)).as("the u of the escape").isZero();
    assertThat(afterU.foldedLetter(5)).as("a 0 with another u before the backslash").isZero();
    assertThat(afterU.foldedLetter(6)).isZero();
    assertThat(afterU.foldedLetter(8)).isEqualTo('u');
    assertThat(afterU.matchesFolded(0, 11, "zuruck")).isTrue();
    assertThat(of("num\\u00e9ro").matchesFolded(0, 11, "numero")).isTrue();
  }

  @Test
  void matchesFoldedComparesEveryLetterAndTheLength() {
    assertThat(ofUtf8("Tél").matchesFolded(0, 4, "tel")).isTrue();
    assertThat(of("Tél").matchesFolded(0, 3, "tel")).isTrue();
    assertThat(of("Te").matchesFolded(0, 2, "tel")).as("shorter").isFalse();
    assertThat(of("Tele").matchesFolded(0, 4, "tel")).as("longer").isFalse();
    assertThat(of("Tal").matchesFolded(0, 3, "tel")).isFalse();
  }

  @Test
  void unicodeEscapeStartEndingAtFindsTheFirstBackslash() {
    assertThat(of("a\\u00e9b").unicodeEscapeStartEndingAt(6)).isEqualTo(1);
    assertThat(of("a\\\\u00e9b").unicodeEscapeStartEndingAt(7)).isEqualTo(1);
    assertThat(of("a\\u00e9b").unicodeEscapeStartEndingAt(5)).isEqualTo(-1);
    assertThat(of("au00e9b").unicodeEscapeStartEndingAt(5)).isEqualTo(-1);
    String many = "\\".repeat(12) + "u00e9";
    assertThat(of(many).unicodeEscapeStartEndingAt(many.length() - 1)).isEqualTo(4);
  }

  @Test
  void endsEscapeIsTrueOnlyAtTheLastUnitOfAnEscape() {
    Text text = of("x\\u00a0y\\nz");
    for (int i = 0; i < 12; i++) {
      assertThat(text.endsEscape(i)).as("index %d", i).isEqualTo(i == 6 || i == 9);
    }
    assertThat(of("nab").endsEscape(0)).isFalse();
  }

  @Test
  void escapeEndCoveringFindsTheEscapeAroundAnyOfItsHexDigits() {
    Text text = of("ab\\u003c203");
    assertThat(text.escapeEndCovering(2)).isEqualTo(-1);
    assertThat(text.escapeEndCovering(3)).isEqualTo(-1);
    for (int hex = 4; hex <= 7; hex++) {
      assertThat(text.escapeEndCovering(hex)).as("index %d", hex).isEqualTo(8);
    }
    assertThat(text.escapeEndCovering(8)).isEqualTo(-1);
    assertThat(of("\\u0zz1").escapeEndCovering(2)).isEqualTo(-1);
    assertThat(of("u0041").escapeEndCovering(1)).isEqualTo(-1);
  }

  @Test
  void beforeReadsTheEndOfAnEscapeAsASpaceOnEveryPath() {
    String raw = "a\\nb\\u00e9c";
    byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
    Text bytes = new Text();
    bytes.reset(utf8, 0, utf8.length);
    Text chars = new Text();
    chars.reset(new StringBuilder(raw), 0, raw.length());
    for (Text text : new Text[] {of(raw), bytes, chars}) {
      assertThat(text.before(3)).isEqualTo(' ');
      assertThat(text.before(10)).isEqualTo(' ');
      assertThat(text.before(1)).isEqualTo('a');
      assertThat(text.before(0)).isEqualTo(-1);
      assertThat(text.isLineBreakEscape(1)).isTrue();
      assertThat(text.isLineBreakEscape(4)).isFalse();
    }
  }
}
