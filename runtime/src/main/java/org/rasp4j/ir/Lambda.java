package org.rasp4j.ir;

import java.util.Objects;
import java.util.Optional;

/**
 * A user function given to {@code map}, {@code zip} or a predicate selector at run time.
 *
 * <p>Two functions are the same operation when they come from the same source lambda (or method
 * reference) with equal captured values: the rule rasp4j's annotation processor applies to the
 * functions it reads from source, so the interpreter's {@code Schedule} and a generated
 * evaluator's {@code headsPerLayer()} merge the same heads. A lambda evaluated twice (in a helper
 * called twice, or in a loop) is one operation as long as what it captures is equal ({@code
 * equals}); two lambdas with the same text at two places in the source are two operations, as are
 * two evaluations of one lambda that capture different values. Two references to one method are
 * one operation.
 *
 * <p>The DSL's functional interfaces are {@code Serializable}, so javac compiles every lambda and
 * method reference given to them with a {@link java.lang.invoke.SerializedLambda}, which names the
 * method that implements it (one per source lambda) and lists the captured values. A function
 * that is not a lambda or a method reference (an object of a class that implements {@code Fn1},
 * say) has none, and is the same operation only as itself.
 */
public final class Lambda implements Operation {
  private final Object function;
  private final String symbol;
  /** Empty for a function without a serialized form: then identity decides. */
  private final Optional<LambdaSource> source;

  /**
   * A user function, the same operation as another when {@link #equals} says so.
   *
   * @param function the Java function object (one of the DSL's functional interfaces)
   * @param symbol how pictures and messages show it
   */
  public Lambda(Object function, String symbol) {
    this.function = Objects.requireNonNull(function, "function");
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.source = LambdaSource.of(function);
  }

  /** {@return the Java function object} */
  public Object function() {
    return function;
  }

  @Override
  public String symbol() {
    return symbol;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Lambda other) || !other.symbol.equals(symbol)) {
      return false;
    }
    if (other.function == function) {
      return true;
    }
    return source.isPresent() && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return 31 * symbol.hashCode()
        + source.map(LambdaSource::hashCode).orElseGet(() -> System.identityHashCode(function));
  }

  @Override
  public String toString() {
    return "Lambda[" + symbol + ", " + source.map(LambdaSource::toString).orElse(function.toString())
        + "]";
  }
}
