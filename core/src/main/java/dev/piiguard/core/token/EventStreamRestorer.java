package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.ByteSink;
import dev.piiguard.core.internal.splice.JsonEscapes;
import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.json.JsonStrings;
import dev.piiguard.core.redact.TextFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Restores tokens in a server-sent-event stream ({@code text/event-stream}) whose events carry
 * JSON, also when a token is split across two events, as AI APIs do when they stream text deltas.
 *
 * <p>Bytes arrive in chunks split anywhere. Complete events are parsed; in an event whose {@code
 * data} is JSON, a string member named {@code content}, {@code text}, {@code delta}, {@code
 * arguments}, {@code partial_json}, {@code thinking}, {@code refusal}, {@code reasoning} or {@code
 * reasoning_content} is a delta: deltas at the same JSON path, under objects with the same {@code
 * index}, {@code output_index}, {@code content_index} and {@code item_id} members, form one channel
 * of text (OpenAI chat completions {@code choices[].delta.content} and tool-call arguments, the
 * OpenAI Responses API {@code delta}, Anthropic {@code delta.text} and {@code partial_json}, Gemini
 * {@code candidates[].content.parts[].text}). Each channel's decoded text goes through its own
 * {@link StreamingRestorer}; other strings have complete tokens restored in place.
 *
 * <p>When a delta ends with the beginning of a possible token, its event is held back (with any
 * data-less events such as comments after it) until the next event with data arrives: if that
 * event continues the channel, the held part moves into it and a token split across the two is
 * restored there; otherwise the held text goes back into the held event unchanged. So every event
 * is released, in order, at most one event late, and no text is lost or moved to another channel.
 * An event that needs no change is released byte for byte as it came; a changed one is written
 * with one {@code data: } line per line of its JSON.
 *
 * <p>Data that is not JSON (such as {@code [DONE]}) only has complete tokens restored. An event
 * larger than 1 MiB switches the rest of the stream to plain {@link StreamingRestorer} handling
 * (tokens are restored unless split across events). Not thread-safe: one instance per stream.
 */
public final class EventStreamRestorer {

  /** Member names whose string values are streamed text deltas. */
  static final Set<String> DELTA_MEMBERS =
      Set.of("content", "text", "delta", "arguments", "partial_json", "thinking", "refusal",
          "reasoning", "reasoning_content");

  static final int MAX_EVENT_BYTES = 1 << 20;

  private final Tokenizer tokenizer;
  private final Map<String, StreamingRestorer> channels = new HashMap<>();
  private final ByteSink pending = new ByteSink(1024);
  private int scanned;
  private HeldEvent held;
  private StreamingRestorer fallback;

  EventStreamRestorer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Takes the next {@code length} bytes from {@code offset}; returns the bytes released now. */
  public byte[] restoreUtf8(byte[] chunk, int offset, int length) {
    if (fallback != null) {
      return fallback.restoreUtf8(chunk, offset, length);
    }
    pending.write(chunk, offset, length);
    ByteSink out = new ByteSink(length + 64);
    int eventEnd;
    while ((eventEnd = nextEventEnd()) > 0) {
      byte[] event = Arrays.copyOf(pending.array(), eventEnd);
      dropFromPending(eventEnd);
      accept(ServerSentEvent.parse(event), out);
    }
    if (pending.size() > MAX_EVENT_BYTES) {
      switchToFallback(out);
    }
    return out.toByteArray();
  }

  /** Ends the stream: returns everything still held back. */
  public byte[] finish() {
    ByteSink out = new ByteSink(pending.size() + 64);
    if (fallback != null) {
      byte[] rest = fallback.finish();
      out.write(rest, 0, rest.length);
      return out.toByteArray();
    }
    releaseHeld(null, out);
    if (pending.size() > 0) {
      byte[] rest = tokenizer.restoreUtf8(pending.array(), 0, pending.size(), TextFormat.JSON);
      out.write(rest, 0, rest.length);
      pending.clear();
    }
    return out.toByteArray();
  }

  private void accept(ServerSentEvent event, ByteSink out) {
    if (!event.hasData()) {
      if (held != null) {
        held.followers.add(event.raw());
      } else {
        out.write(event.raw(), 0, event.raw().length);
      }
      return;
    }
    List<JsonStringValues.StringValue> strings = strings(event.data());
    Map<String, JsonStringValues.StringValue> deltas = deltas(strings);
    Map<String, String> decoded = new HashMap<>();
    for (Map.Entry<String, JsonStringValues.StringValue> delta : deltas.entrySet()) {
      decoded.put(delta.getKey(), decode(event.data(), delta.getValue()));
    }
    releaseHeld(decoded, out);
    if (strings == null) {
      String restored = tokenizer.restore(event.data(), TextFormat.PLAIN);
      writeEvent(event, restored, out);
      return;
    }
    Map<JsonStringValues.StringValue, StringBuilder> contents = new HashMap<>();
    boolean holdsText = false;
    for (Map.Entry<String, JsonStringValues.StringValue> delta : deltas.entrySet()) {
      StreamingRestorer channel =
          channels.computeIfAbsent(delta.getKey(), key -> tokenizer.streamingRestorer());
      contents.put(delta.getValue(), new StringBuilder(channel.restoreChars(decoded.get(delta.getKey()))));
      holdsText |= channel.held() > 0;
    }
    HeldEvent current = new HeldEvent(event, strings, deltas, contents);
    if (holdsText) {
      held = current;
    } else {
      current.writeTo(out);
    }
  }

