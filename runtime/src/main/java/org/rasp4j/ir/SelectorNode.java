package org.rasp4j.ir;

/** A selector: for an input of length n, an n-by-n boolean matrix (query rows, key columns). */
public abstract sealed class SelectorNode extends Node permits Select, SelectorLogic {
  SelectorNode(String name, int line, int structuralHash) {
    super(name, line, structuralHash);
  }

  /**
   * {@return the same selector under a new display name (equal to this node)}
   *
   * @param name the name, or null for none
   */
  public abstract SelectorNode named(String name);
}
