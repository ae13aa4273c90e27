package org.rasp4j.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two graphs compute the same thing, pair by pair with an explicit stack and each
 * pair of node objects once: a DAG with shared subgraphs costs its size, not its (exponential)
 * number of paths, and a deep chain does not overflow the stack.
 */
final class StructuralEquality {
  private StructuralEquality() {}

  static boolean equal(Node a, Node b) {
    Deque<NodePair> pending = new ArrayDeque<>();
    Set<NodePair> compared = new HashSet<>();
    pending.push(new NodePair(a, b));
    while (!pending.isEmpty()) {
      NodePair pair = pending.pop();
      Node x = pair.first();
      Node y = pair.second();
      if (x == y || !compared.add(pair)) {
        continue;
      }
      if (x.getClass() != y.getClass() || x.hashCode() != y.hashCode() || !x.sameStructure(y)) {
        return false;
      }
      List<Node> xInputs = x.inputs();
      List<Node> yInputs = y.inputs();
      if (xInputs.size() != yInputs.size()) {
        return false;
      }
      for (int i = xInputs.size() - 1; i >= 0; i--) {
        pending.push(new NodePair(xInputs.get(i), yInputs.get(i)));
      }
    }
    return true;
  }

  /** Two node objects, compared by identity (structural equality is what is being decided). */
  private record NodePair(Node first, Node second) {
    @Override
    public boolean equals(Object o) {
      return o instanceof NodePair other && other.first == first && other.second == second;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(first) * 31 + System.identityHashCode(second);
    }
  }
}
