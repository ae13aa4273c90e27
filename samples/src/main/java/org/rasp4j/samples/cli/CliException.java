package org.rasp4j.samples.cli;

/** A mistake on the command line (unknown command or program, malformed input): exit status 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
