package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;

/**
 * {@code key(indices) == query(x)}, alone or and-ed with other positional comparisons (shift,
 * {@code index(i)}, the selects of ralign and flip written on the key's position): each query
 * selects at most the key at position x, found without a search. O(n).
 */
record IndexMapKernel() implements Kernel {
  static final String NAME = "index-map";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    return PositionKernels.write(scope, unit, names);
  }
}
