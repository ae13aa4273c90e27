package org.rasp4j.ir;

/** How one attention head combines the values at the selected key positions. */
public enum Reduction {
  /** RASPy's {@code value}: the sum of the selected values (one value passes unchanged). */
  SUM,
  /** The original RASP's {@code aggregate}: the mean of the selected values, as a double. */
  MEAN
}
