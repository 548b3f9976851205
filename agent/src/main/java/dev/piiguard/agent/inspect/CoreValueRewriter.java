package dev.piiguard.agent.inspect;

import dev.piiguard.core.Finding;
import dev.piiguard.core.redact.PlaceholderRedaction;
import dev.piiguard.core.redact.TextFormat;
import dev.piiguard.core.token.EventStreamRestorer;
import dev.piiguard.core.token.Fingerprints;
import dev.piiguard.core.token.StreamingRestorer;
import dev.piiguard.core.token.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * The rewriter the agent uses: core's placeholder redaction, one process-wide {@link Tokenizer}
 * (so that a reply can restore what any request tokenized) and keyed {@link Fingerprints}. The
 * keys are drawn on first use or in {@link #prepare()}: that loads the JDK's cryptography, which
 * need not hold up the start of the application.
 */
public final class CoreValueRewriter implements ValueRewriter {
  private volatile Keyed keyed;

  private CoreValueRewriter() {}

  /** A rewriter with fresh random keys for tokens and fingerprints, as the agent uses per process. */
  public static CoreValueRewriter withRandomKeys() {
    return new CoreValueRewriter();
  }

  @Override
  public void prepare() {
    keyed();
  }

  private Keyed keyed() {
    Keyed current = keyed;
    if (current == null) {
      synchronized (this) {
        current = keyed;
        if (current == null) {
          current = new Keyed(Tokenizer.withRandomKey(), Fingerprints.withRandomKey());
          keyed = current;
        }
      }
    }
    return current;
  }

  /** The tokenizer and the fingerprints, each with its own random key. */
  private record Keyed(Tokenizer tokenizer, Fingerprints fingerprints) {}

  @Override
  public byte[] redactUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json) {
    return PlaceholderRedaction.redactUtf8(utf8, offset, length, findings, format(json));
  }

  @Override
  public byte[] tokenizeUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json) {
    return keyed().tokenizer().tokenizeUtf8(utf8, offset, length, findings, format(json));
  }

  @Override
  public String fingerprint(String type, CharSequence value) {
    return keyed().fingerprints().of(type, value);
  }

  @Override
  public ChunkRestorer newRestorer(String contentType) {
    ChunkRestorer restorer = newUtf8Restorer(contentType);
    DeclaredCharset declared = DeclaredCharset.of(contentType);
    if (declared == null || declared.charset() == null || declared.isUtf8()
        || !SingleByteRestorer.fits(declared.charset())) {
      // a charset of several bytes per character other than UTF-8 holds no token the restorer reads
      return restorer;
    }
    return new SingleByteRestorer(restorer, declared.charset());
  }

  private ChunkRestorer newUtf8Restorer(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("text/event-stream")) {
      EventStreamRestorer events = keyed().tokenizer().eventStreamRestorer();
      return new ChunkRestorer() {
        @Override
        public byte[] restore(byte[] chunk, int offset, int length) {
          return events.restoreUtf8(chunk, offset, length);
        }

        @Override
        public byte[] finish() {
          return events.finish();
        }
      };
    }
    StreamingRestorer stream = keyed().tokenizer().streamingRestorer(format(type.contains("json")));
    return new ChunkRestorer() {
      @Override
      public byte[] restore(byte[] chunk, int offset, int length) {
        return stream.restoreUtf8(chunk, offset, length);
      }

      @Override
      public byte[] finish() {
        return stream.finish();
      }
    };
  }

  private static TextFormat format(boolean json) {
    return json ? TextFormat.JSON : TextFormat.PLAIN;
  }
}
