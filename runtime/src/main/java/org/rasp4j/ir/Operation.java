package org.rasp4j.ir;

/**
 * What an {@link Elementwise} node or a {@link Select} predicate computes from its operands.
 *
 * <p>The IR never needs to run an operation: analysis reads only the graph's shape. The reference
 * interpreter runs {@link Builtin}s and {@link Lambda}s; the annotation processor adds its own
 * scalar expressions, which it emits as Java source.
 */
public interface Operation {
  /** {@return how pictures and messages show the operation: "+", "==", "map"} */
  String symbol();
}
