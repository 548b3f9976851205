package dev.piiguard.core.audit;

/** Where audit events go. Implementations are thread-safe and never throw from {@link #write}. */
@FunctionalInterface
public interface AuditSink {

  /**
   * A sink that drops every event ({@code audit=none}). A class rather than a lambda: the agent
   * may touch it before {@code main}, where the first lambda of a JVM costs milliseconds.
   */
  AuditSink NONE = new AuditSink() {
    @Override
    public void write(AuditEvent event) {
      // Dropped.
    }
  };

  /** Records one event. */
  void write(AuditEvent event);
}
