package dev.piiguard.cli.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8, replacing each byte sequence that is not UTF-8 with U+FFFD and counting them, so
 * that one Latin-1 byte in a log does not keep the rest of it from being scanned. Where the first
 * such sequence was, and how many there were, {@code scan} reports as an error.
 */
final class LenientUtf8Reader extends Reader {
  private static final int BUFFER = 1 << 16;
  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream input;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private boolean endOfInput;
  private long lineBreaksHandedOut;
  private long replaced;
  private long firstReplacedLine;

  LenientUtf8Reader(InputStream input) {
    this.input = input;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int count = Math.min(length, chars.remaining());
    chars.get(buffer, offset, count);
    if (replaced == 0) { // all firstReplacedLine needs
      lineBreaksHandedOut += lineBreaks(buffer, offset, offset + count);
    }
    return count;
  }

  /** How many byte sequences were not UTF-8 and were read as U+FFFD. */
  long replacedSequences() {
    return replaced;
  }

  /** The 1-based line of the first sequence that was not UTF-8, or 0 when there was none. */
  long firstReplacedLine() {
    return firstReplacedLine;
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  /** Decodes the next chars into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 || endOfInput && bytes.hasRemaining() && chars.hasRemaining()) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        if (!chars.hasRemaining()) {
          break; // decoded next time, with room for the replacement
        }
        replace(result.length());
      } else if (result.isOverflow() || endOfInput) {
        break;
      } else {
        readMoreBytes();
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void replace(int malformedBytes) {
    if (replaced++ == 0) {
      firstReplacedLine = lineBreaksHandedOut + lineBreaks(chars.array(), 0, chars.position()) + 1;
    }
    bytes.position(bytes.position() + malformedBytes);
    chars.put(REPLACEMENT);
  }

  private static int lineBreaks(char[] text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += text[i] == '\n' ? 1 : 0;
    }
    return count;
  }

  private void readMoreBytes() throws IOException {
    bytes.compact();
    int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }
}
