package org.rasp4j;

import java.io.Serializable;
import java.util.List;

/**
 * A function of any number of elements at one position, for the list form of {@code zip}.
 *
 * @param <R> the result's type
 */
@FunctionalInterface
public interface FnN<R> extends Serializable {
  /**
   * {@return the function's value at one position}
   *
   * @param row the arguments' values at that position, in the order of the Sops given to {@code
   *     zip}
   */
  R apply(List<Object> row);
}
