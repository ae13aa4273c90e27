package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order of a base's directions: ascending for values of one comparable type (numbers,
 * characters, booleans, strings), else the order they were found in (tuples, in the order of
 * their sources' values).
 */
final class ValueOrder {
  private ValueOrder() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Object> sorted(Collection<Object> values) {
    List<Object> list = new ArrayList<>(values);
    boolean comparable = !list.isEmpty()
        && list.stream().allMatch(v -> v instanceof Comparable && v.getClass() == list.get(0).getClass());
    if (comparable) {
      list.sort((a, b) -> ((Comparable) a).compareTo(b));
    }
    return list;
  }
}
