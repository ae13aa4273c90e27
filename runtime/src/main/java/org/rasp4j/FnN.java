package org.rasp4j;

import java.io.Serializable;
import java.util.List;

/** A function of any number of elements at one position, for the list form of {@code zip}. */
@FunctionalInterface
public interface FnN<R> extends Serializable {
  R apply(List<Object> row);
}
