package dev.piiguard.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs every detector in one pass over a text: a 128-entry table marks the ASCII characters that
 * can anchor a value (digits, {@code @}, {@code :} and one character of each secret prefix), the
 * loop skips everything else, and the
 * detector for the anchor validates locally around it. Matches go through {@link PendingFindings},
 * which resolves overlaps and releases them in order.
 *
 * <p>Immutable and thread-safe; the mutable state of a scan lives in a per-thread context, so a
 * scan that finds nothing allocates nothing (custom regex detectors, when configured, allocate
 * their matchers).
 */
public final class ScanEngine {
  private static final byte DIGIT = 1;
  private static final byte AT = 2;
  private static final byte COLON = 4;
  private static final byte SECRET = 8;
  /** The farthest a detector reaches back from its anchor (an e-mail's local part, an IPv6). */
  private static final int LOOKBEHIND = 128;

  private final boolean builtIns;
  private final boolean scanLoop;
  private final CustomPattern[] patterns;
  private final SecretDetector secrets;
  /** The role of each char (index: the char; a UTF-8 byte indexes with b & 0xFF). */
  private final byte[] triggers = new byte[65536];
  private final long[] secretPrevious;

  private ScanEngine(boolean builtIns, List<CustomPattern> patterns, List<SecretFormat> secrets) {
    this.builtIns = builtIns;
    this.patterns = patterns.toArray(new CustomPattern[0]);
    this.secrets = secrets.isEmpty() ? null : new SecretDetector(secrets);
    this.scanLoop = builtIns || this.secrets != null;
    if (builtIns) {
      for (char c = '0'; c <= '9'; c++) {
        triggers[c] = DIGIT;
      }
      triggers['@'] = AT;
      triggers[':'] = COLON;
    }
    this.secretPrevious = this.secrets == null ? new long[256] : this.secrets.previousMasks();
    if (this.secrets != null) {
      boolean[] anchors = this.secrets.anchorChars();
      for (int c = 0; c < 128; c++) {
        if (anchors[c]) {
          triggers[c] |= SECRET;
        }
      }
    }
  }

  /**
   * An engine with the built-in detectors (if {@code builtIns}, including the bundled secret
   * formats), the custom patterns and the extra secret formats.
   */
  public static ScanEngine create(boolean builtIns, List<CustomPattern> patterns,
      List<SecretFormat> extraSecretFormats) {
    List<SecretFormat> secrets = new ArrayList<>();
    if (builtIns) {
      secrets.addAll(SecretFormatFile.builtIn());
    }
    secrets.addAll(extraSecretFormats);
    return new ScanEngine(builtIns, List.copyOf(patterns), secrets);
  }

  /** Reports every match in {@code text} to {@code listener}, in order, without overlaps. */
  public void scan(CharSequence text, MatchListener listener) {
    ScanContext context = ScanContext.acquire();
    try {
      context.pending.begin(listener);
      int length = text.length();
      if (patterns.length > 0) {
        offerCustomMatches(context, text, null);
      }
      if (scanLoop) {
        if (text instanceof String) {
          String string = (String) text;
          context.text.reset(string, 0, length);
          scanString(context, string, length);
        } else {
          context.text.reset(text, 0, length);
          scanChars(context, text, length);
        }
      }
      context.pending.releaseAll();
    } finally {
      context.release();
    }
  }

  /** Reports every match in the UTF-8 bytes, with offsets that are indexes into {@code utf8}. */
  public void scanUtf8(byte[] utf8, int offset, int length, MatchListener listener) {
    ScanContext context = ScanContext.acquire();
    try {
      context.pending.begin(listener);
      if (patterns.length > 0) {
        Utf8Chars chars = Utf8Chars.decode(utf8, offset, length);
        offerCustomMatches(context, chars, chars);
      }
      if (scanLoop) {
        context.text.reset(utf8, offset, offset + length);
        scanBytes(context, utf8, offset, offset + length);
      }
      context.pending.releaseAll();
    } finally {
      context.release();
    }
  }

  // The three loops below are the same loop over three representations, kept separate so that
  // each reads its input directly: the JIT compiles a tight loop per representation.

  private void scanString(ScanContext context, String text, int end) {
    byte[] table = triggers;
    long[] previousMasks = secretPrevious;
    char[] chunk = context.chunk;
    int i = 0;
    while (i < end) {
      // Copy a chunk (a vectorised copy for Latin-1 strings) and skip through the array, which
      // is cheaper per char than String.charAt; detectors still read the String.
      int chunkStart = i;
      int chunkEnd = Math.min(end, chunkStart + chunk.length);
      text.getChars(chunkStart, chunkEnd, chunk, 0);
      int chunkLength = chunkEnd - chunkStart;
      while (i < chunkEnd) {
        int k = i - chunkStart;
        for (; k < chunkLength; k++) {
          if (table[chunk[k]] != 0) {
            break;
          }
        }
        i = chunkStart + k;
        if (k == chunkLength) {
          break;
        }
        char c = chunk[k];
        int role = table[c];
        if ((role & DIGIT) != 0) {
          if (role == DIGIT || i == 0
              || !QuickChecks.maybeSecret(previousMasks, c, text.charAt(i - 1))) {
            int skip = QuickChecks.ordinaryNumberEnd(text, i, 0, end);
            if (skip > 0) {
              i = skip;
              continue;
            }
          }
        } else if (role == COLON) {
          if (i == 0 || i + 1 == end
              || !QuickChecks.maybeIpv6(text.charAt(i - 1), text.charAt(i + 1))) {
            i++;
            continue;
          }
        } else if (role == SECRET) {
          if (i == 0 || !QuickChecks.maybeSecret(previousMasks, c, text.charAt(i - 1))) {
            i++;
            continue;
          }
        }
        i = handle(context, role, i);
      }
    }
  }

