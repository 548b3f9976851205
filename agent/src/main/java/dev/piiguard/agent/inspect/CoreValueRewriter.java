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
 * (so that a reply can restore what any request tokenized) and keyed {@link Fingerprints}.
 */
public final class CoreValueRewriter implements ValueRewriter {
  private final Tokenizer tokenizer;
  private final Fingerprints fingerprints;

  CoreValueRewriter(Tokenizer tokenizer, Fingerprints fingerprints) {
    this.tokenizer = tokenizer;
    this.fingerprints = fingerprints;
  }

  /** A rewriter with fresh random keys for tokens and fingerprints, as the agent uses per process. */
  public static CoreValueRewriter withRandomKeys() {
    return new CoreValueRewriter(Tokenizer.withRandomKey(), Fingerprints.withRandomKey());
  }

  @Override
  public byte[] redactUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json) {
    return PlaceholderRedaction.redactUtf8(utf8, offset, length, findings, format(json));
  }

  @Override
  public byte[] tokenizeUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json) {
    return tokenizer.tokenizeUtf8(utf8, offset, length, findings, format(json));
  }

  @Override
  public String fingerprint(String type, CharSequence value) {
    return fingerprints.of(type, value);
  }

  @Override
  public ChunkRestorer newRestorer(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("text/event-stream")) {
      EventStreamRestorer events = tokenizer.eventStreamRestorer();
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
    StreamingRestorer stream = tokenizer.streamingRestorer(format(type.contains("json")));
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
