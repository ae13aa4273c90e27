package org.rasp4j.processor.generation;

import java.util.List;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;

/** One loop of a generated evaluator: a layer's attention head, or a layer's fused MLP. */
sealed interface Step {
  /** The attention layer the loop belongs to. */
  int layer();

  /**
   * One head: for each query, one pass over the keys that feeds every aggregate and selector width
   * this head computes.
   *
   * @param number the head's number within its layer, from 1 (as traces number them)
   * @param selector the head's attention pattern, which the aggregates read
   * @param widths selector widths counted here (each reads its own selector: a width's two heads
   *     are one count in generated code)
   * @param countedBefore widths that also occupy this head but were counted in an earlier head
   */
  record Head(
      int layer,
      int number,
      SelectorNode selector,
      List<Aggregate> aggregates,
      List<SelectorWidth> widths,
      List<SelectorWidth> countedBefore)
      implements Step {
    public Head {
      aggregates = List.copyOf(aggregates);
      widths = List.copyOf(widths);
      countedBefore = List.copyOf(countedBefore);
    }
  }

  /** A layer's elementwise operations, fused into one loop over positions, inputs first. */
  record Mlp(int layer, List<Elementwise> nodes) implements Step {
    public Mlp {
      nodes = List.copyOf(nodes);
    }
  }
}
