package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.Locale;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.ElementType;

/**
 * The built-in operations as Java expressions over operand expressions, with the interpreter's
 * semantics: checked int arithmetic through {@code Arithmetic} where the analysis cannot rule out
 * an error, plain Java where it can; doubles compared as primitives, strings by value.
 */
final class BuiltinWriter {
  private BuiltinWriter() {}

  /**
   * One operation.
   *
   * @param types the operand types
   * @param operands the operand expressions: names, array elements or literals
   * @param checked whether the operation may fail (then it calls the checked arithmetic)
   */
  static CodeBlock apply(
      Builtin op, List<ElementType> types, List<CodeBlock> operands, boolean checked) {
    CodeBlock a = operands.get(0);
    ElementType type = types.get(0);
    switch (op) {
      case PLUS, MINUS, TIMES, DIV, MOD, NEGATE -> {
        return type == ElementType.INT
            ? intArithmetic(op, operands, checked)
            : doubleArithmetic(op, operands, checked);
      }
      case EQ, NE, LT, LE, GT, GE -> {
        return compare(op, type, a, operands.get(1));
      }
      case AND -> {
        return CodeBlock.of("$L && $L", a, operands.get(1));
      }
      case OR -> {
        return CodeBlock.of("$L || $L", a, operands.get(1));
      }
      case NOT -> {
        return CodeBlock.of("!$L", a);
      }
      case WHERE -> {
        return CodeBlock.of("$L ? $L : $L", a, operands.get(1), operands.get(2));
      }
      case TO_INT -> {
        return CodeBlock.of("$L ? 1 : 0", a);
      }
      case TO_DOUBLE -> {
        return CodeBlock.of("(double) $L", a);
      }
      case ROUND -> {
        return CodeBlock.of("$T.round($L)", SupportTypes.ARITHMETIC, a);
      }
    }
    throw new AssertionError(op);
  }

  /** A comparison; the left operand is the key in a selector. */
  static CodeBlock compare(Builtin op, ElementType type, CodeBlock left, CodeBlock right) {
    if (type == ElementType.STRING) {
      return switch (op) {
        case EQ -> CodeBlock.of("$L.equals($L)", left, right);
        case NE -> CodeBlock.of("!$L.equals($L)", left, right);
        default -> CodeBlock.of("$L.compareTo($L) $L 0", left, right, op.symbol());
      };
    }
    return CodeBlock.of("$L $L $L", left, op.symbol(), right);
  }

  private static CodeBlock intArithmetic(Builtin op, List<CodeBlock> operands, boolean checked) {
    CodeBlock a = operands.get(0);
    if (op == Builtin.NEGATE) {
      return checked
          ? CodeBlock.of("$T.negate($L)", SupportTypes.ARITHMETIC, a)
          : CodeBlock.of("-$L", a);
    }
    CodeBlock b = operands.get(1);
    if (checked) {
      return CodeBlock.of(
          "$T.$L($L, $L)", SupportTypes.ARITHMETIC, op.name().toLowerCase(Locale.ROOT),
          a, b);
    }
    return switch (op) {
      case DIV -> CodeBlock.of("$T.floorDiv($L, $L)", Math.class, a, b);
      case MOD -> CodeBlock.of("$T.floorMod($L, $L)", Math.class, a, b);
      default -> CodeBlock.of("$L $L $L", a, op.symbol(), b);
    };
  }

  private static CodeBlock doubleArithmetic(
      Builtin op, List<CodeBlock> operands, boolean checked) {
    CodeBlock a = operands.get(0);
    return switch (op) {
      case NEGATE -> CodeBlock.of("-$L", a);
      // Python's modulo has the divisor's sign, unlike Java's %: always the shared method.
      case MOD -> CodeBlock.of("$T.mod($L, $L)", SupportTypes.ARITHMETIC, a, operands.get(1));
      case DIV -> checked
          ? CodeBlock.of("$T.div($L, $L)", SupportTypes.ARITHMETIC, a, operands.get(1))
          : CodeBlock.of("$L / $L", a, operands.get(1));
      default -> CodeBlock.of("$L $L $L", a, op.symbol(), operands.get(1));
    };
  }
}
