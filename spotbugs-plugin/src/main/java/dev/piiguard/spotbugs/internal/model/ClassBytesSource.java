package dev.piiguard.spotbugs.internal.model;

/** Gives the bytes of a class file by internal name; SpotBugs' analysis cache in production, a class loader in tests. */
public interface ClassBytesSource {
  /** The class file bytes, or null when the class is not on the analysed classpath. */
  byte[] bytes(String internalName);
}
