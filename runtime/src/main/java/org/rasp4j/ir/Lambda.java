package org.rasp4j.ir;

/**
 * A user function given to {@code map}, {@code zip} or a predicate selector at run time.
 *
 * <p>Two lambdas are the same operation only when they are the same Java object: a non-capturing
 * lambda evaluated twice at one call site is one object, so its computations still merge.
 *
 * @param function the Java function object (one of the DSL's functional interfaces)
 * @param symbol how pictures and messages show it
 */
public record Lambda(Object function, String symbol) implements Operation {
  @Override
  public boolean equals(Object o) {
    return o instanceof Lambda other && other.function == function && other.symbol.equals(symbol);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(function) * 31 + symbol.hashCode();
  }
}
