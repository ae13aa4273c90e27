package org.rasp4j.ir;

import java.util.List;

/** The program's input sequence. */
public final class Tokens extends SopNode {
  /**
   * The input sequence, a sequence at layer 0.
   *
   * @param type the tokens' type: {@link ElementType#CHAR} or {@link ElementType#INT}
   */
  public Tokens(ElementType type) {
    this(type, null, 0);
  }

  private Tokens(ElementType type, String name, int line) {
    super(type, name, line, 17 * type.hashCode());
  }

  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return "tokens";
  }

  @Override
  boolean sameStructure(Node other) {
    return ((Tokens) other).type() == type();
  }

  @Override
  public Tokens named(String name) {
    return new Tokens(type(), name, line());
  }

  @Override
  public Tokens at(int line) {
    return new Tokens(type(), name(), line);
  }
}
