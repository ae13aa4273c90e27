package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/**
 * A selector built from a key sequence, a query sequence and a predicate: query position i selects
 * key position j when {@code predicate(keys[j], queries[i])} holds (the key is the LEFT operand,
 * as in RASP).
 */
public final class Select extends SelectorNode {
  private final SopNode keys;
  private final SopNode queries;
  private final Operation predicate;

  /**
   * A selector. A {@link Builtin} predicate must be a comparison of two values of one type.
   *
   * @param keys the sequence read at each key position, the predicate's left operand
   * @param queries the sequence read at each query position, the predicate's right operand
   * @param predicate a {@link Builtin} comparison or a user function ({@link Lambda}) of a key and
   *     a query
   * @throws IllegalArgumentException when a comparison's operand types do not fit
   */
  public Select(SopNode keys, SopNode queries, Operation predicate) {
    this(keys, queries, predicate, null, 0);
    if (predicate instanceof Builtin builtin) {
      if (!builtin.isComparison()) {
        throw new IllegalArgumentException(
            "a selector compares keys with queries; " + builtin.symbol() + " is no comparison");
      }
      BuiltinTyping.resultType(builtin, List.of(keys.type(), queries.type()));
    }
  }

  private Select(SopNode keys, SopNode queries, Operation predicate, String name, int line) {
    super(name, line, Objects.hash("Select", keys, queries, predicate));
    this.keys = keys;
    this.queries = queries;
    this.predicate = predicate;
  }

  /** {@return the sequence read at each key position} */
  public SopNode keys() {
    return keys;
  }

  /** {@return the sequence read at each query position} */
  public SopNode queries() {
    return queries;
  }

  /** {@return the predicate, of a key and a query in that order} */
  public Operation predicate() {
    return predicate;
  }

  @Override
  public List<Node> inputs() {
    return List.of(keys, queries);
  }

  @Override
  public String label() {
    return "select " + predicate.symbol();
  }

  @Override
  boolean sameStructure(Node other) {
    Select that = (Select) other;
    return that.predicate.equals(predicate);
  }

  @Override
  public Select named(String name) {
    return new Select(keys, queries, predicate, name, line());
  }
}
