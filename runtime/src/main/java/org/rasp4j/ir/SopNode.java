package org.rasp4j.ir;

/** A sequence operation: for an input of length n, a sequence of n values of {@link #type()}. */
public abstract sealed class SopNode extends Node
    permits Tokens, Indices, Constant, Elementwise, Aggregate, SelectorWidth {
  private final ElementType type;

  SopNode(ElementType type, String name, int line, int structuralHash) {
    super(name, line, structuralHash);
    this.type = type;
  }

  /** The element type, known when the node is built. */
  public final ElementType type() {
    return type;
  }

  /** The same computation under a new display name (equal to this node). */
  public abstract SopNode named(String name);

  /** The same computation, remembering the source line it was written at (equal to this node). */
  public abstract SopNode at(int line);
}
