package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * What the kernels recognise in a selector, read from its IR alone: builtin comparisons, with
 * and/or/not over them; of a function predicate, only whether it ignores its query. The key is the
 * left operand.
 */
final class SelectorShapes {
  /** A predicate function's query parameter: the second, after the key. */
  private static final int QUERY_ARGUMENT = 1;

  private SelectorShapes() {}

  /**
   * Whether no select reads its query: each compares with a constant, or is a function that
   * ignores its query argument ({@code (k, q) -> true}, {@code (k, q) -> k.equals('a')}).
   */
  static boolean queryIndependent(SelectorNode selector) {
    return selector.leaves().stream().allMatch(select -> select.queries() instanceof Constant
        || (select.predicate() instanceof ScalarFunction function
            && ScalarDependence.ignores(function, QUERY_ARGUMENT)));
  }

  /** The builtin comparison of a select, or null for a function. */
  static Builtin comparison(Select select) {
    return select.predicate() instanceof Builtin builtin && builtin.isComparison()
        ? builtin
        : null;
  }

  /** {@code key(indices) op query(x)} with x an int: the selected keys form an interval. */
  static boolean positionLeaf(SelectorNode selector) {
    return selector instanceof Select select
        && comparison(select) != null
        && select.keys() instanceof Indices
        && select.queries().type() == ElementType.INT;
  }

  /** Position leaves under and/or/not. */
  static boolean positional(SelectorNode selector) {
    if (selector instanceof Select) {
      return positionLeaf(selector);
    }
    return ((SelectorLogic) selector).operands().stream().allMatch(SelectorShapes::positional);
  }

  /**
   * Whether a positional selector selects at most one key per query: it is, or is an and with,
   * {@code key(indices) == query(x)}.
   */
  static boolean atMostOne(SelectorNode selector) {
    if (selector instanceof Select select) {
      return comparison(select) == Builtin.EQ;
    }
    SelectorLogic logic = (SelectorLogic) selector;
    return logic.connective() == SelectorLogic.Connective.AND
        && logic.operands().stream().anyMatch(SelectorShapes::atMostOne);
  }

  /**
   * Whether the keys a positional selector selects always start at position 0 (a prefix), so a
   * running double sum adds them in the interpreter's order.
   */
  static boolean prefix(SelectorNode selector) {
    if (selector instanceof Select select) {
      Builtin op = comparison(select);
      return op == Builtin.LT || op == Builtin.LE;
    }
    SelectorLogic logic = (SelectorLogic) selector;
    return switch (logic.connective()) {
      case AND -> logic.operands().stream().anyMatch(SelectorShapes::prefix);
      case OR -> logic.operands().stream().allMatch(SelectorShapes::prefix);
      case NOT -> false;
    };
  }

  /** The conjuncts of a selector: the operands of its (nested) ands, else itself. */
  static List<SelectorNode> conjuncts(SelectorNode selector) {
    List<SelectorNode> conjuncts = new ArrayList<>();
    addConjuncts(selector, conjuncts);
    return conjuncts;
  }

  private static void addConjuncts(SelectorNode selector, List<SelectorNode> into) {
    if (selector instanceof SelectorLogic logic
        && logic.connective() == SelectorLogic.Connective.AND) {
      for (SelectorNode operand : logic.operands()) {
        addConjuncts(operand, into);
      }
    } else {
      into.add(selector);
    }
  }

  /**
   * {@code key(x) == query(y)} on values whose equality is equality of a 64-bit code: ints,
   * chars and booleans (not doubles, where 0.0 == -0.0 and NaN != NaN; not strings), and not
   * positions (those are {@link #positionLeaf}s).
   */
  static boolean valueEquality(SelectorNode selector) {
    if (!(selector instanceof Select select) || comparison(select) != Builtin.EQ
        || select.keys() instanceof Indices) {
      return false;
    }
    ElementType type = select.keys().type();
    return type == select.queries().type()
        && (type == ElementType.INT || type == ElementType.CHAR || type == ElementType.BOOL);
  }

  /**
   * {@code key(x) < query(y)} (or {@code <=, >, >=}) on ints, chars or doubles (compared as Java's
   * operators compare them), not positions.
   */
  static boolean valueOrder(SelectorNode selector) {
    if (!(selector instanceof Select select) || select.keys() instanceof Indices) {
      return false;
    }
    Builtin op = comparison(select);
    ElementType type = select.keys().type();
    return (op == Builtin.LT || op == Builtin.LE || op == Builtin.GT || op == Builtin.GE)
        && type == select.queries().type()
        && (type == ElementType.INT || type == ElementType.CHAR || type == ElementType.DOUBLE);
  }

  /**
   * The value comparison of {@code key(v) < query(w) or (key(v) == query(w) and key(indices) <
   * query(indices))} (either operand order of the or and of the and): the keys before the query
   * in the order of (value, position), as sort and minimum break ties; else null.
   */
  static Select lexicographic(SelectorNode selector) {
    if (!(selector instanceof SelectorLogic or)
        || or.connective() != SelectorLogic.Connective.OR) {
      return null;
    }
    for (int i = 0; i < 2; i++) {
      SelectorNode less = or.operands().get(i);
      SelectorNode tie = or.operands().get(1 - i);
      if (valueOrder(less) && comparison((Select) less) == Builtin.LT
          && tie instanceof SelectorLogic and
          && and.connective() == SelectorLogic.Connective.AND) {
        Select value = (Select) less;
        for (int j = 0; j < 2; j++) {
          if (and.operands().get(j) instanceof Select equal
              && comparison(equal) == Builtin.EQ
              && equal.keys().equals(value.keys()) && equal.queries().equals(value.queries())
              && and.operands().get(1 - j) instanceof Select position
              && comparison(position) == Builtin.LT
              && position.keys() instanceof Indices && position.queries() instanceof Indices) {
            return value;
          }
        }
      }
    }
    return null;
  }
}
