package dev.piiguard.core.detect;

/** Test helper: a CharSequence that counts its reads and remembers the farthest index read. */
final class ReadTrackingText implements CharSequence {
  private final String text;
  private long reads;
  private int farthest = -1;

  ReadTrackingText(String text) {
    this.text = text;
  }

  long reads() {
    return reads;
  }

  int farthest() {
    return farthest;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads++;
    farthest = Math.max(farthest, index);
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
