package org.rasp4j.ir;

/** A sequence operation: for an input of length n, a sequence of n values of {@link #type()}. */
public abstract sealed class SopNode extends Node
    permits Tokens, Indices, Constant, Elementwise, Aggregate, SelectorWidth {
  private final ElementType type;

  SopNode(ElementType type, String name, int line, int structuralHash) {
    super(name, line, structuralHash);
    this.type = type;
  }

  /** {@return the element type, known when the node is built} */
  public final ElementType type() {
    return type;
  }

  /**
   * {@return the same computation under a new display name (equal to this node)}
   *
   * @param name the name, or null for none
   */
  public abstract SopNode named(String name);

  /**
   * {@return the same computation, remembering the source line it was written at (equal to this
   * node)}
   *
   * @param line the line, or 0 for none
   */
  public abstract SopNode at(int line);
}
