package org.rasp4j.picture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * The comparisons a selector is built from, and the key and query sequences they read: a head
 * built from {@code before & eq} is drawn with both pairs of keys and queries, as the blog does.
 */
final class SelectorLeaves {
  private SelectorLeaves() {}

  /** The distinct {@link Select}s under {@code selector}, left to right. */
  static List<Select> of(SelectorNode selector) {
    Set<Select> leaves = new LinkedHashSet<>();
    Deque<SelectorNode> stack = new ArrayDeque<>();
    stack.push(selector);
    while (!stack.isEmpty()) {
      SelectorNode node = stack.pop();
      if (node instanceof Select select) {
        leaves.add(select);
      } else if (node instanceof SelectorLogic logic) {
        List<SelectorNode> operands = logic.operands();
        for (int i = operands.size() - 1; i >= 0; i--) {
          stack.push(operands.get(i));
        }
      }
    }
    return List.copyOf(leaves);
  }

  /** The distinct key sequences the selector compares, in order. */
  static List<SopNode> keys(SelectorNode selector) {
    Set<SopNode> keys = new LinkedHashSet<>();
    of(selector).forEach(select -> keys.add(select.keys()));
    return List.copyOf(keys);
  }

  /** The distinct query sequences the selector compares, in order. */
  static List<SopNode> queries(SelectorNode selector) {
    Set<SopNode> queries = new LinkedHashSet<>();
    of(selector).forEach(select -> queries.add(select.queries()));
    return List.copyOf(queries);
  }
}
