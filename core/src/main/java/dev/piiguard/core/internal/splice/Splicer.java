package dev.piiguard.core.internal.splice;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Applies planned edits to chars or UTF-8 bytes, writing each replacement in place of its units. */
public final class Splicer {

  /** What replaces the units of one edit; quotes for {@link Edit#quoted()} are added by the splicer. */
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
      if (edit.quoted()) {
        out.append('"').append(replacement).append('"');
      } else {
        out.append(replacement);
      }
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
      size += replacements[i].length + (edit.quoted() ? 2 : 0) - (edit.end() - edit.start());
    }
    byte[] out = new byte[size];
    int written = 0;
    int copied = 0;
    for (int i = 0; i < replacements.length; i++) {
      Edit edit = edits.get(i);
      System.arraycopy(utf8, offset + copied, out, written, edit.start() - copied);
      written += edit.start() - copied;
      if (edit.quoted()) {
        out[written++] = '"';
      }
      System.arraycopy(replacements[i], 0, out, written, replacements[i].length);
      written += replacements[i].length;
      if (edit.quoted()) {
        out[written++] = '"';
      }
      copied = edit.end();
    }
    System.arraycopy(utf8, offset + copied, out, written, length - copied);
    return out;
  }
}
