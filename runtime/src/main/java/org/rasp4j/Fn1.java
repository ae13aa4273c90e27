package org.rasp4j;

import java.io.Serializable;

/**
 * A function applied to every element by {@link Sop#map}. Serializable so that tools can find
 * which method a method reference names.
 */
@FunctionalInterface
public interface Fn1<A, R> extends Serializable {
  R apply(A a);
}
