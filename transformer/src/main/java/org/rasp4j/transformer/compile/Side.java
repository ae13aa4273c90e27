package org.rasp4j.transformer.compile;

import java.util.List;

/**
 * What a head or the read-out reads for a list of SOps: the one-hot of one base, each of whose
 * values stands for one value of each SOp ({@code base} non-null), or nothing but constants
 * ({@code base} null, a single entry).
 *
 * @param base the base read, or null for constants
 * @param baseValues the base's values, or a single null for constants
 * @param sopValues for each entry of {@code baseValues}, the SOps' values there (or {@link
 *     Views#ERROR})
 */
record Side(Base base, List<Object> baseValues, List<List<Object>> sopValues) {
  Side {
    baseValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(baseValues));
    sopValues = List.copyOf(sopValues);
  }

  int size() {
    return baseValues.size();
  }

  boolean constant() {
    return base == null;
  }
}
