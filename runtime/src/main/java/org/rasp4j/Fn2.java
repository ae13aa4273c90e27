package org.rasp4j;

import java.io.Serializable;

/**
 * A function of two elements at one position, for {@link Rasp#zip(ValueType, Sop, Sop, Fn2)}.
 *
 * @param <A> the first argument's type
 * @param <B> the second argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
  /**
   * {@return the function's value at one position}
   *
   * @param a the first argument's value at that position
   * @param b the second argument's value at that position
   */
  R apply(A a, B b);
}
