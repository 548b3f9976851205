package dev.piiguard.core.internal.splice;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Applies planned edits to chars or UTF-8 bytes, writing each replacement in place of its units. */
public final class Splicer {

  /** What replaces the units of one edit; the splicer writes {@link Edit#quote()} around it. */
  @FunctionalInterface
  public interface Replacer {
    String replacementFor(Units units, Edit edit);
  }

  private Splicer() {}

  public static String apply(CharSequence text, List<Edit> edits, Replacer replacer) {
    Units units = Units.of(text);
    StringBuilder out = new StringBuilder(text.length() + edits.size() * 16);
    int copied = 0;
    for (Edit edit : edits) {
      out.append(text, copied, edit.start());
      String replacement = replacer.replacementFor(units, edit);
      out.append(edit.quote()).append(replacement).append(edit.quote());
      copied = edit.end();
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  public static byte[] applyUtf8(
      byte[] utf8, int offset, int length, List<Edit> edits, Replacer replacer) {
    Units units = Units.ofUtf8(utf8, offset, length);
    // Replacements first, so the result is written once into an array of its exact size.
    byte[][] replacements = new byte[edits.size()][];
    int size = length;
    for (int i = 0; i < replacements.length; i++) {
      Edit edit = edits.get(i);
      replacements[i] = replacer.replacementFor(units, edit).getBytes(StandardCharsets.UTF_8);
      size += replacements[i].length + 2 * edit.quote().length() - (edit.end() - edit.start());
    }
    byte[] out = new byte[size];
    int written = 0;
    int copied = 0;
    for (int i = 0; i < replacements.length; i++) {
      Edit edit = edits.get(i);
      System.arraycopy(utf8, offset + copied, out, written, edit.start() - copied);
      written += edit.start() - copied;
      written = writeAscii(edit.quote(), out, written);
      System.arraycopy(replacements[i], 0, out, written, replacements[i].length);
      written += replacements[i].length;
      written = writeAscii(edit.quote(), out, written);
      copied = edit.end();
    }
    System.arraycopy(utf8, offset + copied, out, written, length - copied);
    return out;
  }

  /** Writes the ASCII {@code text} into {@code out} at {@code at}; returns where it ends. */
  private static int writeAscii(String text, byte[] out, int at) {
    for (int i = 0; i < text.length(); i++) {
      out[at + i] = (byte) text.charAt(i);
    }
    return at + text.length();
  }
}
