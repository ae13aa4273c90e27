package org.rasp4j.samples;

import org.rasp4j.annotation.RaspGenerated;

/**
 * Whether a class is rasp4j's processor's output for a given program: it carries {@code
 * @RaspGenerated} naming the program's class and method. A hand-written class that happens to
 * have the generated name carries neither.
 */
final class GeneratedMarker {
  private GeneratedMarker() {}

  /** Whether {@code type} carries {@code @RaspGenerated(marker)}. */
  static boolean holds(Class<?> type, String marker) {
    RaspGenerated generated = type.getAnnotation(RaspGenerated.class);
    return generated != null && generated.value().equals(marker);
  }
}
