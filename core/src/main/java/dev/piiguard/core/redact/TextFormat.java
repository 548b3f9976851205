package dev.piiguard.core.redact;

/**
 * What kind of text is being rewritten, so that replacements keep it well formed.
 *
 * <p>{@link #PLAIN} treats the text as plain text that may also be the content of one JSON string:
 * a replacement never starts or ends inside a character or inside a JSON escape sequence such as
 * {@code \"}, {@code \n} or {@code \u0040}, so JSON strings stay valid. {@link #JSON} knows the text
 * is a whole JSON document: it also keeps a replacement from swallowing a string's quotes (a
 * finding across two strings is replaced in each string separately), turns a bare number that
 * holds a finding into a JSON string, and decodes escape sequences to get a value's real text.
 */
public enum TextFormat {
  /** Plain text, or the content of a JSON string. */
  PLAIN,
  /** A whole JSON document (or a JSON value). */
  JSON
}
