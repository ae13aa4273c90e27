package org.rasp4j;

import java.io.Serializable;

/** A function of three elements at one position, for the three-way {@code zip}. */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
  R apply(A a, B b, C c);
}
