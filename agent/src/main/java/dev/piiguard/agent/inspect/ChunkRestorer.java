package dev.piiguard.agent.inspect;

/** Turns tokens back into the original values in one response stream, whatever the chunk splits. */
public interface ChunkRestorer {

  /** The restored bytes that can be released after this chunk; may hold back a token's start. */
  byte[] restore(byte[] chunk, int offset, int length);

  /** What was held back, at the end of the stream. */
  byte[] finish();
}
