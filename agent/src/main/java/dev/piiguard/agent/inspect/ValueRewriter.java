package dev.piiguard.agent.inspect;

import dev.piiguard.core.Finding;
import java.util.List;

/** Replaces found values with placeholders or tokens, fingerprints them, and restores tokens. */
public interface ValueRewriter {

  /**
   * The bytes with each finding replaced by a typed placeholder; {@code json} says the bytes are
   * a whole JSON document, which must stay valid.
   */
  byte[] redactUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json);

  /** The bytes with each finding replaced by a reversible token; {@code json} as for redaction. */
  byte[] tokenizeUtf8(byte[] utf8, int offset, int length, List<Finding> findings, boolean json);

  /**
   * Does now the one-time set-up that the first call would otherwise do, such as drawing keys.
   * Calls are correct without it.
   */
  default void prepare() {}

  /** A keyed fingerprint of a value, never the value. */
  String fingerprint(String type, CharSequence value);

  /**
   * A restorer for one response stream of the given {@code Content-Type} (null when unknown):
   * server-sent events, JSON and plain text each need their own handling.
   */
  ChunkRestorer newRestorer(String contentType);
}
