package org.rasp4j.ir;

import java.util.List;

/**
 * A node of the RASP graph: a sequence operation ({@link SopNode}) or a selector ({@link
 * SelectorNode}).
 *
 * <p>Nodes are immutable and compare structurally: two nodes are equal when they compute the same
 * thing from equal inputs, whatever their display names. That equality is what merges identical
 * computations (the same head built twice is one head). The hash is computed once, at
 * construction, from the children's cached hashes, so hashing a DAG costs its size, not its number
 * of paths. Object identity is kept too: RASPy counts heads per object.
 */
public abstract sealed class Node permits SopNode, SelectorNode {
  private final String name;
  private final int line;
  private final int hash;

  Node(String name, int line, int structuralHash) {
    this.name = name;
    this.line = line;
    this.hash = structuralHash;
  }

  /** {@return the name given with {@code named(...)}, or null} Not part of equality. */
  public final String name() {
    return name;
  }

  /**
   * {@return the source line the node was built at (known to the processor), or 0} Not part of
   * equality.
   */
  public final int line() {
    return line;
  }

  /** {@return the nodes this one reads, in a fixed order} */
  public abstract List<Node> inputs();

  /**
   * {@return a short description of the operation, for messages and pictures: "aggregate", "select
   * =="}
   */
  public abstract String label();

  /**
   * {@return how messages name this node: "operation 'name'" when named, else the operation}
   */
  public final String describe() {
    return name == null ? label() : label() + " '" + name + "'";
  }

  /**
   * Whether {@code other} (of the same class) does the same operation, inputs aside: {@link
   * #equals} compares the {@link #inputs()} pair by pair itself, without recursion.
   */
  abstract boolean sameStructure(Node other);

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Node other
        && other.getClass() == getClass()
        && other.hash == hash
        && StructuralEquality.equal(this, other);
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return describe();
  }
}
