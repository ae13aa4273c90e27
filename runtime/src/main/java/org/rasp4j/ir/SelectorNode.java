package org.rasp4j.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A selector: for an input of length n, an n-by-n boolean matrix (query rows, key columns). */
public abstract sealed class SelectorNode extends Node permits Select, SelectorLogic {
  SelectorNode(String name, int line, int structuralHash) {
    super(name, line, structuralHash);
  }

  /**
   * {@return the same selector under a new display name (equal to this node)}
   *
   * @param name the name, or null for none
   */
  public abstract SelectorNode named(String name);

  /**
   * {@return the distinct {@link Select}s this selector combines with and, or and not, left to
   * right (a {@code Select} is its own one leaf)} Walked without recursion, so a selector nested
   * however deeply is fine.
   */
  public final List<Select> leaves() {
    Set<Select> leaves = new LinkedHashSet<>();
    Deque<SelectorNode> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      SelectorNode node = stack.pop();
      if (node instanceof Select select) {
        leaves.add(select);
      } else {
        List<SelectorNode> operands = ((SelectorLogic) node).operands();
        for (int i = operands.size() - 1; i >= 0; i--) {
          stack.push(operands.get(i));
        }
      }
    }
    return List.copyOf(leaves);
  }
}
