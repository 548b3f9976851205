package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.HandWrittenJsonSamples;
import dev.piiguard.spotbugs.samples.HttpClientSamples;
import dev.piiguard.spotbugs.samples.HttpInterfaceSamples;
import dev.piiguard.spotbugs.samples.ImplementedClientSamples;
import dev.piiguard.spotbugs.samples.RequestCustomizerSamples;
import dev.piiguard.spotbugs.samples.SerializationSamples;
import dev.piiguard.spotbugs.samples.StreamSerializationSamples;
import dev.piiguard.spotbugs.samples.UnsentClientArgumentSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToHttpDetectorTest {

  @Test
  void everyHttpClientOfTheCatalogueIsASinkAndAiHostsAreAiApis() {
    SampleFindings.assertMatchesMarkers(HttpClientSamples.class);
  }

  @Test
  void applicationObjectsSerialisedIntoARequestSendEveryProperty() {
    // review s31b: objectMapper.writeValueAsString(dto) was not followed into the body
    SampleFindings.assertMatchesMarkers(SerializationSamples.class);
  }

  @Test
  void objectsASerialiserWritesIntoARequestBodyStreamAreSentAndOnesKeptInMemoryAreNot() {
    // review s32f: mapper.writeValue(connection.getOutputStream(), contact) was not followed into the stream
    SampleFindings.assertMatchesMarkers(StreamSerializationSamples.class);
  }

  @Test
  void whatAHandWrittenGeneratorOverARequestBodyWritesIsSent() {
    // review s33g L2: generator.writeStringField("email", …) over connection.getOutputStream() was missed
    SampleFindings.assertMatchesMarkers(HandWrittenJsonSamples.class);
  }

  @Test
  void callsOfDeclarativeHttpClientInterfacesSendTheirArguments() {
    // review s32f: Spring @HttpExchange (and Feign, Retrofit, MicroProfile) clients were not sinks
    SampleFindings.assertMatchesMarkers(HttpInterfaceSamples.class);
  }

  @Test
  void aClientTheApplicationAlsoImplementsIsStillSentButOneItServesIsNot() {
    // review s33g M1: a Feign fallback, a local stub or a sub-interface made the client's calls code
    SampleFindings.assertMatchesMarkers(ImplementedClientSamples.class);
  }

  @Test
  void argumentsAClientKeepsOutOfTheRequestAreNotReported() {
    // review s33g L1: @RequestAttribute and Retrofit's @Tag arguments were reported as sent
    SampleFindings.assertMatchesMarkers(UnsentClientArgumentSamples.class);
  }

  @Test
  void whatALambdaStoresIntoTheHeadersItIsHandedIsSent() {
    // review s32f: restClient.get().headers(h -> h.set("X-Customer-Phone", c.phone())) was not reported
    SampleFindings.assertMatchesMarkers(RequestCustomizerSamples.class);
  }
}
