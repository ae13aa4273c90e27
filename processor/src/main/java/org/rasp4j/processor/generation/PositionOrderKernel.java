package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;

/**
 * {@code <, <=, >, >=} between the key's position and an int query (cumsum, before, a window as
 * the and of two), with and/or/not: each query selects an interval of positions, its sums are
 * differences of prefix sums (doubles only for prefixes, whose running sum adds in the
 * interpreter's order). O(n).
 */
record PositionOrderKernel() implements Kernel {
  static final String NAME = "position-order";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    return PositionKernels.write(scope, unit, names);
  }
}
