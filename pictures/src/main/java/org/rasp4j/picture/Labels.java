package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.SopNode;

/**
 * How pictures name a SOp. A named SOp by {@link org.rasp4j.ir.Node#describe()} ({@code aggregate
 * 'length'}) in the structure, by its name alone ({@code length}) beside its values; an unnamed
 * elementwise step by its formula ({@code length - indices - 1}), since its operation alone ("-")
 * says little; an unnamed constant as {@code constant 1}, which would otherwise read as a row
 * number.
 */
final class Labels {
  /** Formulas nest at most this deep before "…": a label, not a listing. */
  private static final int DEPTH = 3;

  private Labels() {}

  /** The label of a row or column of {@code sop}'s values. */
  static String of(SopNode sop) {
    if (sop.name() != null) {
      return sop.describe();
    }
    if (sop instanceof Constant) {
      return "constant " + sop.describe();
    }
    if (sop instanceof Elementwise elementwise) {
      return formula(elementwise, DEPTH);
    }
    return sop.describe();
  }

  /**
   * The label of {@code sop}'s values in a trace: the name the user gave, as the program reads it
   * ({@code length}, not {@code aggregate 'length'}); the operation is in the head or formula that
   * computes it. Unnamed SOps as {@link #of}.
   */
  static String ofValues(SopNode sop) {
    return sop.name() != null ? sop.name() : of(sop);
  }

  /**
   * {@code sop} standing alone inside a call such as {@code key(...)}: its name, its value, or its
   * formula (no brackets needed).
   */
  static String term(SopNode sop) {
    return term(sop, DEPTH);
  }

  private static String term(SopNode sop, int depth) {
    if (sop.name() == null && sop instanceof Elementwise elementwise && depth > 0) {
      return formula(elementwise, depth);
    }
    return operand(sop, depth);
  }

  /** {@code sop} as an operand in a formula: its name, its value, or its formula in brackets. */
  private static String operand(SopNode sop, int depth) {
    if (sop.name() != null) {
      return sop.name();
    }
    if (sop instanceof Elementwise elementwise) {
      if (depth == 0) {
        return "…";
      }
      String formula = formula(elementwise, depth);
      return isInfix(elementwise) ? "(" + formula + ")" : formula;
    }
    return sop.describe();
  }

  /** Infix operations bracket compound operands; calls need no brackets inside their own. */
  private static String formula(Elementwise node, int depth) {
    boolean infix = isInfix(node);
    List<String> operands = new ArrayList<>();
    for (SopNode operand : node.operands()) {
      operands.add(infix ? operand(operand, depth - 1) : term(operand, depth - 1));
    }
    if (infix) {
      return operands.get(0) + " " + node.operation().symbol() + " " + operands.get(1);
    }
    return node.operation().symbol() + "(" + String.join(", ", operands) + ")";
  }

  /** Arithmetic, comparisons and and/or read best between their operands, the rest as calls. */
  private static boolean isInfix(Elementwise node) {
    if (!(node.operation() instanceof Builtin builtin)) {
      return false;
    }
    return switch (builtin) {
      case PLUS, MINUS, TIMES, DIV, MOD, EQ, NE, LT, LE, GT, GE, AND, OR -> true;
      case NEGATE, NOT, WHERE, TO_INT, TO_DOUBLE, ROUND -> false;
    };
  }
}
