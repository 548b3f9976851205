package dev.piiguard.cli.report.render;

import java.util.List;

/**
 * Inputs written by an attacker or by a careless program: markup in names and messages, and raw
 * personal data (canaries) in messages, file names, unknown fields and URL paths.
 */
final class HostileInput {

  /** Values that must never appear in any report. */
  static final List<String> CANARIES =
      List.of("4111111111111111", "4111 1111 1111 1111", "jane.doe@example.com", "DE89370400440532013000",
          "123-45-6789", "sk-proj-abcdefghijklmnopqrstuvwx1234");

  static final String SPOTBUGS_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <BugCollection version="4.10.4" sequence="0" timestamp="1795619613928" analysisTimestamp="1795619617689" release="">
        <BugInstance type="PII_TO_LOG" priority="1" rank="5" abbrev="PII" category="SECURITY" cweid="532">
          <ShortMessage>Personal data written to a log</ShortMessage>
          <LongMessage>Sensitive &lt;img src=x onerror="window.pwned=1"&gt; value 4111111111111111 of jane.doe@example.com (IBAN DE89370400440532013000, SSN 123-45-6789, key sk-proj-abcdefghijklmnopqrstuvwx1234) reaches org.slf4j.Logger.info</LongMessage>
          <Class classname="com.example.&lt;script&gt;window.pwned=1&lt;/script&gt;" primary="true"/>
          <Method classname="com.example.&lt;script&gt;window.pwned=1&lt;/script&gt;" name="pay&quot;&gt;&lt;svg onload=window.pwned=1&gt;" signature="(Ljava/lang/String;)V" isStatic="false" primary="true"/>
          <Field classname="com.example.Customer" name="email" signature="Ljava/lang/String;" isStatic="false" role="FIELD_PII_SOURCE"/>
          <Method classname="org.slf4j.Logger" name="info" signature="(Ljava/lang/String;)V" isStatic="false" role="METHOD_PII_SINK"/>
          <String value="EMAIL" role="STRING_PII_TYPE"/>
          <String value="jane.doe@example.com 4111 1111 1111 1111" role="STRING_CONSTANT"/>
          <SourceLine classname="com.example.Shop" primary="true" role="SOURCE_LINE_PII_SINK" start="42" end="42" sourcefile="Shop.java" sourcepath="com/example/jane.doe@example.com/Shop.java"/>
          <SourceLine classname="com.example.Shop" role="SOURCE_LINE_PII_SOURCE" start="41" end="41" sourcefile="Shop.java" sourcepath="com/example/Shop.java"/>
        </BugInstance>
        <BugPattern type="PII_TO_LOG" abbrev="PII" category="SECURITY" cweid="532">
          <ShortDescription>Personal data &lt;b&gt;written&lt;/b&gt; to a log</ShortDescription>
          <Details><![CDATA[<p>Explained <script>window.pwned=1</script><img src=x onerror="window.pwned=1"> for 4111111111111111.</p>]]></Details>
        </BugPattern>
      </BugCollection>
      """;

  static final String AUDIT_JSONL = """
      {"time":"2026-11-25T15:03:16.123Z","event":"request","client":"<script>window.pwned=1</script>","destination":{"scheme":"https","host":"api.openai.com","port":443,"path":"/v1/users/jane.doe@example.com/cards/4111111111111111"},"tls":true,"rule":"ai","action":"tokenize","outcome":"tokenized","findings":{"EMAIL":1,"PAYMENT_CARD":1},"fingerprints":[{"type":"EMAIL","hmac":"Zr1b"}],"frame":"com.example.Shop.pay(Shop.java:42)","body":"card 4111 1111 1111 1111 for jane.doe@example.com","value":"4111111111111111","bytesScanned":10,"durationMicros":3}
      {"time":"2026-11-25T15:03:17.000Z","event":"request","client":"okhttp","destination":{"scheme":"https","host":"hooks.example","port":443,"path":"/<img src=x onerror=window.pwned=1>"},"tls":true,"rule":"<b>x</b>","action":"monitor","outcome":"sent\\"><script>window.pwned=1</script>","findings":{"IBAN":1},"frame":"<script>window.pwned=1</script>(x)","bytesScanned":10,"durationMicros":3}
      """;

  private HostileInput() {}
}
