package org.rasp4j;

import java.io.Serializable;

/**
 * A function of three elements at one position, for the three-way {@code zip}.
 *
 * @param <A> the first argument's type
 * @param <B> the second argument's type
 * @param <C> the third argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
  /**
   * {@return the function's value at one position}
   *
   * @param a the first argument's value at that position
   * @param b the second argument's value at that position
   * @param c the third argument's value at that position
   */
  R apply(A a, B b, C c);
}
