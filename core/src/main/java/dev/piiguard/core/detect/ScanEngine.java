package dev.piiguard.core.detect;

import dev.piiguard.core.known.KnownValues;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs every detector in one pass over a text: a table of pairs of units ({@link TriggerTable})
 * marks where a value can be anchored (a digit, {@code @}, a colon after a hex digit, a character
 * of a secret prefix after the one before it there), the loop skips everything else eight bytes
 * at a time, cheap checks ({@link QuickChecks}, {@link PlainDate}) step over ordinary numbers,
 * times and dates, and the detector for the anchor validates locally around it. Matches go
 * through {@link PendingFindings}, which resolves overlaps and releases them in order.
 *
 * <p>Immutable and thread-safe; the mutable state of a scan lives in a per-thread context, so a
 * scan that finds nothing allocates nothing (custom regex detectors, when configured, allocate
 * their matchers).
 */
public final class ScanEngine {
  private static final int DIGIT = TriggerTable.DIGIT;
  private static final int AT = TriggerTable.AT;
  private static final int COLON = TriggerTable.COLON;
  private static final int SECRET = TriggerTable.SECRET;
  private static final int ESCAPE = TriggerTable.ESCAPE;
  private static final int ENCODED_AT = TriggerTable.ENCODED_AT;
  private static final int ENCODED_PLUS = TriggerTable.ENCODED_PLUS;
  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /**
   * The farthest a built-in detector reaches back from its anchor, in units: an e-mail's local
   * part of 64 characters of up to four UTF-8 bytes each (Georgian or Cyrillic letters take two or
   * three), an IPv6; a secret reaches back at most the length of its prefix.
   */
  static final int LOOKBEHIND = 256;

  private final boolean builtIns;
  private final boolean scanLoop;
  private final CustomPattern[] patterns;
  /** The {@link CustomMatches#nonEmptyForm} of each custom pattern. */
  private final Pattern[] nonEmptyForms;
  private final SecretDetector secrets;
  /** The role of each pair of units (see {@link TriggerTable}). */
  private final byte[] triggers;
  /** No value found at a later anchor starts farther back than this from it. */
  private final int lookbehind;
  /**
   * Whether a secret format is anchored on a digit (a user's {@code 1//}): then the digits a
   * number check steps over are checked as anchors too.
   */
  private final boolean digitSecrets;
  /** The values the application registered, or null; ranked after the custom patterns. */
  private final KnownValues known;
  private final int knownRank;

  private ScanEngine(boolean builtIns, List<CustomPattern> patterns, List<SecretFormat> secrets,
      KnownValues known) {
    this.builtIns = builtIns;
    this.known = known;
    this.patterns = patterns.toArray(new CustomPattern[0]);
    this.nonEmptyForms = new Pattern[this.patterns.length];
    for (int k = 0; k < this.patterns.length; k++) {
      nonEmptyForms[k] = CustomMatches.nonEmptyForm(this.patterns[k].pattern());
    }
    this.secrets = secrets.isEmpty() ? null : new SecretDetector(secrets);
    this.scanLoop = builtIns || this.secrets != null;
    this.triggers = TriggerTable.create(builtIns, this.secrets);
    int reach = LOOKBEHIND;
    for (SecretFormat format : secrets) {
      reach = Math.max(reach, format.prefix().length());
    }
    this.lookbehind = reach;
    this.digitSecrets = this.secrets != null && anchorsOnDigits(triggers);
    this.knownRank = this.patterns.length + 1;
  }

