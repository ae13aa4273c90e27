package org.rasp4j.picture;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * The comparisons a selector is built from, and the key and query sequences they read: a head
 * built from {@code before & eq} is drawn with both pairs of keys and queries, as the blog does.
 */
final class SelectorLeaves {
  private SelectorLeaves() {}

  /** The distinct key sequences the selector compares, in order. */
  static List<SopNode> keys(SelectorNode selector) {
    Set<SopNode> keys = new LinkedHashSet<>();
    selector.leaves().forEach(select -> keys.add(select.keys()));
    return List.copyOf(keys);
  }

  /** The distinct query sequences the selector compares, in order. */
  static List<SopNode> queries(SelectorNode selector) {
    Set<SopNode> queries = new LinkedHashSet<>();
    selector.leaves().forEach(select -> queries.add(select.queries()));
    return List.copyOf(queries);
  }
}
