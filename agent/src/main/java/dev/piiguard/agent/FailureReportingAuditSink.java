package dev.piiguard.agent;

import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes audit events through a {@link JsonLinesAuditWriter} and reports, once, when they can no
 * longer be written (a full disk, a write error): requests go on, as an audit trail must not break
 * them, but the platform team learns that the trail has stopped. A file moved or removed while it
 * is open is not such a case: on Linux the writes go on into the moved or unlinked file, so
 * nothing fails and nothing is reported (the README asks for rotation by copy and truncate).
 */
final class FailureReportingAuditSink implements AuditSink {
  private final JsonLinesAuditWriter writer;
  private final Runnable report;
  private final AtomicBoolean reported = new AtomicBoolean();

  FailureReportingAuditSink(JsonLinesAuditWriter writer, Runnable report) {
    this.writer = writer;
    this.report = report;
  }

  @Override
  public void write(AuditEvent event) {
    writer.write(event);
    if (writer.failed() && reported.compareAndSet(false, true)) {
      report.run();
    }
  }
}
