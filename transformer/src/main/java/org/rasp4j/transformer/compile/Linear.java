package org.rasp4j.transformer.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.SopNode;

/**
 * A numerical SOp written as a constant plus a weighted sum of means: a mean head's attention
 * output is the mean itself, so such a SOp is a linear function of the residual, and the read-out
 * can be one number (tracr's pair_balance, the difference of two fractions, needs no one-hot).
 *
 * @param terms each mean's weight
 * @param constant the constant
 */
record Linear(Map<SopNode, Double> terms, double constant) {

  /** {@return the SOp as a linear function of means, or empty if it is not one} */
  static Optional<Linear> of(SopNode node) {
    if (node instanceof Constant constant && constant.value() instanceof Number number) {
      return Optional.of(new Linear(Map.of(), number.doubleValue()));
    }
    if (node instanceof Aggregate aggregate && aggregate.reduction() == Reduction.MEAN) {
      return Optional.of(new Linear(Map.of(node, 1.0), 0));
    }
    if (!(node instanceof Elementwise elementwise)
        || !(elementwise.operation() instanceof Builtin op)) {
      return Optional.empty();
    }
    var operands = elementwise.operands();
    return switch (op) {
      case PLUS, MINUS -> both(operands.get(0), operands.get(1), op == Builtin.PLUS ? 1 : -1);
      case NEGATE -> of(operands.get(0)).map(a -> a.scaled(-1));
      // an int becomes a double exactly: the same number
      case TO_DOUBLE -> of(operands.get(0));
      case TIMES -> scaledBy(operands.get(0), operands.get(1))
          .or(() -> scaledBy(operands.get(1), operands.get(0)));
      // only a double divides as a number does (an int's division rounds down)
      case DIV -> node.type() == ElementType.DOUBLE
          && operands.get(1) instanceof Constant divisor
          && divisor.value() instanceof Double d && d != 0
          ? of(operands.get(0)).map(a -> a.scaled(1 / d)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Linear> both(SopNode a, SopNode b, double sign) {
    Optional<Linear> left = of(a);
    Optional<Linear> right = of(b);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    Map<SopNode, Double> terms = new LinkedHashMap<>(left.get().terms);
    right.get().terms.forEach((mean, w) -> terms.merge(mean, sign * w, Double::sum));
    return Optional.of(new Linear(terms, left.get().constant + sign * right.get().constant));
  }

  private static Optional<Linear> scaledBy(SopNode value, SopNode factor) {
    if (factor instanceof Constant constant && constant.value() instanceof Number number) {
      return of(value).map(a -> a.scaled(number.doubleValue()));
    }
    return Optional.empty();
  }

  private Linear scaled(double factor) {
    Map<SopNode, Double> scaled = new LinkedHashMap<>();
    terms.forEach((mean, w) -> scaled.put(mean, w * factor));
    return new Linear(scaled, constant * factor);
  }

  /** {@return the sum of the weights' magnitudes: how much the means' errors add up} */
  double weight() {
    double total = 0;
    for (double w : terms.values()) {
      total += Math.abs(w);
    }
    return total;
  }
}
