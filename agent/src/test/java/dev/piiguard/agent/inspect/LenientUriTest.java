package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientUriTest {

  @ParameterizedTest
  @ValueSource(strings = {"/crm?filter={\"email\":\"jane@example.com\"}", "/crm?discount=50%&x=1",
    "/crm?note=a^b|c", "/c rm", "http://host.test/crm?q=`x`"})
  void aUrlThatUriRejectsIsReadWithItsHostPathAndQuery(String text) {
    URI uri = LenientUri.parse(text);

    assertThat(uri).isNotNull();
    assertThat(uri.getRawPath()).startsWith("/c");
  }

  @Test
  void theQueryKeepsItsValuesPercentEncoded() {
    URI uri = LenientUri.parse("/crm?filter={\"email\":\"jane@example.com\"}&p=50%");

    assertThat(uri.getRawQuery()).isEqualTo("filter=%7B%22email%22:%22jane@example.com%22%7D&p=50%25");
    assertThat(uri.getQuery()).isEqualTo("filter={\"email\":\"jane@example.com\"}&p=50%");
  }

  @Test
  void aValidUrlIsReadAsItIs() {
    assertThat(LenientUri.parse("http://host.test/a%2Fb?x=%40")).hasToString("http://host.test/a%2Fb?x=%40");
  }

  @Test
  void aHashAndBracketsAfterTheAuthorityArePartOfThePathOrQuery() {
    // review s31f: the text after '#' was sent and not scanned; brackets in a path were unreadable
    URI uri = LenientUri.parse("http://[::1]:8080/crm/[1]?a=1#email=jane@example.com");

    assertThat(uri.getHost()).isEqualTo("[::1]");
    assertThat(uri.getRawPath()).isEqualTo("/crm/%5B1%5D");
    assertThat(uri.getRawQuery()).isEqualTo("a=1%23email=jane@example.com");
    assertThat(uri.getRawFragment()).isNull();
  }

  @Test
  void thePathOfARequestTargetIsWhatComesBeforeItsQuery() {
    assertThat(LenientUri.rawPathOf("/crm/[1]?x=http://a/b")).isEqualTo("/crm/[1]");
    assertThat(LenientUri.rawPathOf("http://host.test/crm?x=1")).isEqualTo("/crm");
    assertThat(LenientUri.rawPathOf("http://host.test")).isEqualTo("/");
  }

  @Test
  void aNewQueryLeavesTheRestOfTheTargetAsSent() {
    // review s31g: the path was re-encoded and an absolute target made a path
    assertThat(LenientUri.withQuery("/red/a b/[1]?email=x#y", "email=%5BEMAIL%5D"))
        .isEqualTo("/red/a b/[1]?email=%5BEMAIL%5D");
    assertThat(LenientUri.withQuery("http://red_1.internal/x?e=1", "e=2")).isEqualTo("http://red_1.internal/x?e=2");
    assertThat(LenientUri.withQuery("/x", "e=2")).isEqualTo("/x?e=2");
  }

  @Test
  void theRawQueryIsWhatFollowsTheFirstQuestionMark() {
    assertThat(LenientUri.rawQueryOf("/a?b=c%40d&e=?")).isEqualTo("b=c%40d&e=?");
    assertThat(LenientUri.rawQueryOf("https://h.example/a?q=1")).isEqualTo("q=1");
    assertThat(LenientUri.rawQueryOf("/a")).isNull();
  }
}
