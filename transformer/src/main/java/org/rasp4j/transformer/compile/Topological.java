package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.ir.Node;

/** The nodes a root reads, each after its inputs. */
final class Topological {
  private Topological() {}

  static List<Node> order(Node root) {
    List<Node> order = new ArrayList<>();
    visit(root, new HashSet<>(), order);
    return order;
  }

  private static void visit(Node node, Set<Node> seen, List<Node> order) {
    if (!seen.add(node)) {
      return;
    }
    for (Node input : node.inputs()) {
      visit(input, seen, order);
    }
    order.add(node);
  }
}
