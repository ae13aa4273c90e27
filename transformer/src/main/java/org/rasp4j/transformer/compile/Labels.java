package org.rasp4j.transformer.compile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;

/**
 * Names for the residual's labels: a SOp's own name ({@code named(...)}), else what it computes and
 * a number; each label once.
 */
final class Labels {
  private final Map<Node, String> given = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private int next = 1;

  String of(SopNode node) {
    return given.computeIfAbsent(node, n -> unique(
        n.name() != null ? n.name() : n.label().replace(' ', '_')));
  }

  String tuple(List<SopNode> sops) {
    StringBuilder name = new StringBuilder("tuple");
    for (SopNode sop : sops) {
      name.append('_').append(sop.name() != null ? sop.name() : sop.label());
    }
    return unique(name.toString().replace(' ', '_'));
  }

  private String unique(String wanted) {
    String label = wanted;
    while (!used.add(label)) {
      label = wanted + "#" + next++;
    }
    return label;
  }
}
