package org.rasp4j.analysis;

import java.util.List;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * One attention head: one selection pattern in one layer, and the aggregates (or selector widths)
 * it feeds. Aggregates that share a selector in a layer share its head, as in the original RASP:
 * a head moves several values through one attention pattern.
 *
 * @param selector the head's attention pattern
 * @param outputs the aggregates and selector widths that read it, in the program's order
 */
public record Head(SelectorNode selector, List<SopNode> outputs) {
  /**
   * A head, with an unmodifiable copy of its outputs.
   *
   * @param selector the head's attention pattern
   * @param outputs the aggregates and selector widths that read it
   */
  public Head {
    outputs = List.copyOf(outputs);
  }
}
