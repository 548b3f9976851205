package dev.piiguard.cli.scan;

/** The input is not UTF-8 text: it holds NUL bytes or bytes that do not decode. */
final class NotTextException extends Exception {

  NotTextException(String message) {
    super(message, null, false, false);
  }
}
