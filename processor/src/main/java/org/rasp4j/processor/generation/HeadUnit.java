package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;

/**
 * What one kernel computes in a head: aggregates that read {@code selector}, and selector widths
 * (each counting its own selector; in a unit a kernel handles, that is {@code selector} too).
 *
 * @param selector the aggregates' selector; for a unit of widths alone, their (common) selector
 */
record HeadUnit(SelectorNode selector, List<Aggregate> aggregates, List<SelectorWidth> widths) {
  HeadUnit {
    aggregates = List.copyOf(aggregates);
    widths = List.copyOf(widths);
  }

  /**
   * The units of a head, as the evaluator and the decoder both split it: its aggregates with the
   * widths of their own selector, then the other widths, one unit per selector.
   */
  static List<HeadUnit> of(Step.Head head) {
    List<HeadUnit> units = new ArrayList<>();
    Map<SelectorNode, List<SelectorWidth>> widths = new LinkedHashMap<>();
    List<SelectorWidth> withAggregates = new ArrayList<>();
    for (SelectorWidth width : head.widths()) {
      if (!head.aggregates().isEmpty() && width.selector().equals(head.selector())) {
        withAggregates.add(width);
      } else {
        widths.computeIfAbsent(width.selector(), s -> new ArrayList<>()).add(width);
      }
    }
    if (!head.aggregates().isEmpty()) {
      units.add(new HeadUnit(head.selector(), head.aggregates(), withAggregates));
    }
    widths.forEach((selector, list) -> units.add(new HeadUnit(selector, List.of(), list)));
    return units;
  }
}
