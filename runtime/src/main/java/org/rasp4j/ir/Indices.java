package org.rasp4j.ir;

import java.util.List;

/** The positions 0, 1, ..., n-1. */
public final class Indices extends SopNode {
  /** The indices of the input, a sequence at layer 0. */
  public Indices() {
    this(null, 0);
  }

  private Indices(String name, int line) {
    super(ElementType.INT, name, line, 0x1d1ce5);
  }

  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return "indices";
  }

  @Override
  boolean sameStructure(Node other) {
    return true;
  }

  @Override
  public Indices named(String name) {
    return new Indices(name, line());
  }

  @Override
  public Indices at(int line) {
    return new Indices(name(), line);
  }
}
