package dev.piiguard.core.internal.splice;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A read-only view of a text as code units: {@code char}s of a {@link CharSequence} or bytes of a
 * UTF-8 array, so that one algorithm serves both. Indexes are 0-based within the view.
 */
public abstract class Units {

  private Units() {}

  /** A view of the chars of {@code text}. */
  public static Units of(CharSequence text) {
    return new Chars(text);
  }

  /** A view of {@code length} UTF-8 bytes of {@code utf8} from {@code offset}. */
  public static Units ofUtf8(byte[] utf8, int offset, int length) {
    if (offset < 0 || length < 0 || offset > utf8.length - length) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + ", length " + length + ", array length " + utf8.length);
    }
    return new Utf8(utf8, offset, length);
  }

  /** The number of units. */
  public abstract int length();

  /** The unit at {@code index}: a char, or a byte as 0..255. */
  public abstract int at(int index);

  /** The text of units {@code [start, end)}, decoded when these are bytes. */
  public abstract String text(int start, int end);

  /** Whether {@code index} is inside a character, i.e. not at the start of one. */
  public abstract boolean isInsideCharacter(int index);

  /**
   * The first index in {@code [from, to)} holding a double quote, or also a backslash when
   * {@code orBackslash}; {@code to} when there is none. Lets a JSON walk skip ordinary units.
   */
  abstract int nextQuote(int from, int to, boolean orBackslash);

  private static final class Chars extends Units {
    private final CharSequence text;

    Chars(CharSequence text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int at(int index) {
      return text.charAt(index);
    }

    @Override
    public String text(int start, int end) {
      return text.subSequence(start, end).toString();
    }

    @Override
    public boolean isInsideCharacter(int index) {
      return index > 0
          && index < text.length()
          && Character.isLowSurrogate(text.charAt(index))
          && Character.isHighSurrogate(text.charAt(index - 1));
    }

    @Override
    int nextQuote(int from, int to, boolean orBackslash) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '"' || (orBackslash && c == '\\')) {
          return i;
        }
      }
      return to;
    }
  }

  private static final class Utf8 extends Units {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EVERY_BYTE_ONE = 0x0101010101010101L;
    private static final long EVERY_BYTE_HIGH_BIT = 0x8080808080808080L;
    private static final long QUOTES = EVERY_BYTE_ONE * '"';
    private static final long BACKSLASHES = EVERY_BYTE_ONE * '\\';

    private final byte[] bytes;
    private final int offset;
    private final int length;

    Utf8(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public int at(int index) {
      return bytes[offset + index] & 0xFF;
    }

    @Override
    public String text(int start, int end) {
      return new String(bytes, offset + start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isInsideCharacter(int index) {
      return index > 0 && index < length && (at(index) & 0xC0) == 0x80;
    }

    @Override
    int nextQuote(int from, int to, boolean orBackslash) {
      byte[] array = bytes;
      int i = offset + from;
      int end = offset + to;
      // Eight bytes at a time while none of them can be a quote or a backslash.
      for (; i + Long.BYTES <= end; i += Long.BYTES) {
        long word = (long) LONGS.get(array, i);
        if (holdsByte(word, QUOTES) || (orBackslash && holdsByte(word, BACKSLASHES))) {
          break;
        }
      }
      for (; i < end; i++) {
        byte b = array[i];
        if (b == '"' || (orBackslash && b == '\\')) {
          return i - offset;
        }
      }
      return to;
    }

    /**
     * Whether a byte of {@code word} equals the byte repeated in {@code pattern}; may also say yes
     * for a byte after an equal one, never no for an equal one.
     */
    private static boolean holdsByte(long word, long pattern) {
      long zeroWhereEqual = word ^ pattern;
      return ((zeroWhereEqual - EVERY_BYTE_ONE) & ~zeroWhereEqual & EVERY_BYTE_HIGH_BIT) != 0;
    }
  }
}
