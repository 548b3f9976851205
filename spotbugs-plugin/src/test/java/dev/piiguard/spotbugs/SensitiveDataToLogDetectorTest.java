package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.ConstantSamples;
import dev.piiguard.spotbugs.samples.InterproceduralSamples;
import dev.piiguard.spotbugs.samples.Log4jMessageSamples;
import dev.piiguard.spotbugs.samples.LoggingApiSamples;
import dev.piiguard.spotbugs.samples.PropagationSamples;
import dev.piiguard.spotbugs.samples.SharedObjectSamples;
import dev.piiguard.spotbugs.samples.Slf4jLogSamples;
import dev.piiguard.spotbugs.samples.SourceKindSamples;
import dev.piiguard.spotbugs.samples.WrappedWriterSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToLogDetectorTest {

  @Test
  void slf4jCallsWithSensitiveValuesAreReportedAndOthersAreNot() {
    SampleFindings.assertMatchesMarkers(Slf4jLogSamples.class);
  }

  @Test
  void everyLoggingApiOfTheCatalogueIsASink() {
    SampleFindings.assertMatchesMarkers(LoggingApiSamples.class);
  }

  @Test
  void valuesAreFollowedThroughTextContainersAndLambdasButNotThroughSanitizers() {
    SampleFindings.assertMatchesMarkers(PropagationSamples.class);
  }

  @Test
  void containersInFieldsKeepWhatTheyAreGivenAndSharedServiceObjectsDoNot() {
    // review s31b: one call of a formatter in a field with a birthday made every use of it a finding
    SampleFindings.assertMatchesMarkers(SharedObjectSamples.class);
  }

  @Test
  void everyKindOfSourceDeclarationIsFollowed() {
    SampleFindings.assertMatchesMarkers(SourceKindSamples.class);
  }

  @Test
  void sensitiveConstantsAreFollowedWhereJavacCopiedTheirText() {
    SampleFindings.assertMatchesMarkers(ConstantSamples.class);
  }

  @Test
  void flowsThroughApplicationMethodsAreFollowedBySummaries() {
    SampleFindings.assertMatchesMarkers(InterproceduralSamples.class);
  }

  @Test
  void log4jMessageObjectsShowWhatTheToStringOfTheirParametersShows() {
    // review s32f: log4j.info(new ObjectMessage(customer)) was not reported
    SampleFindings.assertMatchesMarkers(Log4jMessageSamples.class);
  }

  @Test
  void textWrittenThroughAWriterOrFormatterReachesTheObjectItWraps() {
    // README's known limits: pw.printf("%s", email) into new PrintWriter(stringWriter) was lost
    SampleFindings.assertMatchesMarkers(WrappedWriterSamples.class);
  }
}
