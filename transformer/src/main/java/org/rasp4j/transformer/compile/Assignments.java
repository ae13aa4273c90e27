package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every combination of values of some bases, the first base varying slowest. */
final class Assignments {
  private Assignments() {}

  static List<Map<Base, Object>> of(List<Base> bases) {
    return of(bases, base -> base.values);
  }

  /** Every combination of the values {@code valuesOf} gives each base (a head's decoded values). */
  static List<Map<Base, Object>> of(List<Base> bases, Function<Base, List<Object>> valuesOf) {
    List<Map<Base, Object>> all = new ArrayList<>();
    all.add(new HashMap<>());
    for (Base base : bases) {
      List<Map<Base, Object>> next = new ArrayList<>();
      for (Map<Base, Object> partial : all) {
        for (Object value : valuesOf.apply(base)) {
          Map<Base, Object> extended = new HashMap<>(partial);
          extended.put(base, value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }
}
