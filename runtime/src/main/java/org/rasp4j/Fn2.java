package org.rasp4j;

import java.io.Serializable;

/** A function of two elements at one position, for {@link Rasp#zip(ValueType, Sop, Sop, Fn2)}. */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
  R apply(A a, B b);
}
