package org.rasp4j.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.ir.Node;

/** Walks of the RASP graph, for the analysis, the interpreter and the processor. */
public final class Graph {
  private Graph() {}

  /**
   * Every distinct computation reachable from {@code root}, each once (structurally identical
   * nodes merged: the first one met stands for all), inputs before the nodes that read them.
   * Iterative, so deep graphs do not overflow the stack.
   *
   * @param root the node to start from
   * @return the nodes, {@code root} last
   */
  public static List<Node> topological(Node root) {
    List<Node> order = new ArrayList<>();
    Set<Node> done = new HashSet<>();
    Set<Node> entered = new HashSet<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.peek();
      if (done.contains(node)) {
        stack.pop();
        continue;
      }
      if (entered.add(node)) {
        List<Node> inputs = node.inputs();
        for (int i = inputs.size() - 1; i >= 0; i--) {
          if (!done.contains(inputs.get(i))) {
            stack.push(inputs.get(i));
          }
        }
      } else {
        stack.pop();
        done.add(node);
        order.add(node);
      }
    }
    return order;
  }

  /**
   * Every node object reachable from {@code root}, by identity: the same computation built twice
   * appears twice. This is how RASPy counts heads.
   *
   * @param root the node to start from
   * @return the node objects, {@code root} first
   */
  public static List<Node> objects(Node root) {
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    List<Node> result = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (seen.put(node, Boolean.TRUE) == null) {
        result.add(node);
        node.inputs().forEach(stack::push);
      }
    }
    return result;
  }
}
