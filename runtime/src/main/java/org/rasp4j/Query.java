package org.rasp4j;

import org.rasp4j.ir.SopNode;

/** The query side of a selector; see {@link Key}. */
public final class Query<T> {
  private final SopNode node;

  Query(SopNode node) {
    this.node = node;
  }

  SopNode node() {
    return node;
  }
}
