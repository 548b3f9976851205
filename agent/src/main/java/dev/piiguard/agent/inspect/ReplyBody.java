package dev.piiguard.agent.inspect;

/** Whether a reply carries a body in which tokens could be restored. */
public final class ReplyBody {
  private ReplyBody() {}

  /**
   * Whether the reply to a request of {@code method} with {@code status} has a body: not the reply
   * to {@code HEAD}, nor a 204 or 304, which keep their length as there is nothing to restore.
   */
  public static boolean present(String method, int status) {
    return !"HEAD".equalsIgnoreCase(method) && status != 204 && status != 304;
  }
}
