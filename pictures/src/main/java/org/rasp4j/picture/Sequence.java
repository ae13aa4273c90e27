package org.rasp4j.picture;

import java.util.Collections;
import java.util.List;

/**
 * A labelled sequence of values, one per position: what one row (or column) of value boxes shows.
 *
 * @param label the text beside (or above) the boxes, e.g. {@code aggregate 'length'}
 * @param values one value per position (may hold the same value many times)
 */
record Sequence(String label, List<Object> values) {
  Sequence {
    values = Collections.unmodifiableList(values);
  }

  /** The widest box any of the values needs. */
  double widestValueBox() {
    double widest = Metrics.MIN_BOX;
    for (Object value : values) {
      widest = Math.max(widest, TextWidth.box(ValueText.of(value)));
    }
    return widest;
  }

  /** The width a column of these values takes with the label as its header above it. */
  double columnWidth() {
    return Math.max(widestValueBox(), TextWidth.box(label));
  }
}
