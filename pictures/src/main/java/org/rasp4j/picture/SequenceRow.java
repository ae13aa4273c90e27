package org.rasp4j.picture;

/** A sequence drawn as a row of boxes on the position grid, its label right-aligned before it. */
final class SequenceRow {
  private SequenceRow() {}

  /**
   * @param role what the row is to its head or layer: {@code sop}, {@code key}, {@code value},
   *     {@code output}
   */
  static Element draw(Sequence sequence, String role, Grid grid, double y) {
    Element group =
        Element.of("g")
            .attr("class", "sequence")
            .attr("data-role", role)
            .attr("data-label", sequence.label());
    group.add(Texts.label(sequence.label(), grid.x0() - Metrics.GAP, y + Metrics.ROW / 2));
    for (int i = 0; i < sequence.values().size(); i++) {
      group.add(ValueBox.draw(sequence.values().get(i), i, grid.x(i), y, grid.cell()));
    }
    return group;
  }
}
