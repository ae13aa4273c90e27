package org.rasp4j.samples.compiled;

import java.util.List;
import java.util.function.Supplier;

/** What a run gave: its values, or the class and message of what it threw. */
record Outcome(List<?> values, String thrown, String message) {
  static Outcome of(Supplier<List<?>> run) {
    try {
      return new Outcome(List.copyOf(run.get()), null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, e.getClass().getName(), e.getMessage());
    }
  }
}
