package org.rasp4j;

import org.rasp4j.ir.SopNode;

/**
 * The query side of a selector, made by {@link Rasp#query}: the right operand of {@link Key}'s
 * comparisons.
 *
 * @param <T> the type of queries and keys
 */
public final class Query<T> {
  private final SopNode node;

  Query(SopNode node) {
    this.node = node;
  }

  SopNode node() {
    return node;
  }
}
