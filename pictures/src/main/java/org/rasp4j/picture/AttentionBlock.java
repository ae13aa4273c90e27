package org.rasp4j.picture;

import org.rasp4j.ir.CausalMask;

/**
 * Draws one {@link Attention}: title; a header line naming the query and output columns; the key
 * rows; the matrix with the query columns on its left and the output columns on its right (each
 * query row lines up with its matrix row); the value rows under the matrix.
 */
final class AttentionBlock {
  static final String SELECTED_FILL = "#3f6fb0";
  static final String UNSELECTED_FILL = "#ffffff";
  /** A causal head's cells of keys after the query: masked, not merely unselected. */
  static final String MASKED_FILL = "#e4e4e4";

  private AttentionBlock() {}

  /**
   * @param number the head's number in its layer, from 1 ({@code data-head})
   */
  static Block draw(Attention attention, int number, Grid grid, double top) {
    Element head = Element.of("g").attr("class", "head").attr("data-head", number);
    head.add(Texts.title(attention.title(), Metrics.MARGIN, top + Metrics.TITLE / 2));
    double right = Metrics.MARGIN + TextWidth.of(attention.title());
    double headerY = top + Metrics.TITLE + Metrics.ROW / 2;
    double y = top + Metrics.TITLE + Metrics.ROW;
    for (Sequence key : attention.keys()) {
      head.add(SequenceRow.draw(key, "key", grid, y));
      y += Metrics.ROW;
    }
    double matrixTop = y;
    double x = grid.x0() - attention.queryColumnsWidth();
    for (Sequence query : attention.queries()) {
      head.add(SequenceColumn.draw(query, "query", x, headerY, matrixTop));
      x += query.columnWidth() + Metrics.GAP;
    }
    head.add(matrix(attention.matrix(), attention.causal(), grid, matrixTop));
    x = grid.right() + Metrics.GAP;
    for (Sequence output : attention.outputs()) {
      head.add(SequenceColumn.draw(output, "output", x, headerY, matrixTop));
      x += output.columnWidth() + Metrics.GAP;
    }
    right = Math.max(right, Math.max(grid.right(), x - Metrics.GAP));
    y = matrixTop + grid.positions() * Metrics.ROW;
    for (Sequence value : attention.values()) {
      head.add(SequenceRow.draw(value, "value", grid, y));
      y += Metrics.ROW;
    }
    return new Block(head, right, y - top);
  }

  /**
   * The n×n cells, selected ones filled, masked ones (a causal head's keys after its query) grey:
   * row i is query position i, column j key position j. The
   * cells inherit stroke and blank fill from their group: at 256 positions a head has 65,536 cells,
   * and every attribute left out of them saves megabytes.
   */
  private static Element matrix(boolean[][] matrix, boolean causal, Grid grid, double top) {
    Element group =
        Element.of("g")
            .attr("class", "matrix")
            .attr("fill", UNSELECTED_FILL)
            .attr("stroke", "#c8c8c8");
    for (int q = 0; q < matrix.length; q++) {
      for (int k = 0; k < matrix[q].length; k++) {
        boolean masked = causal && !CausalMask.visible(k, q);
        Element cell =
            Element.of("rect")
                .attr("class", matrix[q][k] ? "cell selected" : masked ? "cell masked" : "cell")
                .attr("data-query", q)
                .attr("data-key", k)
                .attr("x", grid.x(k))
                .attr("y", top + q * Metrics.ROW)
                .attr("width", grid.cell())
                .attr("height", Metrics.ROW);
        if (matrix[q][k]) {
          cell.attr("fill", SELECTED_FILL);
        } else if (masked) {
          cell.attr("fill", MASKED_FILL);
        }
        group.add(cell);
      }
    }
    return group;
  }
}
