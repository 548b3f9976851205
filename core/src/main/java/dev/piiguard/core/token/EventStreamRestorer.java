package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.ByteSink;
import dev.piiguard.core.internal.splice.JsonEscapes;
import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.json.JsonStrings;
import dev.piiguard.core.redact.TextFormat;
import java.util.ArrayDeque;
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
 * <p>When a delta ends with the beginning of a possible token, its event is held back until the
 * next delta of the same channel arrives: if a token starts in the held part, the held part moves
 * into that delta and a token split across the two is restored there; otherwise the held text goes
 * back into the held event unchanged. Events that arrive meanwhile (a keep-alive {@code ping}, the
 * deltas of another choice of an {@code n=2} request, comments) wait behind it, so every event is
 * released in order and no text is lost or moved to another channel. At most {@value
 * #MAX_WAITING_EVENTS} events with data wait, and as many without data behind each: then the held
 * ones are released with their held text as it is.
 * An event that needs no change is released byte for byte as it came; a changed one is written
 * with one {@code data: } line per line of its JSON.
 *
 * <p>Data that is not JSON (such as {@code [DONE]}) only has complete tokens restored, and releases
 * every held event first; JSON too deeply nested to read for deltas has complete tokens restored
 * JSON-escaped. An event
 * larger than 1 MiB switches the rest of the stream to plain {@link StreamingRestorer} handling
 * (tokens are restored unless split across events). Not thread-safe: one instance per stream.
 */
public final class EventStreamRestorer {

  /** Member names whose string values are streamed text deltas. */
  static final Set<String> DELTA_MEMBERS =
      Set.of("content", "text", "delta", "arguments", "partial_json", "thinking", "refusal",
          "reasoning", "reasoning_content");

  static final int MAX_EVENT_BYTES = 1 << 20;
  /** The most events that wait behind one whose delta ends with a possible token prefix. */
  static final int MAX_WAITING_EVENTS = 64;

  private final Tokenizer tokenizer;
  private final Map<String, StreamingRestorer> channels = new HashMap<>();
  /** The events held back or waiting behind a held one, in the order they came. */
  private final ArrayDeque<HeldEvent> waiting = new ArrayDeque<>();
  /** For each channel that holds text, the event its held text came from. */
  private final Map<String, HeldEvent> holders = new HashMap<>();
  private final ByteSink pending = new ByteSink(1024);
  /** Where the unread bytes of {@link #pending} start: events before it were taken. */
  private int read;
  /** How far {@link #nextEventEnd} has looked, and where the line it is in starts. */
  private int scanned;
  private int lineStart;
  /** Whether the stream has ended, so that a CR at the very end ends a line. */
  private boolean ended;
  private StreamingRestorer fallback;

  EventStreamRestorer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Takes the next {@code length} bytes from {@code offset}; returns the bytes released now. */
  public byte[] restoreUtf8(byte[] chunk, int offset, int length) {
    if (fallback != null) {
      return fallback.restoreUtf8(chunk, offset, length);
    }
    compactPending();
    pending.write(chunk, offset, length);
    ByteSink out = new ByteSink(length + 64);
    takeEvents(out);
    if (pending.size() - read > MAX_EVENT_BYTES) {
      switchToFallback(out);
    }
    return out.toByteArray();
  }

  /** Ends the stream: returns everything still held back. */
  public byte[] finish() {
    ByteSink out = new ByteSink(pending.size() - read + 64);
    if (fallback != null) {
      byte[] rest = fallback.finish();
      out.write(rest, 0, rest.length);
      return out.toByteArray();
    }
    ended = true;
    takeEvents(out);
    releaseAll(out);
    if (pending.size() > read) {
      byte[] rest = tokenizer.restoreUtf8(pending.array(), read, pending.size() - read, TextFormat.JSON);
      out.write(rest, 0, rest.length);
      read = pending.size();
    }
    return out.toByteArray();
  }

  private void takeEvents(ByteSink out) {
    int eventEnd;
    while ((eventEnd = nextEventEnd()) > 0) {
      byte[] event = Arrays.copyOfRange(pending.array(), read, eventEnd);
      read = eventEnd;
      accept(ServerSentEvent.parse(event), out);
    }
  }

  private void accept(ServerSentEvent event, ByteSink out) {
    if (!event.hasData()) {
      if (waiting.isEmpty()) {
        out.write(event.raw(), 0, event.raw().length);
      } else {
        List<byte[]> followers = waiting.getLast().followers;
        followers.add(event.raw());
        if (followers.size() > MAX_WAITING_EVENTS) {
          releaseAll(out); // keep-alive comments while a token waits: memory stays bounded
        }
      }
      return;
    }
    List<JsonStringValues.StringValue> strings;
    try {
      strings = JsonStringValues.of(event.data());
    } catch (JsonStringValues.MalformedJsonException notRead) {
      releaseAll(out);
      TextFormat format = notRead.tooDeep() ? TextFormat.JSON : TextFormat.PLAIN;
      writeEvent(event, tokenizer.restore(event.data(), format), out);
      return;
    }
    Map<String, JsonStringValues.StringValue> deltas = deltas(strings);
    Map<JsonStringValues.StringValue, StringBuilder> contents = new HashMap<>();
    HeldEvent current = new HeldEvent(event, strings, deltas, contents);
    for (Map.Entry<String, JsonStringValues.StringValue> delta : deltas.entrySet()) {
      String decoded = decode(event.data(), delta.getValue());
      continueChannel(delta.getKey(), decoded);
      StreamingRestorer channel =
          channels.computeIfAbsent(delta.getKey(), key -> tokenizer.contentRestorer());
      contents.put(delta.getValue(), new StringBuilder(channel.restoreChars(decoded)));
      if (channel.held() > 0) {
        holders.put(delta.getKey(), current);
      }
    }
    waiting.addLast(current);
    if (waiting.size() > MAX_WAITING_EVENTS) {
      giveBackHeldText(waiting.getFirst());
    }
    releaseReady(out);
  }

  /**
   * Before the next delta of {@code channel}: its held text moves on into that delta when a token
   * starts, or may still start, inside it; otherwise it goes back into the event it came from.
   */
  private void continueChannel(String channel, String following) {
    HeldEvent holder = holders.remove(channel);
    if (holder != null && !tokenStartsWithin(channels.get(channel).heldText(), following)) {
      holder.contents.get(holder.deltas.get(channel)).append(channels.get(channel).finishChars());
    }
  }

  /** Puts the text the channels hold back from {@code event} back into it. */
  private void giveBackHeldText(HeldEvent event) {
    for (Map.Entry<String, JsonStringValues.StringValue> delta : event.deltas.entrySet()) {
      if (holders.get(delta.getKey()) == event) {
        holders.remove(delta.getKey());
        event.contents.get(delta.getValue()).append(channels.get(delta.getKey()).finishChars());
      }
    }
  }

  /** Writes the waiting events from the first up to the first that still holds text. */
  private void releaseReady(ByteSink out) {
    while (!waiting.isEmpty() && !holders.containsValue(waiting.getFirst())) {
      waiting.removeFirst().writeTo(out);
    }
  }

  private void releaseAll(ByteSink out) {
    for (HeldEvent event : waiting) {
      giveBackHeldText(event);
    }
    releaseReady(out);
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
    releaseAll(out);
    fallback = tokenizer.streamingRestorer(TextFormat.JSON);
    byte[] released = fallback.restoreUtf8(pending.array(), read, pending.size() - read);
    out.write(released, 0, released.length);
    pending.clear();
    read = 0;
  }

  private static Map<String, JsonStringValues.StringValue> deltas(
      List<JsonStringValues.StringValue> strings) {
    Map<String, JsonStringValues.StringValue> deltas = new HashMap<>();
    for (JsonStringValues.StringValue value : strings) {
      if (value.name() != null && DELTA_MEMBERS.contains(value.name())) {
        deltas.putIfAbsent(value.channel(), value);
      }
    }
    return deltas;
  }

  private static String decode(String json, JsonStringValues.StringValue value) {
    return JsonEscapes.decode(Units.of(json), value.start(), value.end());
  }

  /**
   * Finds the end of the first complete event in the unread bytes, or -1. Remembers how far it
   * looked and where that line started, so that an event arriving in many chunks is read once.
   */
  private int nextEventEnd() {
    byte[] bytes = pending.array();
    int size = pending.size();
    int i = Math.max(scanned, read);
    if (lineStart < read) {
      lineStart = read;
    }
    for (; i < size; i++) {
      byte b = bytes[i];
      if (b != '\n' && b != '\r') {
        continue;
      }
      int terminatorEnd = i + 1;
      if (b == '\r') {
        if (i + 1 >= size && !ended) {
          scanned = i; // CR or CRLF: the next chunk tells
          return -1;
        }
        if (i + 1 < size && bytes[i + 1] == '\n') {
          terminatorEnd = i + 2;
        }
      }
      if (i == lineStart) {
        scanned = terminatorEnd;
        lineStart = terminatorEnd;
        return terminatorEnd;
      }
      lineStart = terminatorEnd;
      i = terminatorEnd - 1;
    }
    scanned = size;
    return -1;
  }

  /** Drops the bytes already taken once they are most of the buffer. */
  private void compactPending() {
    if (read == 0 || read < pending.size() / 2) {
      return;
    }
    byte[] bytes = pending.array();
    int rest = pending.size() - read;
    System.arraycopy(bytes, read, bytes, 0, rest);
    pending.clear();
    pending.write(bytes, 0, rest);
    scanned -= read;
    lineStart -= read;
    read = 0;
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
          rewritten.append(tokenizer.restoreStringContent(raw));
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
