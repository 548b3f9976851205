package dev.piiguard.core.audit;

/** Where audit events go. Implementations are thread-safe and never throw from {@link #write}. */
@FunctionalInterface
public interface AuditSink {

  /** A sink that drops every event ({@code audit=none}). */
  AuditSink NONE = event -> {};

  /** Records one event. */
  void write(AuditEvent event);
}
