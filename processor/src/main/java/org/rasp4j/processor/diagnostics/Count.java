package org.rasp4j.processor.diagnostics;

/**
 * A number with its noun in the right number for messages: "1 attention layer", "2 attention
 * layers". Only regular plurals (an "s") occur in rasp4j's messages.
 */
public final class Count {
  private Count() {}

  /** {@code n} and {@code noun}, with an "s" unless {@code n} is one. */
  public static String of(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