  private void scanChars(ScanContext context, CharSequence text, int end) {
    byte[] table = triggers;
    long[] previousMasks = secretPrevious;
    int i = 0;
    while (true) {
      for (; i < end; i++) {
        if (table[text.charAt(i)] != 0) {
          break;
        }
      }
      if (i >= end) {
        return;
      }
      char c = text.charAt(i);
      int role = table[c];
      if ((role & DIGIT) != 0) {
        if (role == DIGIT || i == 0
            || !QuickChecks.maybeSecret(previousMasks, c, text.charAt(i - 1))) {
          int skip = QuickChecks.ordinaryNumberEnd(text, i, 0, end);
          if (skip > 0) {
            i = skip;
            continue;
          }
        }
      } else if (role == COLON) {
        if (i == 0 || i + 1 == end
            || !QuickChecks.maybeIpv6(text.charAt(i - 1), text.charAt(i + 1))) {
          i++;
          continue;
        }
      } else if (role == SECRET) {
        if (i == 0 || !QuickChecks.maybeSecret(previousMasks, c, text.charAt(i - 1))) {
          i++;
          continue;
        }
      }
      i = handle(context, role, i);
    }
  }

  private void scanBytes(ScanContext context, byte[] bytes, int start, int end) {
    byte[] table = triggers;
    long[] previousMasks = secretPrevious;
    int i = start;
    while (true) {
      for (; i < end; i++) {
        if (table[bytes[i] & 0xFF] != 0) {
          break;
        }
      }
      if (i >= end) {
        return;
      }
      int c = bytes[i];
      int role = table[c];
      if ((role & DIGIT) != 0) {
        if (role == DIGIT || i == start
            || !QuickChecks.maybeSecret(previousMasks, c, bytes[i - 1] & 0xFF)) {
          int skip = QuickChecks.ordinaryNumberEnd(bytes, i, start, end);
          if (skip > 0) {
            i = skip;
            continue;
          }
        }
      } else if (role == COLON) {
        if (i == start || i + 1 == end
            || !QuickChecks.maybeIpv6(bytes[i - 1] & 0xFF, bytes[i + 1] & 0xFF)) {
          i++;
          continue;
        }
      } else if (role == SECRET) {
        if (i == start || !QuickChecks.maybeSecret(previousMasks, c, bytes[i - 1] & 0xFF)) {
          i++;
          continue;
        }
      }
      i = handle(context, role, i);
    }
  }

  /** Runs the detectors for the anchor at {@code i}; returns where the loop resumes. */
  private int handle(ScanContext context, int role, int i) {
    int next = i + 1;
    if ((role & SECRET) != 0) {
      int end = secrets.find(context, i);
      if (end > 0) {
        context.offer(SecretDetector.TYPE, context.matchStart, end);
        next = end;
      }
    }
    if ((role & DIGIT) != 0) {
      next = Math.max(next, NumberDetector.detect(context, i));
    } else if ((role & AT) != 0) {
      int end = EmailDetector.find(context, i);
      if (end > 0) {
        context.offer(EmailDetector.TYPE, context.matchStart, end);
        next = Math.max(next, end);
      }
    } else if ((role & COLON) != 0) {
      int end = IpAddressDetector.findIpv6(context, i);
      if (end > 0) {
        context.offer(IpAddressDetector.TYPE, context.matchStart, end);
        next = Math.max(next, end);
      }
    }
    if (!context.pending.isEmpty()) {
      context.pending.releaseUpTo(i - LOOKBEHIND);
    }
    return next;
  }

  private void offerCustomMatches(ScanContext context, CharSequence text, Utf8Chars bytes) {
    for (int k = 0; k < patterns.length; k++) {
      CustomPattern custom = patterns[k];
      Matcher matcher = custom.pattern().matcher(text);
      while (matcher.find()) {
        if (matcher.end() == matcher.start()) {
          continue;
        }
        int start = bytes == null ? matcher.start() : bytes.byteIndex(matcher.start());
        int end = bytes == null ? matcher.end() : bytes.byteIndex(matcher.end());
        context.pending.offer(custom.id(), start, end, k + 1);
      }
    }
  }
}
