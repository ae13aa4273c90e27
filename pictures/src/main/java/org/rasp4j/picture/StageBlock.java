package org.rasp4j.picture;

import java.util.List;

/**
 * Draws one {@link Stage}: its title, its note, input rows, heads one under another, then MLP
 * rows.
 */
final class StageBlock {
  private StageBlock() {}

  static Block draw(Stage stage, Grid grid, double top) {
    Element group = Element.of("g").attr("class", stage.kind());
    if (stage.layer() >= 0) {
      group.attr("data-layer", stage.layer());
    }
    double right = grid.right();
    double y = top;
    if (stage.title() != null) {
      group.add(Texts.title(stage.title(), Metrics.MARGIN, y + Metrics.TITLE / 2));
      right = Math.max(right, Metrics.MARGIN + TextWidth.of(stage.title()));
      y += Metrics.TITLE;
    }
    if (stage.note() != null) {
      group.add(Texts.note(stage.note(), Metrics.MARGIN, y + Metrics.ROW / 2));
      right = Math.max(right, Metrics.MARGIN + TextWidth.of(stage.note()));
      y += Metrics.ROW;
    }
    y = rows(group, "inputs", stage.inputs(), grid, y);
    int number = 1;
    for (Attention attention : stage.heads()) {
      Block head = AttentionBlock.draw(attention, number++, grid, y);
      group.add(head.element());
      right = Math.max(right, head.right());
      y += head.height() + Metrics.GAP;
    }
    y = rows(group, "mlp", stage.mlp(), grid, y);
    return new Block(group, right, y - top);
  }

  /** The rows one under another in their own group; where the next part starts. */
  private static double rows(
      Element parent, String cssClass, List<Sequence> sequences, Grid grid, double top) {
    if (sequences.isEmpty()) {
      return top;
    }
    Element group = Element.of("g").attr("class", cssClass);
    double y = top;
    for (Sequence sequence : sequences) {
      group.add(SequenceRow.draw(sequence, "sop", grid, y));
      y += Metrics.ROW;
    }
    parent.add(group);
    return y + Metrics.GAP;
  }
}
