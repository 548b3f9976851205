package dev.piiguard.demo.endtoend;

/** A leak of one bug pattern at one line of one source file, as marked or as reported. */
record Leak(String file, int line, String pattern) {

  @Override
  public String toString() {
    return pattern + " at " + file + ":" + line;
  }
}
