package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/** An operation applied position by position (an MLP in a transformer): it costs no layer. */
public final class Elementwise extends SopNode {
  private final Operation operation;
  private final List<SopNode> operands;

  /**
   * {@return a built-in operation on the operands, of the type the operation gives operands of
   * theirs: a comparison is boolean, {@code toInt} int, {@code plus} the operands' type}
   *
   * @param op the operation
   * @param operands as many as the operation takes
   * @throws IllegalArgumentException for the wrong number of operands, or operand types the
   *     operation does not take, saying what to write instead
   */
  public static Elementwise of(Builtin op, SopNode... operands) {
    List<SopNode> list = List.of(operands);
    return new Elementwise(
        BuiltinTyping.resultType(op, list.stream().map(SopNode::type).toList()), op, list);
  }

  /**
   * Any operation with a result type the caller has established.
   *
   * @param type the result's element type
   * @param operation the operation, applied to one position's operand values
   * @param operands at least one
   * @throws IllegalArgumentException for no operands
   */
  public Elementwise(ElementType type, Operation operation, List<SopNode> operands) {
    this(type, operation, List.copyOf(operands), null, 0);
  }

  private Elementwise(
      ElementType type, Operation operation, List<SopNode> operands, String name, int line) {
    super(type, name, line, Objects.hash("Elementwise", type, operation, operands));
    if (operands.isEmpty()) {
      throw new IllegalArgumentException("an elementwise operation needs at least one operand");
    }
    this.operation = operation;
    this.operands = operands;
  }

  /** {@return the operation applied at each position} */
  public Operation operation() {
    return operation;
  }

  /** {@return the operands, in the operation's order} */
  public List<SopNode> operands() {
    return operands;
  }

  @Override
  public List<Node> inputs() {
    return List.copyOf(operands);
  }

  @Override
  public String label() {
    return operation.symbol();
  }

  @Override
  boolean sameStructure(Node other) {
    Elementwise that = (Elementwise) other;
    return that.type() == type() && that.operation.equals(operation);
  }

  @Override
  public Elementwise named(String name) {
    return new Elementwise(type(), operation, operands, name, line());
  }

  @Override
  public Elementwise at(int line) {
    return new Elementwise(type(), operation, operands, name(), line);
  }
}
