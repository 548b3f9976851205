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
    ByteSink out = new ByteSink(length + edits.size() * 16);
    int copied = 0;
    for (Edit edit : edits) {
      out.write(utf8, offset + copied, edit.start() - copied);
      byte[] replacement = replacer.replacementFor(units, edit).getBytes(StandardCharsets.UTF_8);
      if (edit.quoted()) {
        out.write('"');
        out.write(replacement, 0, replacement.length);
        out.write('"');
      } else {
        out.write(replacement, 0, replacement.length);
      }
      copied = edit.end();
    }
    out.write(utf8, offset + copied, length - copied);
    return out.toByteArray();
  }
}
