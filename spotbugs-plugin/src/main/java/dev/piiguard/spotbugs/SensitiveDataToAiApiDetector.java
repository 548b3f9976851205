package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import edu.umd.cs.findbugs.BugReporter;

/** Reports {@code PII_TO_AI_API}: a {@code @Sensitive} value reaches a call of an AI client (OpenAI, Anthropic, LangChain4j, Spring AI, Google GenAI, Azure OpenAI). */
public final class SensitiveDataToAiApiDetector extends PatternDetector {
  public SensitiveDataToAiApiDetector(BugReporter bugReporter) {
    super(bugReporter, BugPattern.PII_TO_AI_API);
  }
}
