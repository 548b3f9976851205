package dev.piiguard.core.token;

import dev.piiguard.core.Finding;
import dev.piiguard.core.internal.splice.ByteSink;
import dev.piiguard.core.internal.splice.Edit;
import dev.piiguard.core.internal.splice.EditPlanner;
import dev.piiguard.core.internal.splice.JsonEscapes;
import dev.piiguard.core.internal.splice.Splicer;
import dev.piiguard.core.internal.splice.TypeNames;
import dev.piiguard.core.internal.splice.Units;
import dev.piiguard.core.redact.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Replaces personal data with reversible typed tokens, and puts the original values back into
 * replies.
 *
 * <h2>Token format</h2>
 *
 * A token is the entity id in normal form (upper-case ASCII letters, digits and single
 * underscores, as in {@code [EMAIL]} placeholders), an underscore, and twelve lower-case letters
 * {@code a-z}: {@code EMAIL_kqzvhtmbwrdx}, {@code PAYMENT_CARD_odnxbwqkrfye}. The letters are the
 * first 64 bits of {@code HMAC-SHA-256(key, TYPE NUL value)} written in base 26, so the same value
 * of the same type always gets the same token under one key, and nobody without the key can tell
 * which value a token stands for or test a guess.
 *
 * <p>Why this shape: it is plain ASCII with nothing to escape in JSON, URLs or SSE; it reads as one
 * identifier, which language models copy verbatim; the type tells the model what the value was; it
 * has no digits, {@code @}, dots or dashes, so no detector of the scanner mistakes it for an e-mail
 * address, phone, card, IBAN, SSN, IP address or key; and an upper-case word, an underscore and
 * exactly twelve random lower-case letters hardly ever occur in natural text. Where two different
 * values would get the same twelve letters (about one chance in 10<sup>17</sup> per pair), the
 * later one gets letters from a second HMAC round.
 *
 * <h2>Restoring</h2>
 *
 * {@link #restore} replaces every token this tokenizer issued and still remembers with its value,
 * wherever it stands, also inside a longer word; text that only looks like a token is left alone.
 * {@link #streamingRestorer} does the same over a reply arriving in chunks of any size, and {@link
 * EventStreamRestorer} over server-sent events whose JSON carries text deltas.
 *
 * <h2>Memory bound</h2>
 *
 * The tokenizer remembers issued tokens in memory only, at most {@link Builder#vaultCapacity} of
 * them (65,536 by default) holding at most {@link Builder#vaultMaxChars} value chars together (4
 * Mi chars by default); a full vault drops the least recently used tokens (issuing or restoring a
 * token uses it). A dropped token is no longer restored: it stays in the reply as it is, never
 * replaced by a wrong value. Tokenizing the same value again issues the same token and remembers
 * it again. A single value longer than {@link Builder#vaultMaxChars} still gets its token but is
 * never remembered, so that token is never restored. Nothing is written to disk; a new process
 * with a random key starts with an empty vault and different tokens.
 *
 * <h2>Values</h2>
 *
 * With {@link TextFormat#PLAIN}, the value of a finding is its text as it stands; with {@link
 * TextFormat#JSON} it is the decoded content of the JSON string (or the bare number) the finding
 * is in, so that {@code "j\u006fhn@example.com"} and {@code "john@example.com"} get the same token.
 * A finding in JSON written inside a JSON string (a tool result, tool-call arguments) is decoded
 * once per string it stands in, so its value is the real one. Restoring with {@link
 * TextFormat#JSON} writes the value JSON-escaped once per JSON string it lands in ({@link
 * JsonStringDepth}), so that JSON in a string stays JSON; a token outside any string is escaped
 * once.
 *
 * <p>Instances are thread-safe.
 */
public final class Tokenizer {

  private static final int ROUNDS = 4;

  private final KeyedHash hash;
  private final TokenVault vault;
  private final TokenMatcher matcher;

  private Tokenizer(KeyedHash hash, int vaultCapacity, long vaultMaxChars) {
    this.hash = hash;
    this.vault = new TokenVault(vaultCapacity, vaultMaxChars);
    this.matcher = new TokenMatcher(vault);
  }

  /** A tokenizer with a fresh random key and the default vault bounds. */
  public static Tokenizer withRandomKey() {
    return builder().build();
  }

  /** A tokenizer with {@code key} (at least 16 bytes) and the default vault bounds. */
  public static Tokenizer withKey(byte[] key) {
    return builder().key(key).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The token for {@code value} of entity {@code type}, remembered for restoring. */
  public String tokenFor(String type, CharSequence value) {
    Objects.requireNonNull(value, "value");
    String name = TypeNames.normalize(Objects.requireNonNull(type, "type"));
    String text = value.toString();
    for (int round = 0; round < ROUNDS; round++) {
      String suffix = TokenFormat.suffix(hash.hash(name, text, round));
      if (vault.remember(suffix, name, text) != TokenVault.Outcome.TAKEN) {
        return name + TokenFormat.SEPARATOR + suffix;
      }
    }
    throw new IllegalStateException("no free token after " + ROUNDS + " rounds for type " + name);
  }

  /** {@code text} with every finding replaced by its token, as {@link TextFormat#PLAIN}. */
  public String tokenize(CharSequence text, List<Finding> findings) {
    return tokenize(text, findings, TextFormat.PLAIN);
  }

  /** {@code text} with every finding replaced by its token. */
  public String tokenize(CharSequence text, List<Finding> findings, TextFormat format) {
    if (findings.isEmpty()) {
      return text.toString();
    }
    boolean json = format == TextFormat.JSON;
    NestedValues values = new NestedValues(json);
    return Splicer.apply(
        text,
        EditPlanner.plan(Units.of(text), findings, 0, json),
        (units, edit) -> tokenFor(edit.type(), values.valueOf(units, edit)));
  }

  /**
   * The {@code length} bytes from {@code offset} with every finding replaced by its token, as
   * {@link TextFormat#PLAIN}; finding offsets are indexes into {@code utf8}.
   */
  public byte[] tokenizeUtf8(byte[] utf8, int offset, int length, List<Finding> findings) {
    return tokenizeUtf8(utf8, offset, length, findings, TextFormat.PLAIN);
  }

  /**
   * The {@code length} bytes from {@code offset} with every finding replaced by its token; finding
   * offsets are indexes into {@code utf8}. Returns a new array, also when nothing changed.
   */
  public byte[] tokenizeUtf8(
      byte[] utf8, int offset, int length, List<Finding> findings, TextFormat format) {
    boolean json = format == TextFormat.JSON;
    Units units = Units.ofUtf8(utf8, offset, length);
    NestedValues values = new NestedValues(json);
    return Splicer.applyUtf8(
        utf8,
        offset,
        length,
        EditPlanner.plan(units, findings, offset, json),
        (view, edit) -> tokenFor(edit.type(), values.valueOf(view, edit)));
  }

  /** {@code text} with every remembered token replaced by its value, as {@link TextFormat#PLAIN}. */
  public String restore(CharSequence text) {
    return restore(text, TextFormat.PLAIN);
  }

  /**
   * {@code text} with every remembered token replaced by its value; with {@link TextFormat#JSON}
   * values are written JSON-escaped.
   */
  public String restore(CharSequence text, TextFormat format) {
    Units units = Units.of(text);
    TokenMatcher.Match match = new TokenMatcher.Match();
    if (!matcher.find(units, 0, units.length(), match)) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    restoreInto(text, 0, text.length(), depthOf(format), out);
    return out.toString();
  }

  /**
   * The {@code length} bytes from {@code offset} with every remembered token replaced by its
   * value; with {@link TextFormat#JSON} values are written JSON-escaped.
   */
  public byte[] restoreUtf8(byte[] utf8, int offset, int length, TextFormat format) {
    Units units = Units.ofUtf8(utf8, offset, length);
    ByteSink out = new ByteSink(length + 32);
    restoreInto(units, utf8, offset, 0, length, depthOf(format), out);
    return out.toByteArray();
  }

  /** A restorer for one reply arriving in chunks, as {@link TextFormat#PLAIN}. */
  public StreamingRestorer streamingRestorer() {
    return streamingRestorer(TextFormat.PLAIN);
  }

  /** A restorer for one reply arriving in chunks. */
  public StreamingRestorer streamingRestorer(TextFormat format) {
    return new StreamingRestorer(this, format);
  }

  /**
   * A restorer for the decoded text of JSON strings that continue one another (an event stream's
   * deltas): a value is written as it is in prose, and escaped for its strings where that text is
   * JSON (a tool call's arguments, structured output).
   */
  StreamingRestorer contentRestorer() {
    return new StreamingRestorer(this, JsonStringDepth.ofContent());
  }

  /** A restorer for one server-sent-event stream whose events carry JSON text deltas. */
  public EventStreamRestorer eventStreamRestorer() {
    return new EventStreamRestorer(this);
  }

  /** How many tokens the vault remembers now. */
  public int vaultSize() {
    return vault.size();
  }

  TokenMatcher matcher() {
    return matcher;
  }

  /**
   * Restores tokens in units {@code [from, to)} of a view over {@code utf8} from {@code base}. With
   * a {@code depth} (JSON), which has been fed the text before {@code from}, each value is escaped
   * once per JSON string it stands in (at least once), and the depth is fed up to {@code to}.
   */
  void restoreInto(
      Units units, byte[] utf8, int base, int from, int to, JsonStringDepth depth, ByteSink out) {
    TokenMatcher.Match match = new TokenMatcher.Match();
    int copied = from;
    while (matcher.find(units, copied, to, match)) {
      out.write(utf8, base + copied, match.start - copied);
      feed(depth, units, copied, match.start);
      byte[] value = written(match.entry.value(), depth).getBytes(StandardCharsets.UTF_8);
      out.write(value, 0, value.length);
      feed(depth, units, match.start, match.end);
      copied = match.end;
    }
    out.write(utf8, base + copied, to - copied);
    feed(depth, units, copied, to);
  }

  /** Restores tokens in chars {@code [from, to)} of {@code text}; see the UTF-8 twin. */
  void restoreInto(CharSequence text, int from, int to, JsonStringDepth depth, StringBuilder out) {
    Units units = Units.of(text);
    TokenMatcher.Match match = new TokenMatcher.Match();
    int copied = from;
    while (matcher.find(units, copied, to, match)) {
      feed(depth, units, copied, match.start);
      out.append(text, copied, match.start).append(written(match.entry.value(), depth));
      feed(depth, units, match.start, match.end);
      copied = match.end;
    }
    out.append(text, copied, to);
    feed(depth, units, copied, to);
  }

  /**
   * The raw content of a JSON string (between its quotes, escapes as written) with every
   * remembered token replaced by its value escaped for where it stands: once, or more in JSON
   * written inside that string.
   */
  String restoreStringContent(CharSequence raw) {
    JsonStringDepth depth = new JsonStringDepth();
    depth.feed('"');
    StringBuilder out = new StringBuilder(raw.length() + 32);
    restoreInto(raw, 0, raw.length(), depth, out);
    return out.toString();
  }

  /** A depth for restoring {@code format} from the start of a text: null for plain text. */
  static JsonStringDepth depthOf(TextFormat format) {
    return format == TextFormat.JSON ? new JsonStringDepth() : null;
  }

  /** The value as written where {@code depth} stands: escaped as often as it says, if any. */
  private static String written(String value, JsonStringDepth depth) {
    return depth == null ? value : JsonStringDepth.escaped(value, depth.escapes());
  }

  private static void feed(JsonStringDepth depth, Units units, int from, int to) {
    if (depth != null) {
      depth.feed(units, from, to);
    }
  }

  /**
   * The values of a text's findings in order: as they stand in plain text; in JSON, decoded once
   * per JSON string they stand in, so that a key in a tool result (JSON in a JSON string) is
   * tokenized as the key itself.
   */
  private static final class NestedValues {
    private final JsonStringDepth depth;
    private int fed;

    NestedValues(boolean json) {
      this.depth = json ? new JsonStringDepth() : null;
    }

    String valueOf(Units units, Edit edit) {
      if (depth == null || edit.quoted()) {
        return units.text(edit.start(), edit.end());
      }
      feed(depth, units, fed, edit.start());
      int levels = depth.escapes();
      feed(depth, units, edit.start(), edit.end());
      fed = edit.end();
      String value = JsonEscapes.decode(units, edit.start(), edit.end());
      for (int level = 1; level < levels; level++) {
        value = JsonEscapes.decode(Units.of(value), 0, value.length());
      }
      return value;
    }
  }

  /** Chooses the key and the vault bounds of a {@link Tokenizer}. */
  public static final class Builder {
    private byte[] key;
    private int vaultCapacity = 65_536;
    private long vaultMaxChars = 4L * 1024 * 1024;

    private Builder() {}

    /** The HMAC key, at least 16 bytes; without one, a random key for this tokenizer only. */
    public Builder key(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < KeyedHash.MIN_KEY_BYTES) {
        throw new IllegalArgumentException(
            "key.length < " + KeyedHash.MIN_KEY_BYTES + ": " + key.length);
      }
      this.key = key.clone();
      return this;
    }

    /** The most tokens remembered at once (default 65,536). */
    public Builder vaultCapacity(int tokens) {
      if (tokens < 1) {
        throw new IllegalArgumentException("vaultCapacity < 1: " + tokens);
      }
      this.vaultCapacity = tokens;
      return this;
    }

    /** The most value chars remembered at once, all tokens together (default 4 Mi). */
    public Builder vaultMaxChars(long chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("vaultMaxChars < 1: " + chars);
      }
      this.vaultMaxChars = chars;
      return this;
    }

    public Tokenizer build() {
      KeyedHash hash = key == null ? KeyedHash.withRandomKey() : KeyedHash.withKey(key);
      return new Tokenizer(hash, vaultCapacity, vaultMaxChars);
    }
  }
}
