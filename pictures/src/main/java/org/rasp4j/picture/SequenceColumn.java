package org.rasp4j.picture;

/**
 * A sequence drawn down a column beside a head's matrix, one box per query position, its label
 * above as the header. The boxes are as wide as the widest value; the column, as wide as they or
 * the header, whichever is wider, so neighbouring headers never overlap.
 */
final class SequenceColumn {
  private SequenceColumn() {}

  /**
   * @param role {@code query} or {@code output}
   * @param x the column's left edge
   * @param headerY the header line's centre
   * @param top where position 0's box starts
   */
  static Element draw(Sequence sequence, String role, double x, double headerY, double top) {
    double width = sequence.columnWidth();
    double box = sequence.widestValueBox();
    double boxX = x + (width - box) / 2;
    Element group =
        Element.of("g")
            .attr("class", "sequence")
            .attr("data-role", role)
            .attr("data-label", sequence.label());
    group.add(Texts.centred("header", sequence.label(), x + width / 2, headerY));
    for (int i = 0; i < sequence.values().size(); i++) {
      group.add(ValueBox.draw(sequence.values().get(i), i, boxX, top + i * Metrics.ROW, box));
    }
    return group;
  }
}
