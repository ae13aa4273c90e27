package org.rasp4j.processor.scalar;

import java.util.List;
import org.rasp4j.ir.Operation;

/**
 * A lambda from source as an IR operation: its parameters (one per operand sequence, in order, the
 * key first for a selector predicate) and its body. Records compare structurally, so the same
 * lambda text over the same operands merges like any other computation.
 *
 * @param symbol how pictures and messages show it ("map", "zip", "select")
 */
public record ScalarFunction(List<Scalar.Param> parameters, Scalar body, String symbol)
    implements Operation {
  public ScalarFunction {
    parameters = List.copyOf(parameters);
  }
}