  /**
   * Whether a secret may be anchored on a digit inside a number: after a digit or a separator
   * between digit groups (not so the bundled {@code ya29.}, anchored on the 2 after an a).
   */
  private static boolean anchorsOnDigits(byte[] triggers) {
    for (int digit = '0'; digit <= '9'; digit++) {
      for (int previous = 0; previous < 128; previous++) {
        if ((Ascii.isDigit(previous) || DigitChain.isSeparator(previous))
            && (triggers[TriggerTable.index(previous, digit)] & SECRET) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An engine with the built-in detectors (if {@code builtIns}, including the bundled secret
   * formats), the custom patterns and the extra secret formats.
   */
  public static ScanEngine create(boolean builtIns, List<CustomPattern> patterns,
      List<SecretFormat> extraSecretFormats) {
    return create(builtIns, patterns, extraSecretFormats, null);
  }

  /** As {@link #create(boolean, List, List)}, also finding the values {@code known} holds (if not null). */
  public static ScanEngine create(boolean builtIns, List<CustomPattern> patterns,
      List<SecretFormat> extraSecretFormats, KnownValues known) {
    List<SecretFormat> secrets = new ArrayList<>();
    if (builtIns) {
      secrets.addAll(SecretFormatFile.builtIn());
    }
    secrets.addAll(extraSecretFormats);
    return new ScanEngine(builtIns, List.copyOf(patterns), secrets, known);
  }

  /**
   * Reports every match in {@code text} to {@code listener}, in order, without overlaps.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public void scan(CharSequence text, MatchListener listener) {
    ScanContext context = ScanContext.acquire();
    try {
      int length = text.length();
      if (text instanceof String) {
        context.text.reset((String) text, 0, length);
      } else {
        context.text.reset(text, 0, length);
      }
      context.pending.begin(listener, context.text);
      boolean knownValues = known != null && !known.isEmpty();
      if (patterns.length > 0) {
        offerCustomMatches(context, text, null, knownValues ? sink -> known.find(text, sink) : null);
      } else if (knownValues) {
        known.find(text, context.knownValueQueue.ranked(knownRank));
      }
      if (scanLoop) {
        if (text instanceof String) {
          scanString(context, (String) text, length);
        } else {
          scanChars(context, text, length);
        }
      }
      context.pending.releaseAll();
    } finally {
      context.release();
    }
  }

  /**
   * Reports every match in the UTF-8 bytes, with offsets that are indexes into {@code utf8}.
   *
   * @throws RegexBudgetExceededException if a custom regex backtracks catastrophically on the text
   */
  public void scanUtf8(byte[] utf8, int offset, int length, MatchListener listener) {
    ScanContext context = ScanContext.acquire();
    try {
      context.text.reset(utf8, offset, offset + length);
      context.pending.begin(listener, context.text);
      boolean knownValues = known != null && !known.isEmpty();
      if (patterns.length > 0) {
        Utf8Chars chars = Utf8Chars.decode(utf8, offset, length);
        offerCustomMatches(context, chars, chars,
            knownValues ? sink -> known.findUtf8(utf8, offset, offset + length, sink) : null);
      } else if (knownValues) {
        known.findUtf8(utf8, offset, offset + length, context.knownValueQueue.ranked(knownRank));
      }
      if (scanLoop) {
        scanBytes(context, utf8, offset, offset + length);
      }
      context.pending.releaseAll();
    } finally {
      context.release();
    }
  }

  // The three loops below are the same loop over three representations, kept separate so that
  // each reads its input directly: the JIT compiles a tight loop per representation. The loop
  // stops only where the trigger table says a pair of units may anchor a value; chars are clamped
  // to 0xFF, which the table treats like any other non-ASCII unit. The detectors and checks read
  // the input itself.

  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char
  private void scanString(ScanContext context, String text, int end) {
    byte[] table = triggers;
    byte[] chunk = context.chunk;
    int i = 0;
    int previous = TriggerTable.NONE;
    while (i < end) {
      // Copy a chunk of the chars' low bytes (an array copy for a Latin-1 string) and skip
      // through it as through UTF-8 bytes. A char above 0xFF may pass for another unit there,
      // which can only add stops (see TriggerTable), so each stop is checked on the String.
      int chunkStart = i;
      int chunkEnd = Math.min(end, chunkStart + chunk.length);
      text.getBytes(chunkStart, chunkEnd, chunk, 0);
      int chunkLength = chunkEnd - chunkStart;
      while (i < chunkEnd) {
        int k = skipQuietWords(table, chunk, i - chunkStart, chunkLength, previous);
        if (k > i - chunkStart) {
          previous = chunk[k - 1] & 0xFF;
        }
        int role = 0;
        for (; k < chunkLength; k++) {
          int current = chunk[k] & 0xFF;
          role = table[TriggerTable.index(previous, current)];
          if (role != 0) {
            break;
          }
          previous = current;
        }
        i = chunkStart + k;
        if (k == chunkLength) {
          break;
        }
        role = table[TriggerTable.index(i > 0 ? Math.min(text.charAt(i - 1), 0xFF)
            : TriggerTable.NONE, TriggerTable.unitOf(text.charAt(i)))];
        if (role == TriggerTable.JOINED_DIGIT && !(i >= 2 && Ascii.isDigit(text.charAt(i - 2)))) {
          role = TriggerTable.DIGIT; // user_123: no first group of a card before the _
        }
        if (role == 0) {
          i++;
        } else if (role == TriggerTable.DIGIT) {
          int skip = QuickChecks.ordinaryNumberEnd(text, i, 0, end);
          if (skip > 0 && skip + 1 < end
              && QuickChecks.mayBeTypographicAfter(text.charAt(skip), text.charAt(skip + 1))
              && QuickChecks.typographicAfter(text, skip, end)) {
            skip = -1; // 06 12…, 4111&nbsp;1111…: the detectors decide
          }
          if (skip < 0) {
            skip = PlainDate.end(context.text, i);
          }
          i = skip > 0 ? steppedOver(context, i, skip) : handle(context, role, i);
        } else if (role == TriggerTable.COLON
            && (i + 1 == end || !QuickChecks.maybeIpv6After(text.charAt(i + 1))
              || !QuickChecks.colonChainMayBeIpv6(context.text, i))) {
          i++;
        } else {
          i = handle(context, role, i);
        }
        previous = i > 0 && i <= end ? text.charAt(i - 1) & 0xFF : TriggerTable.NONE;
      }
    }
  }

  private void scanChars(ScanContext context, CharSequence text, int end) {
    byte[] table = triggers;
    int i = 0;
    int previous = TriggerTable.NONE;
    while (true) {
      int role = 0;
      for (; i < end; i++) {
        int current = TriggerTable.unitOf(text.charAt(i));
        role = table[TriggerTable.index(previous, current)];
        if (role != 0) {
          break;
        }
        previous = current;
      }
      if (i >= end) {
        return;
      }
      if (role == TriggerTable.JOINED_DIGIT && !(i >= 2 && Ascii.isDigit(text.charAt(i - 2)))) {
        role = TriggerTable.DIGIT; // user_123: no first group of a card before the _
      }
      if (role == TriggerTable.DIGIT) {
        int skip = QuickChecks.ordinaryNumberEnd(text, i, 0, end);
        if (skip > 0 && skip + 1 < end
            && QuickChecks.mayBeTypographicAfter(text.charAt(skip), text.charAt(skip + 1))
            && QuickChecks.typographicAfter(text, skip, end)) {
          skip = -1;
        }
        if (skip < 0) {
          skip = PlainDate.end(context.text, i);
        }
        i = skip > 0 ? steppedOver(context, i, skip) : handle(context, role, i);
      } else if (role == TriggerTable.COLON
          && (i + 1 == end || !QuickChecks.maybeIpv6After(text.charAt(i + 1))
            || !QuickChecks.colonChainMayBeIpv6(context.text, i))) {
        i++;
      } else {
        i = handle(context, role, i);
      }
      previous = i > 0 && i <= end ? Math.min(text.charAt(i - 1), 0xFF) : TriggerTable.NONE;
    }
  }

  private void scanBytes(ScanContext context, byte[] bytes, int start, int end) {
    byte[] table = triggers;
    int i = start;
    int previous = TriggerTable.NONE;
    while (true) {
      int next = skipQuietWords(table, bytes, i, end, previous);
      if (next > i) {
        i = next;
        previous = bytes[i - 1] & 0xFF;
      }
      int role = 0;
      for (; i < end; i++) {
        int current = bytes[i] & 0xFF;
        role = table[TriggerTable.index(previous, current)];
        if (role != 0) {
          break;
        }
        previous = current;
      }
      if (i >= end) {
        return;
      }
      if (role == TriggerTable.JOINED_DIGIT && !(i - 2 >= start && Ascii.isDigit(bytes[i - 2]))) {
        role = TriggerTable.DIGIT; // user_123: no first group of a card before the _
      }
      if (role == TriggerTable.DIGIT) {
        int skip = QuickChecks.ordinaryNumberEnd(bytes, i, start, end);
        if (skip > 0 && skip + 1 < end
            && QuickChecks.mayBeTypographicAfter(bytes[skip], bytes[skip + 1])
            && QuickChecks.typographicAfter(bytes, skip, end)) {
          skip = -1;
        }
        if (skip < 0) {
          skip = PlainDate.end(context.text, i);
        }
        i = skip > 0 ? steppedOver(context, i, skip) : handle(context, role, i);
      } else if (role == TriggerTable.COLON
          && (i + 1 == end || !QuickChecks.maybeIpv6After(bytes[i + 1] & 0xFF)
            || !QuickChecks.colonChainMayBeIpv6(context.text, i))) {
        i++;
      } else {
        i = handle(context, role, i);
      }
      previous = i > start && i <= end ? bytes[i - 1] & 0xFF : TriggerTable.NONE;
    }
  }

  /**
   * Steps from {@code i} eight bytes at a time while none of their pairs (the first with
   * {@code previous}) stops the loop: one load, eight independent lookups and one branch per
   * step, where a loop over single bytes has a branch per byte. Returns where the byte-by-byte
   * loop takes over: at most seven bytes before a stop or the end.
   */
  private static int skipQuietWords(byte[] table, byte[] bytes, int i, int end, int previous) {
    int last = previous;
    int k = i;
    for (; k + 8 <= end; k += 8) {
      long word = (long) LITTLE_ENDIAN_LONGS.get(bytes, k);
      int stops = table[(int) (word << 8) & 0xFF00 | last]
          | table[(int) word & 0xFFFF] | table[(int) (word >>> 8) & 0xFFFF]
          | table[(int) (word >>> 16) & 0xFFFF] | table[(int) (word >>> 24) & 0xFFFF]
          | table[(int) (word >>> 32) & 0xFFFF] | table[(int) (word >>> 40) & 0xFFFF]
          | table[(int) (word >>> 48) & 0xFFFF];
      if (stops != 0) {
        break;
      }
      last = (int) (word >>> 56);
    }
    return k;
  }

  /** Runs the detectors for the anchor at {@code i}; returns where the loop resumes. */
  private int handle(ScanContext context, int role, int i) {
    int next = i + 1;
    if ((role & TriggerTable.FULL_WIDTH) != 0) {
      int first = context.text.codePointStartBefore(i + 1);
      next = Math.max(next, FullWidthDigits.detect(this, context, first, i, lookbehind));
    }
    if ((role & SECRET) != 0) {
      int end = secrets.find(context, i);
      if (end > 0) {
        context.offer(SecretDetector.TYPE, context.matchStart, end);
        next = Math.max(next, end); // a password before its closing tag ends before the anchor
      }
    }
    if ((role & DIGIT) != 0) {
      int encoded = (role & ENCODED_AT) != 0 ? encodedAddress(context, i)
          : (role & ENCODED_PLUS) != 0 ? afterEncodedPlus(context, i) : -1;
      next = encoded > 0 ? encoded
          : steppedOver(context, i, Math.max(next, NumberDetector.detect(context, i)));
    } else if ((role & AT) != 0) {
      if (UriPassword.find(context, i) > 0) {
        context.offer(SecretDetector.TYPE, context.matchStart, i);
      } else {
        int end = EmailDetector.find(context, i);
        if (end > 0) {
          context.offer(EmailDetector.TYPE, context.matchStart, end);
          next = Math.max(next, end);
        }
      }
    } else if ((role & COLON) != 0) {
      int end = IpAddressDetector.findIpv6(context, i);
      if (end > 0) {
        context.offer(IpAddressDetector.TYPE, context.matchStart, end);
        next = Math.max(next, end);
      }
    } else if ((role & ESCAPE) != 0) {
      next = Math.max(next, afterEscape(context, i));
    }
    if (!context.pending.isEmpty()) {
      context.pending.releaseUpTo(i - lookbehind);
    }
    return next;
  }

  /**
   * For the letter at {@code i} after a backslash: when it ends a JSON escape ({@code \\n4111…},
   * {@code \\u003c203.0.113.7}, {@code \\nDE89…}), runs the number detector on a number right
   * after the escape, which reads the escape as a space, or looks for an IBAN there; when the
   * escape is an {@code @} ({@code jane\\u0040example.com}), looks for the address around it,
   * when it is an {@code =} for a password after its name ({@code password\\u003d…});
   * when it is a full-width digit, reads the number in ASCII ({@link FullWidthDigits});
   * returns where the loop resumes: after what was found, else right after the escape, so that the
   * loop still meets what is anchored in the word there ({@code \\nya29.…}, a Google token).
   */
  private int afterEscape(ScanContext context, int i) {
    Text text = context.text;
    int end = text.escapeEnd(i - 1);
    if (end < 0) {
      return i + 1;
    }
    int escaped = text.unicodeEscapeAt(i - 1);
    if (FullWidthDigits.isDigit(escaped)) {
      int first = text.unicodeEscapeStartEndingAt(end - 1); // \\uff10 in JSON in JSON too
      int number = FullWidthDigits.detect(this, context, first, i, lookbehind);
      if (number > 0) {
        return number;
      }
    }
    if (escaped == '=' && secrets != null) {
      int password = secrets.findAfterEscapedEquals(context,
          text.unicodeEscapeStartEndingAt(end - 1), end);
      if (password > 0) {
        context.offer(SecretDetector.TYPE, context.matchStart, password);
        return password;
      }
    }
    if (escaped == '@') {
      int address = EmailDetector.findEscaped(context, text.unicodeEscapeStartEndingAt(end - 1), end);
      if (address > 0) {
        context.offer(EmailDetector.TYPE, context.matchStart, address);
        return address;
      }
    }
    int next = text.at(end);
    if (Ascii.isDigit(next)) {
      return steppedOver(context, end, Math.max(end + 1, NumberDetector.detect(context, end)));
    }
    if (Ascii.isLetter(next) && Ascii.isLetter(text.at(end + 1)) && Ascii.isDigit(text.at(end + 2))) {
      int iban = IbanDetector.find(context, end + 2);
      if (iban > 0) {
        context.offer(IbanDetector.TYPE, context.matchStart, iban);
        return iban;
      }
    }
    return end;
  }

  /**
   * For the 2 of a {@code %2B} at {@code i} with a digit after it ({@code ?phone=%2B14155552671}):
   * where the loop resumes after the number detector ran on the digits, which read the {@code
   * %2B} as a {@code +}; -1 when there is no such number.
   */
  private int afterEncodedPlus(ScanContext context, int i) {
    Text text = context.text;
    if (!PhoneDetector.isEncodedPlus(text, i - 1) || !Ascii.isDigit(text.at(i + 2))) {
      return -1;
    }
    return steppedOver(context, i + 2, Math.max(i + 3, NumberDetector.detect(context, i + 2)));
  }

  /**
   * For the 4 of a {@code %40} or {@code &#x40;}, the 6 of a {@code &#64;} at {@code i}: the end
   * of the e-mail address around it ({@code ?email=jane%40example.com}, {@code
   * jane&#64;example.com}), which is reported, or -1.
   */
  private static int encodedAddress(ScanContext context, int i) {
    int end = EmailDetector.findEncoded(context, i);
    if (end > 0) {
      context.offer(EmailDetector.TYPE, context.matchStart, end);
    }
    return end;
  }

  /**
   * Where the loop resumes after a number from {@code i} to {@code end}: {@code end}, unless a
   * digit-anchored secret starts inside the number's span (a list item {@code 1. 1//0g…}), which is
   * then looked for there.
   */
  private int steppedOver(ScanContext context, int i, int end) {
    if (!digitSecrets) {
      return end;
    }
    Text text = context.text;
    int resume = end;
    for (int k = i + 1; k < end; k++) {
      int current = text.at(k);
      int previous = text.at(k - 1);
      if (!Ascii.isDigit(current) || (triggers[TriggerTable.index(
          previous < 0 ? TriggerTable.NONE : Math.min(previous, 0xFF), current)] & SECRET) == 0) {
        continue;
      }
      int found = secrets.find(context, k);
      if (found > 0) {
        context.offer(SecretDetector.TYPE, context.matchStart, found);
        resume = Math.max(resume, found);
      }
    }
    return resume;
  }

  /**
   * Queues the matches of the custom patterns, and of {@code knownSearch} when there is one (its
   * offsets already those of the scan), in order of start.
   */
  private void offerCustomMatches(ScanContext context, CharSequence text, Utf8Chars bytes,
      Consumer<KnownValues.MatchSink> knownSearch) {
    SideMatches side = new SideMatches();
    for (int k = 0; k < patterns.length; k++) {
      CustomMatches custom = new CustomMatches(patterns[k], nonEmptyForms[k], text);
      while (custom.find()) {
        // The search steps a char at a time, so a match may start at the low surrogate of a pair
        // (\x{DE00}y); it then starts at the pair, as byte offsets into UTF-8 must. Inside a
        // match the matcher reads a pair as one code point, so no match ends inside one.
        int start = splitsPair(text, custom.start()) ? custom.start() - 1 : custom.start();
        side.add(patterns[k].id(), bytes == null ? start : bytes.byteIndex(start),
            bytes == null ? custom.end() : bytes.byteIndex(custom.end()), k + 1);
      }
    }
    if (knownSearch != null) {
      knownSearch.accept((type, start, end) -> side.add(type, start, end, knownRank));
    }
    side.queueInOrder(context.pending);
  }

  /** Whether {@code index} falls between the high and the low surrogate of a pair. */
  private static boolean splitsPair(CharSequence text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1));
  }
}
