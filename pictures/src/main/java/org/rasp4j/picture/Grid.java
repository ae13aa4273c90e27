package org.rasp4j.picture;

import java.util.List;

/**
 * The columns every position-indexed row of a picture shares, so a position lines up from the
 * tokens at the top, through every head's matrix, to the output: position i's box starts at
 * {@code x0 + i * cell}. Left of {@code x0} go row labels and query columns.
 *
 * @param x0 where position 0 starts
 * @param cell the width of every position's box (fits the widest value drawn on the grid)
 * @param positions the input length
 */
record Grid(double x0, double cell, int positions) {

  /** A grid wide enough for every value of {@code stages}' rows and every label and query column. */
  static Grid fitting(List<Stage> stages, int positions) {
    double cell = Metrics.MIN_BOX;
    double left = 0;
    for (Stage stage : stages) {
      for (Sequence row : stage.rows()) {
        cell = Math.max(cell, row.widestValueBox());
        left = Math.max(left, TextWidth.of(row.label()));
      }
      left = Math.max(left, stage.queryColumnsWidth());
    }
    return new Grid(Metrics.MARGIN + left + Metrics.GAP, cell, positions);
  }

  /** Where position {@code i}'s box starts. */
  double x(int i) {
    return x0 + i * cell;
  }

  /** Where the last position's box ends. */
  double right() {
    return x(positions);
  }
}
