package org.rasp4j.processor.generation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Operation;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Which computations of a program can fail at run time, found with an interval analysis of its int
 * sequences: {@code length - indices - 1} cannot overflow and a sum of 1s cannot either, so such
 * operations compile to plain Java arithmetic and impose no order on the generated loops, while
 * token arithmetic, sums of tokens, rounding, divisions by a sequence and non-numeric sums keep
 * their checks.
 */
final class Hazards {
  private final Map<Node, IntRange> ranges = new HashMap<>();
  private final Map<Node, Boolean> failing = new HashMap<>();

  private Hazards() {}

  /**
   * Analyses {@code nodes}, inputs first (a schedule's node list).
   *
   * @throws IllegalStateException if a run-time lambda is in the graph: generated code cannot run
   *     one
   */
  static Hazards of(List<Node> nodes) {
    Hazards hazards = new Hazards();
    for (Node node : nodes) {
      hazards.analyse(node);
    }
    return hazards;
  }

  /** Whether evaluating the node can throw a RaspException on some input. */
  boolean mayFail(Node node) {
    Boolean result = failing.get(node);
    if (result == null) {
      throw new IllegalArgumentException(node + " was not analysed");
    }
    return result;
  }

  /** The values an int sequence can hold. */
  IntRange range(SopNode node) {
    if (node.type() != ElementType.INT) {
      throw new IllegalArgumentException(node + " is not an int sequence");
    }
    IntRange range = ranges.get(node);
    if (range == null) {
      throw new IllegalArgumentException(node + " was not analysed");
    }
    return range;
  }

  private void analyse(Node node) {
    boolean fails;
    IntRange range = null;
    if (node instanceof Tokens || node instanceof Indices || node instanceof Constant) {
      fails = false;
      if (node instanceof Tokens) {
        range = IntRange.ALL;
      } else if (node instanceof Indices) {
        range = new IntRange(0, IntRange.MAX_LENGTH - 1);
      } else if (((Constant) node).value() instanceof Integer value) {
        range = IntRange.of(value);
      }
    } else if (node instanceof Elementwise elementwise) {
      if (elementwise.operation() instanceof Builtin builtin) {
        Outcome outcome = builtin(builtin, elementwise.operands());
        fails = outcome.fails();
        range = outcome.range();
      } else {
        fails = ScalarHazards.mayFail(function(elementwise.operation(), node).body());
        range = IntRange.ALL;
      }
    } else if (node instanceof Select select) {
      fails = !(select.predicate() instanceof Builtin)
          && ScalarHazards.mayFail(function(select.predicate(), node).body());
    } else if (node instanceof SelectorLogic) {
      fails = false;
    } else if (node instanceof Aggregate aggregate) {
      Outcome outcome = aggregate(aggregate);
      fails = outcome.fails();
      range = outcome.range();
    } else if (node instanceof SelectorWidth) {
      fails = false;
      range = new IntRange(0, IntRange.MAX_LENGTH);
    } else {
      throw new AssertionError("unknown node " + node.getClass());
    }
    failing.put(node, fails);
    if (node instanceof SopNode sop && sop.type() == ElementType.INT) {
      ranges.put(node, range == null ? IntRange.ALL : range);
    }
  }

  private record Outcome(boolean fails, IntRange range) {
    static Outcome checked(IntRange exact) {
      return new Outcome(!exact.fitsInt(), exact.clampToInt());
    }
  }

  private Outcome builtin(Builtin op, List<SopNode> operands) {
    SopNode first = operands.get(0);
    if (first.type() == ElementType.DOUBLE) {
      return switch (op) {
        case DIV, MOD -> new Outcome(!nonZeroConstant(operands.get(1)), null);
        case ROUND -> new Outcome(true, IntRange.ALL);
        default -> new Outcome(false, null);
      };
    }
    return switch (op) {
      case PLUS -> Outcome.checked(range(first).plus(range(operands.get(1))));
      case MINUS -> Outcome.checked(range(first).minus(range(operands.get(1))));
      case TIMES -> Outcome.checked(range(first).times(range(operands.get(1))));
      case DIV -> {
        IntRange a = range(first);
        IntRange b = range(operands.get(1));
        boolean fails =
            b.contains(0) || (a.contains(Integer.MIN_VALUE) && b.contains(-1));
        yield new Outcome(fails, a.floorDiv(b).clampToInt());
      }
      case MOD -> {
        IntRange b = range(operands.get(1));
        yield new Outcome(b.contains(0), range(first).floorMod(b));
      }
      case NEGATE -> Outcome.checked(range(first).negate());
      case WHERE -> new Outcome(
          false,
          operands.get(1).type() == ElementType.INT
              ? range(operands.get(1)).union(range(operands.get(2)))
              : null);
      case TO_INT -> new Outcome(false, new IntRange(0, 1));
      default -> new Outcome(false, null); // comparisons and logic
    };
  }

  private static boolean nonZeroConstant(SopNode node) {
    return node instanceof Constant constant
        && constant.value() instanceof Double value
        && value != 0; // NaN divides without error, as in the interpreter
  }

  private Outcome aggregate(Aggregate aggregate) {
    if (aggregate.reduction() == Reduction.MEAN) {
      return new Outcome(false, null);
    }
    return switch (aggregate.type()) {
      case DOUBLE -> new Outcome(false, null);
      case INT -> {
        IntRange one = range(aggregate.values());
        IntRange sums = one.sumOfTwoOrMore();
        IntRange none = IntRange.of((Integer) aggregate.effectiveDefault());
        yield new Outcome(!sums.fitsInt(), none.union(one).union(sums.clampToInt()));
      }
      default -> new Outcome(true, null); // two selected chars, booleans or strings
    };
  }

  private static ScalarFunction function(Operation operation, Node node) {
    if (operation instanceof ScalarFunction function) {
      return function;
    }
    throw new IllegalStateException(
        node.describe() + " runs a " + operation.getClass().getName()
            + "; generated code runs only built-in operations and functions translated from"
            + " source (a run-time lambda cannot reach the code generator)");
  }
}
