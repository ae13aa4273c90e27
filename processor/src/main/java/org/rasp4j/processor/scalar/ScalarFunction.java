package org.rasp4j.processor.scalar;

import java.util.List;
import org.rasp4j.ir.Operation;

/**
 * A lambda from source as an IR operation: its parameters (one per operand sequence, in order, the
 * key first for a selector predicate), its body and its origin. Records compare structurally: two
 * functions are one operation when they come from the same source lambda (or reference the same
 * method) with equal captured values, which the body holds as literals; this is the rule the
 * interpreter applies to run-time lambdas ({@link org.rasp4j.ir.Lambda}), so the heads the
 * processor counts are the heads the interpreter counts.
 *
 * @param symbol how pictures and messages show it ("map", "zip", "select")
 * @param origin the source lambda's place, or that it is a method reference
 */
public record ScalarFunction(
    List<Scalar.Param> parameters, Scalar body, String symbol, FunctionOrigin origin)
    implements Operation {
  public ScalarFunction {
    parameters = List.copyOf(parameters);
  }
}
