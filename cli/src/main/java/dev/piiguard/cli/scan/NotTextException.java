package dev.piiguard.cli.scan;

/** The input is not text: it holds NUL bytes. */
final class NotTextException extends Exception {

  NotTextException(String message) {
    super(message, null, false, false);
  }
}
