package org.rasp4j.transformer.compile;

import java.util.List;

/**
 * One attention head that computes an aggregate or a selector width. Every query attends to the
 * keys its selector selects and to the beginning-of-sequence position (BOS), all with the same
 * score, so the output is {@code t = (s + lambda) / (w + 1)}: s is the sum of the selected keys'
 * values (value codes for non-numbers), w the number selected, and lambda the BOS's value.
 * Lambda is chosen so that every (s, w) gives its own t; the MLP of the same layer maps t back to
 * the SOp's value ({@link #points}).
 *
 * @param node the aggregate or selector width
 * @param label its name in the residual labels
 * @param groups the selector, as a conjunction of groups
 * @param values the values read at the keys (null for a selector width, which reads none)
 * @param coefficients the number each entry of {@code values} contributes to s
 * @param lambda the BOS's value
 * @param points every t the head can output, sorted, with the value it stands for
 * @param layer the layer whose attention holds the head
 * @param output the base the head's value becomes
 */
record HeadPlan(
    org.rasp4j.ir.SopNode node,
    String label,
    List<Group> groups,
    Side values,
    double[] coefficients,
    double lambda,
    List<Point> points,
    int layer,
    Base output) {

  /**
   * {@return whether the head scores BOS half a scale below the selected keys: a mean's head,
   * whose output is then the mean itself (BOS wins only where nothing is selected)}
   */
  boolean halfBos() {
    return direct() || node instanceof org.rasp4j.ir.Aggregate aggregate
        && aggregate.reduction() == org.rasp4j.ir.Reduction.MEAN;
  }

  /** {@return whether the head writes its output's one-hot itself (at most one key selected)} */
  boolean direct() {
    return output.kind == Base.Kind.DIRECT;
  }

  /** {@return the largest magnitude a key's value (BOS's included) can have} */
  double maxValue() {
    double max = Math.abs(lambda);
    for (double c : coefficients) {
      max = Math.max(max, Math.abs(c));
    }
    return max;
  }

  /** {@return the smallest distance between two different outputs} */
  double gap() {
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < points.size(); i++) {
      gap = Math.min(gap, points.get(i).t() - points.get(i - 1).t());
    }
    return gap;
  }
}
