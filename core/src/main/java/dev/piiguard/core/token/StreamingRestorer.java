package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.ByteSink;
import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.redact.TextFormat;
import java.util.Arrays;

/**
 * Restores tokens in one reply that arrives in chunks split anywhere, also inside a token.
 *
 * <p>Each call returns what can be released now: the chunk with every complete token replaced by
 * its value, minus a tail that is still the beginning of a possible token (an issued type's name,
 * or such a name, an underscore and fewer than twelve lower-case letters). That tail, at most the
 * length of the longest token minus one, is held back and released with the next chunk, or by
 * {@link #finish()}; text that cannot begin a token is never held back. The result is the same as
 * {@link Tokenizer#restore} over the whole reply, however the reply was split.
 *
 * <p>Use either the UTF-8 methods or the char methods on one instance, not both. Not thread-safe:
 * one instance per reply.
 */
public final class StreamingRestorer {

  private static final byte[] NO_BYTES = new byte[0];

  private final Tokenizer tokenizer;
  /** Where a JSON reply stands (how many strings deep), fed everything released so far. */
  private final JsonStringDepth depth;
  private byte[] heldBytes = NO_BYTES;
  private final StringBuilder heldChars = new StringBuilder();
  private boolean usesBytes;
  private boolean usesChars;

  StreamingRestorer(Tokenizer tokenizer, TextFormat format) {
    this(tokenizer, Tokenizer.depthOf(format));
  }

  /** A restorer that escapes values as {@code depth} says; null for plain text. */
  StreamingRestorer(Tokenizer tokenizer, JsonStringDepth depth) {
    this.tokenizer = tokenizer;
    this.depth = depth;
  }

  /** Takes the next {@code length} bytes from {@code offset}; returns the bytes released now. */
  public byte[] restoreUtf8(byte[] chunk, int offset, int length) {
    useBytes();
    byte[] source = chunk;
    int base = offset;
    int size = length;
    if (heldBytes.length > 0) {
      source = Arrays.copyOf(heldBytes, heldBytes.length + length);
      System.arraycopy(chunk, offset, source, heldBytes.length, length);
      base = 0;
      size = source.length;
    }
    Units units = Units.ofUtf8(source, base, size);
    int holdFrom = tokenizer.matcher().holdFrom(units);
    ByteSink out = new ByteSink(holdFrom + 16);
    tokenizer.restoreInto(units, source, base, 0, holdFrom, depth, out);
    heldBytes = Arrays.copyOfRange(source, base + holdFrom, base + size);
    return out.toByteArray();
  }

  /** Ends the reply: returns the bytes still held back, which can no longer become a token. */
  public byte[] finish() {
    useBytes();
    byte[] rest = heldBytes;
    heldBytes = NO_BYTES;
    return rest;
  }

  /** Takes the next chunk of chars; returns the text released now. */
  public String restoreChars(CharSequence chunk) {
    useChars();
    CharSequence text = chunk;
    if (heldChars.length() > 0) {
      text = heldChars.append(chunk).toString();
    }
    int holdFrom = tokenizer.matcher().holdFrom(Units.of(text));
    StringBuilder out = new StringBuilder(holdFrom + 16);
    tokenizer.restoreInto(text, 0, holdFrom, depth, out);
    heldChars.setLength(0);
    heldChars.append(text, holdFrom, text.length());
    return out.toString();
  }

  /** Ends the reply: returns the text still held back, which can no longer become a token. */
  public String finishChars() {
    useChars();
    String rest = heldChars.toString();
    heldChars.setLength(0);
    return rest;
  }

  /** How many bytes or chars are held back now. */
  public int held() {
    return heldBytes.length + heldChars.length();
  }

  /** The chars held back now. */
  String heldText() {
    return heldChars.toString();
  }

  private void useBytes() {
    if (usesChars) {
      throw new IllegalStateException("this restorer takes chars; use restoreChars");
    }
    usesBytes = true;
  }

  private void useChars() {
    if (usesBytes) {
      throw new IllegalStateException("this restorer takes bytes; use restoreUtf8");
    }
    usesChars = true;
  }
}
