package dev.piiguard.spotbugs.internal.taint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What analysing one method produced: its findings, its summary, sources it stored into fields, and the facts it depended on. */
final class MethodResult {
  final List<Finding> findings;
  final MethodSummary summary;
  final Map<String, Taint> storedFields;
  final Set<String> dependencies;

  MethodResult(
      List<Finding> findings,
      MethodSummary summary,
      Map<String, Taint> storedFields,
      Set<String> dependencies) {
    this.findings = findings;
    this.summary = summary;
    this.storedFields = storedFields;
    this.dependencies = dependencies;
  }
}
