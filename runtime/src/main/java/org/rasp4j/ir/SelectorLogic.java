package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/**
 * Selectors combined cell by cell: {@code and}, {@code or}, or logical {@code not} (RASPy's
 * bitwise {@code ~} selects everything; this is the logical complement).
 */
public final class SelectorLogic extends SelectorNode {
  /** The cell-by-cell connective. */
  public enum Connective {
    /** Selected where both operands select. */
    AND,
    /** Selected where either operand selects. */
    OR,
    /** Selected where the one operand does not select. */
    NOT
  }

  private final Connective connective;
  private final List<SelectorNode> operands;

  /**
   * {@return the selector that selects where both {@code a} and {@code b} do}
   *
   * @param a the first operand
   * @param b the second operand
   */
  public static SelectorLogic and(SelectorNode a, SelectorNode b) {
    return new SelectorLogic(Connective.AND, List.of(a, b), null, 0);
  }

  /**
   * {@return the selector that selects where {@code a} or {@code b} does}
   *
   * @param a the first operand
   * @param b the second operand
   */
  public static SelectorLogic or(SelectorNode a, SelectorNode b) {
    return new SelectorLogic(Connective.OR, List.of(a, b), null, 0);
  }

  /**
   * {@return the selector that selects exactly where {@code a} does not}
   *
   * @param a the operand
   */
  public static SelectorLogic not(SelectorNode a) {
    return new SelectorLogic(Connective.NOT, List.of(a), null, 0);
  }

  private SelectorLogic(
      Connective connective, List<SelectorNode> operands, String name, int line) {
    super(name, line, Objects.hash("SelectorLogic", connective, operands));
    this.connective = connective;
    this.operands = operands;
  }

  /** {@return the connective} */
  public Connective connective() {
    return connective;
  }

  /** {@return the operands: two for {@code and} and {@code or}, one for {@code not}} */
  public List<SelectorNode> operands() {
    return operands;
  }

  @Override
  public List<Node> inputs() {
    return List.copyOf(operands);
  }

  @Override
  public String label() {
    return connective.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  boolean sameStructure(Node other) {
    SelectorLogic that = (SelectorLogic) other;
    return that.connective == connective;
  }

  @Override
  public SelectorLogic named(String name) {
    return new SelectorLogic(connective, operands, name, line());
  }
}
