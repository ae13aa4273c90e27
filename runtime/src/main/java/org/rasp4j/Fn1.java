package org.rasp4j;

import java.io.Serializable;

/**
 * A function applied to every element by {@link Sop#map}. Serializable so that tools can find
 * which method a method reference names.
 *
 * @param <A> the argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface Fn1<A, R> extends Serializable {
  /**
   * {@return the function's value at one position}
   *
   * @param a the argument's value at that position
   */
  R apply(A a);
}