  /**
   * Releases the held event. A channel's held text moves on to the next event only when {@code
   * next} continues that channel and a token starts, or may still start, inside the held text;
   * otherwise it goes back into the held event unchanged.
   */
  private void releaseHeld(Map<String, String> next, ByteSink out) {
    if (held == null) {
      return;
    }
    for (Map.Entry<String, JsonStringValues.StringValue> delta : held.deltas.entrySet()) {
      StreamingRestorer channel = channels.get(delta.getKey());
      String following = next == null ? null : next.get(delta.getKey());
      if (following == null || !tokenStartsWithin(channel.heldText(), following)) {
        held.contents.get(delta.getValue()).append(channel.finishChars());
      }
    }
    held.writeTo(out);
    held = null;
  }

  private boolean tokenStartsWithin(String heldText, String following) {
    if (heldText.isEmpty()) {
      return false;
    }
    Units units = Units.of(heldText + following);
    TokenMatcher.Match match = new TokenMatcher.Match();
    if (tokenizer.matcher().find(units, 0, units.length(), match) && match.start < heldText.length()) {
      return true;
    }
    return tokenizer.matcher().holdFrom(units) < heldText.length();
  }

  private void switchToFallback(ByteSink out) {
    releaseHeld(null, out);
    fallback = tokenizer.streamingRestorer(TextFormat.JSON);
    byte[] released = fallback.restoreUtf8(pending.array(), 0, pending.size());
    out.write(released, 0, released.length);
    pending.clear();
  }

  private static List<JsonStringValues.StringValue> strings(String data) {
    try {
      return JsonStringValues.of(data);
    } catch (JsonStringValues.MalformedJsonException notJson) {
      return null;
    }
  }

  private static Map<String, JsonStringValues.StringValue> deltas(
      List<JsonStringValues.StringValue> strings) {
    Map<String, JsonStringValues.StringValue> deltas = new HashMap<>();
    if (strings != null) {
      for (JsonStringValues.StringValue value : strings) {
        if (value.name() != null && DELTA_MEMBERS.contains(value.name())) {
          deltas.putIfAbsent(value.channel(), value);
        }
      }
    }
    return deltas;
  }

  private static String decode(String json, JsonStringValues.StringValue value) {
    return JsonEscapes.decode(Units.of(json), value.start(), value.end());
  }

  /** Finds the end of the first complete event in the pending bytes, or -1. */
  private int nextEventEnd() {
    byte[] bytes = pending.array();
    int size = pending.size();
    int lineStart = lineStartBefore(scanned);
    for (int i = scanned; i < size; i++) {
      byte b = bytes[i];
      if (b != '\n' && b != '\r') {
        continue;
      }
      int terminatorEnd = i + 1;
      if (b == '\r') {
        if (i + 1 >= size) {
          scanned = i;
          return -1;
        }
        if (bytes[i + 1] == '\n') {
          terminatorEnd = i + 2;
        }
      }
      if (i == lineStart) {
        scanned = 0;
        return terminatorEnd;
      }
      lineStart = terminatorEnd;
      i = terminatorEnd - 1;
    }
    scanned = size;
    return -1;
  }

  private int lineStartBefore(int index) {
    byte[] bytes = pending.array();
    int start = index;
    while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    return start;
  }

  private void dropFromPending(int count) {
    byte[] bytes = pending.array();
    int rest = pending.size() - count;
    System.arraycopy(bytes, count, bytes, 0, rest);
    pending.clear();
    pending.write(bytes, 0, rest);
  }

  private void writeEvent(ServerSentEvent event, String data, ByteSink out) {
    if (data.equals(event.data())) {
      out.write(event.raw(), 0, event.raw().length);
    } else {
      byte[] rewritten = event.withData(data);
      out.write(rewritten, 0, rewritten.length);
    }
  }

  /** An event with data, its deltas and their restored text so far. */
  private final class HeldEvent {
    final ServerSentEvent event;
    final List<JsonStringValues.StringValue> strings;
    final Map<String, JsonStringValues.StringValue> deltas;
    final Map<JsonStringValues.StringValue, StringBuilder> contents;
    final List<byte[]> followers = new ArrayList<>();

    HeldEvent(
        ServerSentEvent event,
        List<JsonStringValues.StringValue> strings,
        Map<String, JsonStringValues.StringValue> deltas,
        Map<JsonStringValues.StringValue, StringBuilder> contents) {
      this.event = event;
      this.strings = strings;
      this.deltas = deltas;
      this.contents = contents;
    }

    void writeTo(ByteSink out) {
      String json = event.data();
      StringBuilder rewritten = new StringBuilder(json.length() + 32);
      int copied = 0;
      for (JsonStringValues.StringValue value : strings) {
        rewritten.append(json, copied, value.start());
        StringBuilder content = contents.get(value);
        String raw = json.substring(value.start(), value.end());
        if (content == null) {
          rewritten.append(tokenizer.restore(raw, TextFormat.JSON));
        } else if (content.toString().equals(decode(json, value))) {
          rewritten.append(raw);
        } else {
          JsonStrings.appendEscaped(rewritten, content);
        }
        copied = value.end();
      }
      rewritten.append(json, copied, json.length());
      writeEvent(event, rewritten.toString(), out);
      for (byte[] follower : followers) {
        out.write(follower, 0, follower.length);
      }
    }
  }
}
