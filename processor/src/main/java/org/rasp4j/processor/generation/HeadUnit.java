package org.rasp4j.processor.generation;

import java.util.List;
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
}
