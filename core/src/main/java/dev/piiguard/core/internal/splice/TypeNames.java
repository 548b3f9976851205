package dev.piiguard.core.internal.splice;

/**
 * Turns an entity id into the form used inside placeholders and tokens: upper-case ASCII letters
 * and digits in words joined by single underscores, starting with a letter, at most 32 chars.
 */
public final class TypeNames {

  /** The longest type name written into a placeholder or token. */
  public static final int MAX_LENGTH = 32;

  private TypeNames() {}

  /** {@code EMAIL} stays {@code EMAIL}; {@code employee-id} becomes {@code EMPLOYEE_ID}. */
  public static String normalize(String type) {
    StringBuilder name = new StringBuilder(Math.min(type.length(), MAX_LENGTH));
    boolean pendingSeparator = false;
    for (int i = 0; i < type.length() && name.length() < MAX_LENGTH; i++) {
      char c = type.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      boolean wordUnit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!wordUnit) {
        pendingSeparator = name.length() > 0;
        continue;
      }
      if (pendingSeparator && name.length() < MAX_LENGTH - 1) {
        name.append('_');
      }
      pendingSeparator = false;
      if (name.length() == 0 && c <= '9') {
        name.append('X');
      }
      name.append(c);
    }
    return name.length() == 0 ? "OTHER" : name.toString();
  }

  /** Whether {@code type} is already in normal form, so {@link #normalize} returns it unchanged. */
  public static boolean isNormal(String type) {
    return normalize(type).equals(type);
  }
}
