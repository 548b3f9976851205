package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.AuditJson;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RequestInspectorTest {
  private static final String EMAIL = "jane.canary@example.com";
  private static final String BODY = "{\"prompt\":\"Write to " + EMAIL + " and again " + EMAIL + "\"}";
  private static final Destination DESTINATION = new Destination("https", "api.openai.com", 443, "/v1/chat");

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  private RequestInspector inspector(FailureMode failure, long maxBody) {
    return new RequestInspector(Policy.builder().build(), PiiScanner.defaults(),
        CoreValueRewriter.withRandomKeys(), events::add, failure, maxBody);
  }

  private static RequestBody json(String text) {
    return RequestBody.of(text.getBytes(StandardCharsets.UTF_8), null, "application/json");
  }

  private static PolicyDecision decision(Action action) {
    return new PolicyDecision("test-rule", action);
  }

  @Test
  void allowSkipsInspectionAndAudit() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.ALLOW), null, json(BODY));
    assertThat(verdict.unchanged()).isTrue();
    assertThat(events).isEmpty();
  }

  @Test
  void oneValueInTwoLayoutsHasOneFingerprint() {
    String body = "{\"prompt\":\"card 4111 1111 1111 1111, again 4111111111111111, mail "
        + EMAIL.toUpperCase(java.util.Locale.ROOT) + " and " + EMAIL + "\"}";
    inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION, decision(Action.MONITOR), null,
        json(body));
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.findings()).containsEntry("PAYMENT_CARD", 2).containsEntry("EMAIL", 2);
      assertThat(event.fingerprints()).extracting(fingerprint -> fingerprint.type())
          .containsExactly("PAYMENT_CARD", "EMAIL");
    });
  }

  @Test
  void monitorSendsUnchangedAndAuditsCountsAndOneFingerprintPerValue() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.MONITOR), null, json(BODY));
    assertThat(verdict.unchanged()).isTrue();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.SENT);
      assertThat(event.findings()).containsEntry("EMAIL", 2);
      assertThat(event.fingerprints()).hasSize(1);
      assertThat(event.bytesScanned()).isEqualTo(BODY.length());
      assertThat(event.rule()).isEqualTo("test-rule");
      assertThat(AuditJson.toJson(event)).doesNotContain(EMAIL, "jane");
    });
  }

  @Test
  void theAuditedPathShowsPlaceholdersInsteadOfValuesInTheUrl() {
    Destination crm = new Destination("https", "crm.example.com", 443, "/customers/" + EMAIL + "/notes");
    inspector(FailureMode.OPEN, 1000).inspect("okhttp", crm, decision(Action.MONITOR), null, json(BODY));
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.destination().path()).isEqualTo("/customers/[EMAIL]/notes");
      assertThat(AuditJson.toJson(event)).doesNotContain(EMAIL, "jane");
    });
  }

  @Test
  void aRedirectOfValuesSentUnchangedToADestinationThatGuardsThemIsRefused() {
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    Destination notes = new Destination("https", "shop.example", 443, "/notes");
    HandledRequest monitored = HandledRequest.read(notes, inspector.decide("shop.example", "/notes"));
    HandledRequest redacted = HandledRequest.read(DESTINATION, inspector.decide("api.openai.com", "/v1/chat"));

    assertThat(inspector.refuseRedirect("jdk-httpclient", monitored,
        new Destination("https", "other.example", 443, "/notes"))).isNull();
    assertThat(inspector.refuseRedirect("jdk-httpclient", redacted,
        new Destination("https", "other.example", 443, "/notes"))).as("no value left").isNull();
    assertThat(events).isEmpty();
    PiiGuardException refused = inspector.refuseRedirect("jdk-httpclient", monitored,
        new Destination("https", "api.openai.com", 443, "/v1/chat"));

    assertThat(refused).isInstanceOf(RedirectRefusedException.class)
        .hasMessage("PII Guard did not follow a redirect to api.openai.com: rule"
        + " \"ai\" (redact) applies there, not rule \"default\" (monitor) that the request was"
        + " handled for");
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.BLOCKED);
      assertThat(event.rule()).isEqualTo("ai");
      assertThat(event.destination().host()).isEqualTo("api.openai.com");
    });
  }

  @Test
  void aRedirectOfABodySentUnreadIsRecordedAtItsDestinationAsADirectRequestThereWouldBe() {
    // failure=open: the body went out unread, and follows the redirect unread (review s31a)
    RequestInspector inspector = new RequestInspector(Policy.builder()
        .addRule(new DestinationRule("allowed", List.of(HostGlob.of("allowed.example")), List.of(), Action.ALLOW))
        .build(), PiiScanner.defaults(), CoreValueRewriter.withRandomKeys(), events::add, FailureMode.OPEN, 8);
    Verdict unread = inspector.inspect("okhttp", DESTINATION, inspector.decide("api.openai.com", "/v1/chat"),
        null, json(BODY));
    HandledRequest first = HandledRequest.of(DESTINATION, inspector.decide("api.openai.com", "/v1/chat"), unread);
    Destination elsewhere = new Destination("https", "api.anthropic.com", 443, "/v1/messages");

    assertThat(inspector.refuseRedirect("okhttp", first, DESTINATION)).as("sent again where it was handled").isNull();
    assertThat(inspector.refuseRedirect("okhttp", first, elsewhere)).isNull();
    assertThat(inspector.refuseRedirect("okhttp", first, new Destination("https", "shop.example", 443, "/")))
        .as("monitor").isNull();
    assertThat(inspector.refuseRedirect("okhttp", first, new Destination("https", "allowed.example", 443, "/")))
        .as("not a guarded destination").isNull();

    assertThat(unread.uninspectedReason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE);
    assertThat(events).extracting(event -> event.destination().host() + " " + event.outcome())
        .containsExactly("api.openai.com SENT_UNINSPECTED", "api.anthropic.com SENT_UNINSPECTED",
            "shop.example SENT_UNINSPECTED");
    assertThat(events).allSatisfy(event -> assertThat(event.reason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE));
  }

  /** A body as a client holds it, whose writing fails with {@code failure} when that is not null. */
  private static ClientBody clientBody(String text, boolean replayable, long declaredLength, IOException failure) {
    return new ClientBody() {
      @Override
      public boolean replayable() {
        return replayable;
      }

      @Override
      public long declaredLength() {
        return declaredLength;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        if (failure != null) {
          throw failure;
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public String contentEncoding() {
        return null;
      }

      @Override
      public String contentType() {
        return "application/json";
      }
    };
  }

  @Test
  void aClientsBodyIsReadWhenItCanBeAndSentUnreadOtherwise() {
    RequestInspector inspector = inspector(FailureMode.OPEN, BODY.length());
    PolicyDecision redact = decision(Action.REDACT);

    Verdict read = inspector.inspectBody("okhttp", DESTINATION, redact, null, clientBody(BODY, true, -1, null));
    Verdict none = inspector.inspectBody("okhttp", DESTINATION, redact, "mail=" + EMAIL, null);
    Verdict oneShot = inspector.inspectBody("okhttp", DESTINATION, redact, null, clientBody(BODY, false, -1, null));
    Verdict declaredLarge = inspector.inspectBody("okhttp", DESTINATION, redact, null,
        clientBody(BODY, true, BODY.length() + 1, null));
    Verdict writtenLarge = inspector.inspectBody("okhttp", DESTINATION, redact, null,
        clientBody(BODY + " ", true, -1, null));
    Verdict failed = inspector.inspectBody("okhttp", DESTINATION, redact, null,
        clientBody(BODY, true, -1, new IOException("stream closed")));

    assertThat(new String(read.body(), StandardCharsets.UTF_8)).doesNotContain(EMAIL).contains("[EMAIL]");
    assertThat(none.rawQuery()).isEqualTo("mail=%5BEMAIL%5D");
    assertThat(List.of(oneShot, declaredLarge, writtenLarge, failed)).extracting(Verdict::uninspectedReason)
        .containsExactly(UninspectedReason.BODY_NOT_REPLAYABLE, UninspectedReason.BODY_TOO_LARGE,
            UninspectedReason.BODY_TOO_LARGE, UninspectedReason.INTERNAL_ERROR);
    assertThat(inspector(FailureMode.CLOSED, BODY.length()).inspectBody("okhttp", DESTINATION, redact, null,
        clientBody(BODY, false, -1, null)).refusal()).isInstanceOf(RequestRefusedException.class);
  }

  /**
   * A body that copies a stream it was given once, in chunks of {@code chunk} bytes, as upload
   * recipes write one; it claims to be replayable, as OkHttp's and Apache's bodies do by default.
   */
  private static ClientBody streamBody(String text, int chunk) {
    java.io.InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return new ClientBody() {
      @Override
      public boolean replayable() {
        return true;
      }

      @Override
      public long declaredLength() {
        return -1;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
        }
      }

      @Override
      public String contentEncoding() {
        return null;
      }

      @Override
      public String contentType() {
        return "application/json";
      }
    };
  }

  @Test
  void aBodyReadForInspectionIsSentAsReadNotWrittenASecondTime() {
    // review s33b: a body copying a stream went out empty under monitor, the stream read already
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    String clean = "{\"note\":\"nothing personal\"}";

    Verdict monitored = inspector.inspectBody("okhttp", DESTINATION, decision(Action.MONITOR), null,
        streamBody(BODY, 7));
    Verdict queryOnly = inspector.inspectBody("okhttp", DESTINATION, decision(Action.REDACT),
        "mail=" + EMAIL, streamBody(clean, 7));
    Verdict allowed = inspector.inspectBody("okhttp", DESTINATION, decision(Action.ALLOW), null,
        streamBody(BODY, 7));

    assertThat(new String(monitored.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
    assertThat(new String(queryOnly.body(), StandardCharsets.UTF_8)).isEqualTo(clean);
    assertThat(queryOnly.rawQuery()).isEqualTo("mail=%5BEMAIL%5D");
    assertThat(allowed).as("allow: not read at all").isSameAs(Verdict.UNCHANGED);
    Verdict libraryBody = inspector.inspectBody("okhttp", DESTINATION, decision(Action.MONITOR), null,
        new ChunkedReplayableBody(BODY, 8) {
          @Override
          public boolean givesTheSameBytesEachTime() {
            return true;
          }
        });
    assertThat(libraryBody.unchanged()).as("a library's own body is sent as it is").isTrue();
  }

  @Test
  void aStreamReadPartOfTheWayIsRefusedAndABodyThatStartsAgainIsSentUnread() {
    // review s33b: over max-body, the rest of a stream went out without its start (126,302 of 200,030 bytes)
    RequestInspector inspector = inspector(FailureMode.OPEN, 20);

    Verdict stream = inspector.inspectBody("okhttp", DESTINATION, decision(Action.REDACT), null,
        streamBody(BODY, 8));
    Verdict replayable = inspector.inspectBody("okhttp", DESTINATION, decision(Action.REDACT), null,
        new ChunkedReplayableBody(BODY, 8));
    // review s33f: a first write larger than max-body kept nothing, so the probe was skipped
    Verdict oneLargeWrite = inspector.inspectBody("okhttp", DESTINATION, decision(Action.REDACT), null,
        streamBody(BODY, 8192));

    assertThat(stream.refusal()).as("failure=open cannot send it intact").isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("its body was read and cannot be sent whole").hasMessageNotContaining("failure=closed");
    assertThat(replayable.refusal()).isNull();
    assertThat(replayable.body()).isNull();
    assertThat(replayable.uninspectedReason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE);
    assertThat(oneLargeWrite.refusal()).isInstanceOf(RequestRefusedException.class);
    assertThat(events).extracting(AuditEvent::outcome)
        .containsExactly(Outcome.REFUSED, Outcome.SENT_UNINSPECTED, Outcome.REFUSED);
  }

  /** A body built from a string, written in chunks of {@code chunk} bytes, the same each time. */
  private static class ChunkedReplayableBody implements ClientBody {
    private final String text;
    private final int chunk;

    ChunkedReplayableBody(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public long declaredLength() {
      return -1;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i += chunk) {
        out.write(bytes, i, Math.min(chunk, bytes.length - i));
      }
    }

    @Override
    public String contentEncoding() {
      return null;
    }

    @Override
    public String contentType() {
      return "application/json";
    }
  }

  @Test
  void aBodyInAnotherCharsetIsReadAndWrittenInItsCharset() {
    // review s32a: ISO-8859-1 left the name part of an address in clear, UTF-16 every value
    String text = "{\"note\":\"Mail j\u00fcrgen.m\u00fcller@example.com, card 4111 1111 1111 1111\"}";
    RequestInspector inspector = inspector(FailureMode.CLOSED, 1000);
    for (java.nio.charset.Charset charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16,
        java.nio.charset.Charset.forName("windows-1252"))) {
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
          RequestBody.of(text.getBytes(charset), null, "application/json; charset=" + charset.name()));

      assertThat(new String(verdict.body(), charset)).as(charset.name())
          .isEqualTo("{\"note\":\"Mail [EMAIL], card [PAYMENT_CARD]\"}");
    }
  }

  @Test
  void aBodyWhoseCharsetIsNotKnownOrDoesNotFitItsBytesIsReadAsUtf8() {
    // review s32e: refusing them, or sending them unread, was worse than reading them as before
    RequestInspector inspector = inspector(FailureMode.CLOSED, 1000);
    String mislabelled = "{\"note\":\"Mail j\u00fcrgen.m\u00fcller@example.com\"}";

    for (String contentType : List.of("application/json; charset=x-no-such-charset", "application/json; charset=",
        "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
        "application/json; charset=windows-1252")) {
      byte[] body = (contentType.endsWith("UTF-16") ? BODY : mislabelled).getBytes(StandardCharsets.UTF_8);
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
          RequestBody.of(body, null, contentType));

      assertThat(new String(verdict.body(), StandardCharsets.UTF_8)).as(contentType)
          .doesNotContain("example.com").contains("[EMAIL]");
    }
    assertThat(events).noneMatch(event -> event.outcome() == Outcome.REFUSED);
  }

  @Test
  void utf16AndUtf32AreReadAsTheirBytesShowThemWhateverTheLabelSays() {
    // review s33d: no label, the other byte order or a UTF-8 label sent every value with no event
    RequestInspector inspector = inspector(FailureMode.CLOSED, 1000);
    String text = "{\"note\":\"Mail jane.canary@example.com\"}";
    String redacted = "{\"note\":\"Mail [EMAIL]\"}";
    java.nio.charset.Charset utf32le = java.nio.charset.Charset.forName("UTF-32LE");
    java.nio.charset.Charset utf32be = java.nio.charset.Charset.forName("UTF-32BE");
    Object[][] cases = {
      {("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE), "application/json", StandardCharsets.UTF_16LE},
      {("\ufeff" + text).getBytes(StandardCharsets.UTF_16BE), null, StandardCharsets.UTF_16BE},
      {text.getBytes(StandardCharsets.UTF_16LE), "application/json", StandardCharsets.UTF_16LE},
      {text.getBytes(StandardCharsets.UTF_16BE), "text/plain", StandardCharsets.UTF_16BE},
      {text.getBytes(utf32le), "application/json", utf32le},
      {("\ufeff" + text).getBytes(utf32be), "application/octet-stream", utf32be},
      {text.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=UTF-16", StandardCharsets.UTF_16LE},
      {text.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=utf-8", StandardCharsets.UTF_16LE},
      {text.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=us-ascii", StandardCharsets.UTF_16LE},
      {text.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=ucs-2", StandardCharsets.UTF_16LE},
    };
    for (Object[] example : cases) {
      byte[] bytes = (byte[]) example[0];
      java.nio.charset.Charset charset = (java.nio.charset.Charset) example[2];
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
          RequestBody.of(bytes, null, (String) example[1]));

      assertThat(verdict.body()).as("%s as %s", example[1], charset).isNotNull();
      assertThat(new String(verdict.body(), charset).replace("\ufeff", ""))
          .as("%s as %s", example[1], charset).isEqualTo(redacted);
      assertThat(verdict.body()[0]).as("the mark, if any, kept").isEqualTo(bytes[0]);
    }
  }

  @Test
  void textThatIsNoUtf8UnderNoLabelOrAUtf8OneIsReadAsIso88591() {
    // review s33d: the part of an address before its ü went out, and the event said redacted
    RequestInspector inspector = inspector(FailureMode.CLOSED, 1000);
    String text = "{\"note\":\"Mail j\u00fcrgen.m\u00fcller@example.com\"}";
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);

    for (String contentType : java.util.Arrays.asList(null, "application/json", "text/plain; charset=UTF-8")) {
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
          RequestBody.of(latin1, null, contentType));
      assertThat(new String(verdict.body(), StandardCharsets.ISO_8859_1)).as(contentType)
          .isEqualTo("{\"note\":\"Mail [EMAIL]\"}");
    }
    // review s33f: one stray byte in UTF-8 text made all of it ISO-8859-1, and jürgen.mü went out
    byte[] utf8 = (text.replace("}", " \u00e9t\u00e9}")).getBytes(StandardCharsets.UTF_8);
    byte[] stray = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    stray[utf8.length] = (byte) 0xFC;
    Verdict mostlyUtf8 = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(stray, null, "application/json"));
    assertThat(new String(mostlyUtf8.body(), StandardCharsets.UTF_8)).startsWith("{\"note\":\"Mail [EMAIL]\"");
    Verdict form = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), "to=j%FCrgen.m%FCller%40example.com",
        RequestBody.of("note=hello&from=m%FCller%40example.com".getBytes(StandardCharsets.US_ASCII), null,
            "application/x-www-form-urlencoded; charset=UTF-8"));
    assertThat(new String(form.body(), StandardCharsets.US_ASCII)).isEqualTo("note=hello&from=%5BEMAIL%5D");
    assertThat(form.rawQuery()).isEqualTo("to=%5BEMAIL%5D");
  }

  @Test
  void utf16ThatDoesNotDecodeIsUninspectedAndBinaryDataIsReadAsBefore() {
    RequestInspector inspector = inspector(FailureMode.CLOSED, 1000);
    byte[] text = "{\"note\":\"Mail jane.canary@example.com\"}".getBytes(StandardCharsets.UTF_16LE);
    byte[] oddLength = java.util.Arrays.copyOf(text, text.length - 1);
    byte[] loneSurrogate = java.util.Arrays.copyOf(text, text.length + 2);
    loneSurrogate[text.length] = 0x00;
    loneSurrogate[text.length + 1] = (byte) 0xD8;
    byte[] protobuf = {0x08, 0x00, 0x10, 0x00, 0x1a, 0x03, 'a', 'b', 'c'};

    for (byte[] bytes : List.of(oddLength, loneSurrogate)) {
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
          RequestBody.of(bytes, null, "application/json; charset=UTF-16LE"));
      assertThat(verdict.refusal()).isInstanceOf(RequestRefusedException.class);
    }
    assertThat(inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(protobuf, null, "application/x-protobuf")).unchanged()).isTrue();
    assertThat(events).extracting(AuditEvent::reason)
        .containsExactly(UninspectedReason.UNSUPPORTED_ENCODING, UninspectedReason.UNSUPPORTED_ENCODING);
  }

  @Test
  void aUtf16BodyIsWrittenBackInItsByteOrderWithItsMarkIfItHadOne() {
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    String text = "{\"note\":\"Mail jane.canary@example.com\"}";
    byte[] littleWithMark = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
    byte[] bigWithoutMark = text.getBytes(StandardCharsets.UTF_16BE);

    byte[] little = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(littleWithMark, null, "application/json; charset=UTF-16")).body();
    byte[] big = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(bigWithoutMark, null, "application/json; charset=UTF-16")).body();

    assertThat(new String(little, StandardCharsets.UTF_16LE)).isEqualTo("\ufeff{\"note\":\"Mail [EMAIL]\"}");
    assertThat(new String(big, StandardCharsets.UTF_16BE)).isEqualTo("{\"note\":\"Mail [EMAIL]\"}");
  }

  @Test
  void aBodyOfUnknownLengthIsReadNoFurtherThanMaxBody() {
    // review s32e: a streamed upload of 300 MB under max-body=1MB was read whole, out of memory
    int[] chunksWritten = {0};
    ClientBody endless = new ClientBody() {
      @Override
      public boolean replayable() {
        return true;
      }

      @Override
      public long declaredLength() {
        return -1;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 16 * 1024; i++) { // a gigabyte
          out.write(chunk);
          chunksWritten[0]++;
        }
      }

      @Override
      public String contentEncoding() {
        return null;
      }

      @Override
      public String contentType() {
        return "application/octet-stream";
      }
    };

    Verdict verdict = inspector(FailureMode.OPEN, 100_000).inspectBody("okhttp", DESTINATION,
        decision(Action.REDACT), null, endless);

    assertThat(verdict.uninspectedReason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE);
    assertThat(chunksWritten[0]).isLessThanOrEqualTo(2);
  }

  @Test
  void aFormsEscapesAreReadInItsCharset() {
    // review s32e: Apache HttpClient 5's forms are ISO-8859-1, %FC is ü; read as UTF-8, the part
    // of the address before it went out as it was
    byte[] form = "name=J%FCrgen&email=j%FCrgen.m%FCller%40example.com&n=1".getBytes(StandardCharsets.US_ASCII);

    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("apache-httpclient5", DESTINATION,
        decision(Action.REDACT), null,
        RequestBody.of(form, null, "application/x-www-form-urlencoded; charset=ISO-8859-1"));

    assertThat(new String(verdict.body(), StandardCharsets.US_ASCII))
        .isEqualTo("name=J%FCrgen&email=%5BEMAIL%5D&n=1");
  }

  @Test
  void aFormsEscapesThatAreUtf8AreReadSoWhateverItsLabelSays() {
    // review s32g: Apache's APPLICATION_FORM_URLENCODED says ISO-8859-1 and a client may escape
    // UTF-8 under it; an ASCII form labelled UTF-16 was not read at all
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    byte[] utf8Escapes = "email=j%C3%BCrgen.m%C3%BCller%40example.com".getBytes(StandardCharsets.US_ASCII);
    byte[] ascii = "email=jane%40example.com&card=4111+1111+1111+1111".getBytes(StandardCharsets.US_ASCII);

    Verdict latin1 = inspector.inspect("apache-httpclient5", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(utf8Escapes, null, "application/x-www-form-urlencoded; charset=ISO-8859-1"));
    Verdict utf16 = inspector.inspect("apache-httpclient5", DESTINATION, decision(Action.REDACT), null,
        RequestBody.of(ascii, null, "application/x-www-form-urlencoded; charset=UTF-16"));

    assertThat(new String(latin1.body(), StandardCharsets.US_ASCII)).isEqualTo("email=%5BEMAIL%5D");
    assertThat(new String(utf16.body(), StandardCharsets.US_ASCII))
        .isEqualTo("email=%5BEMAIL%5D&card=%5BPAYMENT_CARD%5D");
  }

  @Test
  void aRuleNamedAfterAValueIsShownWithAPlaceholder() {
    // a rule named after the address it covers: its name is in every event and refusal
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        new PolicyDecision("legacy-10.20.30.40", Action.BLOCK), null, json(BODY));
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    inspector.inspect("okhttp", DESTINATION,
        new PolicyDecision("key_AKIAIOSFODNN7EXAMPLE", Action.MONITOR), null, json(BODY));

    assertThat(verdict.refusal()).hasMessageContaining("rule \"legacy-[IP_ADDRESS]\"");
    assertThat(events).extracting(AuditEvent::rule)
        .containsExactly("legacy-[IP_ADDRESS]", "key_[SECRET]");
  }

  @Test
  void cleanRequestIsNeitherChangedNorAudited() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.BLOCK), "page=2", json("{\"prompt\":\"hello\"}"));
    assertThat(verdict.unchanged()).isTrue();
    assertThat(events).isEmpty();
  }

  @Test
  void redactReplacesBodyAndQueryValuesAndKeepsJsonValid() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), "to=jane.canary%40example.com&page=1", json(BODY));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"prompt\":\"Write to [EMAIL] and again [EMAIL]\"}");
    assertThat(verdict.rawQuery()).isEqualTo("to=%5BEMAIL%5D&page=1");
    assertThat(verdict.restoreResponse()).isFalse();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.REDACTED);
      assertThat(event.findings()).containsEntry("EMAIL", 3);
    });
  }

  @Test
  void aBodyLabelledJsonThatIsNoStrictJsonHasEveryValueReplaced() {
    String pythonDict = "{'prompt': 'Write to " + EMAIL + "', 'card': '4111 1111 1111 1111'}";
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, json(pythonDict));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8))
        .isEqualTo("{'prompt': 'Write to [EMAIL]', 'card': '[PAYMENT_CARD]'}");
  }

  @Test
  void aBareCardInToolCallArgumentsIsRedactedAndTokenizedKeepingBothDocumentsValid()
      throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    String body = "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":"
        + "{\"name\":\"pay\",\"arguments\":\"{\\\"card\\\":4111111111111111,\\\"n\\\":2}\"}}]}]}";
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);

    Verdict redacted = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null, json(body));
    String arguments = mapper.readTree(redacted.body())
        .at("/messages/0/tool_calls/0/function/arguments").asText();
    assertThat(mapper.readTree(arguments).get("card").asText()).isEqualTo("[PAYMENT_CARD]");

    Verdict tokenized = inspector.inspect("okhttp", DESTINATION, decision(Action.TOKENIZE), null, json(body));
    String sent = new String(tokenized.body(), StandardCharsets.UTF_8);
    assertThat(sent).doesNotContain("4111111111111111");
    String tokenArguments = mapper.readTree(sent).at("/messages/0/tool_calls/0/function/arguments").asText();
    assertThat(mapper.readTree(tokenArguments).get("card").asText()).startsWith("PAYMENT_CARD_");
  }

  @Test
  void tokenizeReplacesValuesWithTokensThatARestorerTurnsBack() {
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.TOKENIZE), null, json(BODY));
    String sent = new String(verdict.body(), StandardCharsets.UTF_8);
    assertThat(sent).doesNotContain(EMAIL);
    assertThat(verdict.restoreResponse()).isTrue();

    ChunkRestorer restorer = inspector.newRestorer("application/json");
    byte[] reply = sent.getBytes(StandardCharsets.UTF_8);
    String restored = new String(restorer.restore(reply, 0, 17), StandardCharsets.UTF_8)
        + new String(restorer.restore(reply, 17, reply.length - 17), StandardCharsets.UTF_8)
        + new String(restorer.finish(), StandardCharsets.UTF_8);
    assertThat(restored).isEqualTo(BODY);
  }

  @Test
  void aReplyInASingleByteCharsetGetsItsValuesBackInThatCharset() {
    // review s32a: the value came back as UTF-8 bytes, jÃ¼rgen in an ISO-8859-1 reply
    String text = "{\"note\":\"Gr\u00fc\u00dfe, j\u00fcrgen.m\u00fcller@example.com\"}";
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.TOKENIZE), null,
        RequestBody.of(text.getBytes(StandardCharsets.ISO_8859_1), null, "application/json; charset=ISO-8859-1"));
    byte[] reply = verdict.body();

    ChunkRestorer restorer = inspector.newRestorer("application/json; charset=ISO-8859-1");
    java.io.ByteArrayOutputStream restored = new java.io.ByteArrayOutputStream();
    for (int at = 0; at < reply.length; at += 5) {
      restored.writeBytes(restorer.restore(reply, at, Math.min(5, reply.length - at)));
    }
    restored.writeBytes(restorer.finish());

    assertThat(new String(reply, StandardCharsets.ISO_8859_1)).doesNotContain("example.com");
    assertThat(restored.toString(StandardCharsets.ISO_8859_1)).isEqualTo(text);
  }

  @Test
  void aWindows1252ReplyGetsItsValuesBackAndKeepsItsUndefinedBytes() {
    // review s32g: the value came back as UTF-8; review s32e: bytes 0x81 and 0x8D became '?'
    java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
    String text = "{\"note\":\"j\u00fcrgen.m\u00fcller@example.com\"}";
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    byte[] sent = inspector.inspect("okhttp", DESTINATION, decision(Action.TOKENIZE), null,
        RequestBody.of(text.getBytes(windows1252), null, "application/json; charset=windows-1252")).body();
    byte[] reply = new byte[sent.length + 2];
    reply[0] = (byte) 0x81;
    System.arraycopy(sent, 0, reply, 1, sent.length);
    reply[reply.length - 1] = (byte) 0x8D;

    ChunkRestorer restorer = inspector.newRestorer("application/json; charset=windows-1252");
    java.io.ByteArrayOutputStream restored = new java.io.ByteArrayOutputStream();
    for (int at = 0; at < reply.length; at += 7) {
      restored.writeBytes(restorer.restore(reply, at, Math.min(7, reply.length - at)));
    }
    restored.writeBytes(restorer.finish());

    byte[] expected = new byte[text.getBytes(windows1252).length + 2];
    expected[0] = (byte) 0x81;
    System.arraycopy(text.getBytes(windows1252), 0, expected, 1, expected.length - 2);
    expected[expected.length - 1] = (byte) 0x8D;
    assertThat(restored.toByteArray()).isEqualTo(expected);
  }

  @Test
  void blockRefusesWithAnExceptionNamingRuleAndTypesButNoValue() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.BLOCK), "card=4111111111111111", json(BODY));
    assertThat(verdict.refusal()).isInstanceOf(PiiBlockedException.class)
        .hasMessage("PII Guard blocked a request to api.openai.com: rule \"test-rule\" found EMAIL, PAYMENT_CARD");
    assertThat(events).singleElement().satisfies(event ->
        assertThat(event.outcome()).isEqualTo(Outcome.BLOCKED));
  }

  @Test
  void formFieldsAreDecodedScannedAndEncodedAgain() {
    String form = "email=jane.canary%40example.com&card=4111+1111+1111+1111&note=hi&phone=%2B14155552671";
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), null, form(form));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8)).isEqualTo(
        "email=%5BEMAIL%5D&card=%5BPAYMENT_CARD%5D&note=hi&phone=%5BPHONE%5D");
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.findings()).containsEntry("EMAIL", 1).containsEntry("PAYMENT_CARD", 1)
          .containsEntry("PHONE", 1);
      assertThat(AuditJson.toJson(event)).doesNotContain("canary", "4111", "4155552671");
    });
  }

  @Test
  void tokenizedFormFieldsAreRestoredInTheReply() {
    RequestInspector inspector = inspector(FailureMode.OPEN, 1000);
    Verdict verdict = inspector.inspect("jdk-http", DESTINATION, decision(Action.TOKENIZE), null,
        form("to=jane.canary%40example.com&subject=hello"));
    String sent = new String(verdict.body(), StandardCharsets.UTF_8);
    assertThat(sent).doesNotContain("canary").startsWith("to=").endsWith("&subject=hello");
    String token = java.net.URLDecoder.decode(sent.substring(3, sent.indexOf('&')), StandardCharsets.UTF_8);
    byte[] reply = ("{\"echo\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8);
    ChunkRestorer restorer = inspector.newRestorer("application/json");
    String restored = new String(restorer.restore(reply, 0, reply.length), StandardCharsets.UTF_8)
        + new String(restorer.finish(), StandardCharsets.UTF_8);
    assertThat(restored).isEqualTo("{\"echo\":\"" + EMAIL + "\"}");
  }

  @Test
  void jsonSentAsAFormIsScannedAsItIs() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), null, form("{\"email\":\"" + EMAIL + "\",\"q\":\"a=b+c\"}"));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"email\":\"[EMAIL]\",\"q\":\"a=b+c\"}");
  }

  @Test
  void aValueInAFieldNameOrAfterAStrayAmpersandIsRedacted() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), null, form("note=Tom & Jerry " + EMAIL + "=primary&x=1"));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8))
        .isEqualTo("note=Tom &+Jerry+%5BEMAIL%5D=primary&x=1");
  }

  @Test
  void aFormFieldsNameIsItsValuesContext() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), "mobile=07700900123", form("phone=4155552671&ssn=123456789"));
    assertThat(new String(verdict.body(), StandardCharsets.UTF_8))
        .isEqualTo("phone=%5BPHONE%5D&ssn=%5BUS_SSN%5D");
    assertThat(verdict.rawQuery()).isEqualTo("mobile=%5BPHONE%5D");
  }

  @Test
  void aFormStartingWithABracketIsStillAFormAndJsonAfterAByteOrderMarkIsJson() {
    Verdict form = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), null, form("[]=x&card=4111+1111+1111+1111"));
    assertThat(new String(form.body(), StandardCharsets.UTF_8)).isEqualTo("[]=x&card=%5BPAYMENT_CARD%5D");
    Verdict json = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.REDACT), null, form("\uFEFF{\"email\":\"" + EMAIL + "\"}"));
    assertThat(new String(json.body(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF{\"email\":\"[EMAIL]\"}");
  }

  @Test
  void aFormBodyWithoutFindingsIsSentAsItWas() {
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("jdk-http", DESTINATION,
        decision(Action.BLOCK), null, form("q=shoes&size=42&page=2"));
    assertThat(verdict.unchanged()).isTrue();
    assertThat(events).isEmpty();
  }

  private static RequestBody form(String text) {
    return RequestBody.of(text.getBytes(StandardCharsets.UTF_8), null,
        "application/x-www-form-urlencoded; charset=UTF-8");
  }

  @Test
  void gzipBodyIsInspectedDecodedAndSentEncoded() throws Exception {
    byte[] gzip = GzipCodec.encode(BODY.getBytes(StandardCharsets.UTF_8));
    Verdict verdict = inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, RequestBody.of(gzip, "gzip", "application/json"));
    byte[] sent = GzipCodec.decode(verdict.body(), 0, verdict.body().length, 1000);
    assertThat(new String(sent, StandardCharsets.UTF_8)).doesNotContain(EMAIL).contains("[EMAIL]");
  }

  @Test
  void unknownEncodingFollowsTheFailureMode() {
    RequestBody brotli = RequestBody.of(new byte[] {1, 2, 3}, "br", null);
    assertThat(inspector(FailureMode.OPEN, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, brotli).unchanged()).isTrue();
    assertThat(inspector(FailureMode.CLOSED, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, brotli).refusal()).isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("unsupported-encoding");
    assertThat(events).extracting(AuditEvent::outcome)
        .containsExactly(Outcome.SENT_UNINSPECTED, Outcome.REFUSED);
    assertThat(events).extracting(AuditEvent::reason)
        .containsOnly(UninspectedReason.UNSUPPORTED_ENCODING);
  }

  @Test
  void aBodyLabelledGzipThatIsNoGzipIsAnUnsupportedEncodingNotAnInternalError() {
    RequestBody notGzip = RequestBody.of(BODY.getBytes(StandardCharsets.UTF_8), "gzip", "application/json");
    assertThat(inspector(FailureMode.CLOSED, 1000).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, notGzip).refusal()).isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("unsupported-encoding");
    assertThat(events).extracting(AuditEvent::reason)
        .containsExactly(UninspectedReason.UNSUPPORTED_ENCODING);
  }

  @Test
  void bodyOverMaxBodyIsUninspected() {
    Verdict verdict = inspector(FailureMode.CLOSED, 10).inspect("okhttp", DESTINATION,
        decision(Action.REDACT), null, json(BODY));
    assertThat(verdict.refusal()).isInstanceOf(RequestRefusedException.class);
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.kind()).isEqualTo(AuditEvent.Kind.UNINSPECTED);
      assertThat(event.reason()).isEqualTo(UninspectedReason.BODY_TOO_LARGE);
    });
  }

  @Test
  void internalErrorSendsIntactWhenOpenAndRefusesWhenClosed() {
    ValueRewriter failing = new ValueRewriter() {
      @Override
      public byte[] redactUtf8(byte[] utf8, int offset, int length, List<dev.piiguard.core.Finding> f, boolean json) {
        throw new IllegalStateException("boom");
      }

      @Override
      public byte[] tokenizeUtf8(byte[] utf8, int offset, int length, List<dev.piiguard.core.Finding> f, boolean json) {
        throw new IllegalStateException("boom");
      }

      @Override
      public String fingerprint(String type, CharSequence value) {
        return "x";
      }

      @Override
      public ChunkRestorer newRestorer(String contentType) {
        throw new IllegalStateException("boom");
      }
    };
    for (FailureMode mode : FailureMode.values()) {
      RequestInspector inspector = new RequestInspector(Policy.builder().build(),
          PiiScanner.defaults(), failing, events::add, mode, 1000);
      Verdict verdict = inspector.inspect("okhttp", DESTINATION, decision(Action.REDACT), null, json(BODY));
      assertThat(verdict.body()).isNull();
      assertThat(verdict.refusal() != null).isEqualTo(mode == FailureMode.CLOSED);
    }
    assertThat(events).extracting(AuditEvent::reason).containsOnly(UninspectedReason.INTERNAL_ERROR);
  }
}
