package org.rasp4j.processor.frontend;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import java.util.Optional;
import org.rasp4j.processor.javarules.Conditionals;
import org.rasp4j.processor.javarules.Conversions;
import org.rasp4j.processor.javarules.JavaType;

/**
 * The static types of a program body's constant expressions, as javac would attribute them (it
 * does not during annotation processing): what overload resolution and {@code ?:} need, without
 * evaluating an operand Java would not evaluate.
 */
final class BodyTypes {
  private final PartialEvaluator evaluator;

  BodyTypes(PartialEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** The expression's static type, when it is built of constants, locals and operators. */
  Optional<JavaType> staticType(ExpressionTree tree, Frame frame) {
    switch (tree.getKind()) {
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, CHAR_LITERAL,
          BOOLEAN_LITERAL, STRING_LITERAL -> {
        return Optional.of(JavaType.ofValue(((com.sun.source.tree.LiteralTree) tree).getValue()));
      }
      case PARENTHESIZED -> {
        return staticType(((ParenthesizedTree) tree).getExpression(), frame);
      }
      case IDENTIFIER, MEMBER_SELECT -> {
        if (tree instanceof IdentifierTree identifier) {
          Optional<JavaType> declared =
              frame.scope().declaredType(identifier.getName().toString());
          if (declared.isPresent()) {
            return declared;
          }
        }
        Object value = valueOf(tree, frame);
        return Constants.isConstant(value) ? Optional.of(JavaType.ofValue(value)) : Optional.empty();
      }
      case TYPE_CAST -> {
        return Coercion.declared(((TypeCastTree) tree).getType());
      }
      case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT -> {
        return staticType(((UnaryTree) tree).getExpression(), frame)
            .flatMap(Conversions::unaryPromotion).map(p -> p);
      }
      case LOGICAL_COMPLEMENT -> {
        return Optional.of(JavaType.Primitive.BOOLEAN);
      }
      case METHOD_INVOCATION -> {
        return evaluator.callResult((com.sun.source.tree.MethodInvocationTree) tree);
      }
      case CONDITIONAL_EXPRESSION -> {
        // Evaluating a ?: converts its value to its type already (conditionalType); its value's
        // type is the caller's fallback.
        return Optional.empty();
      }
      default -> {
        if (tree instanceof BinaryTree binary) {
          return binaryType(binary, frame);
        }
        return Optional.empty();
      }
    }
  }

  private Optional<JavaType> binaryType(BinaryTree binary, Frame frame) {
    switch (binary.getKind()) {
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO,
          CONDITIONAL_AND, CONDITIONAL_OR -> {
        return Optional.of(JavaType.Primitive.BOOLEAN);
      }
      default -> { }
    }
    Optional<JavaType> left = staticType(binary.getLeftOperand(), frame);
    Optional<JavaType> right = staticType(binary.getRightOperand(), frame);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    JavaType l = left.get();
    JavaType r = right.get();
    return switch (binary.getKind()) {
      case PLUS -> l.equals(JavaType.STRING) || r.equals(JavaType.STRING)
          ? Optional.of(JavaType.STRING) : Conversions.binaryPromotion(l, r).map(p -> p);
      case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> Conversions.unaryPromotion(l).map(p -> p);
      case AND, OR, XOR -> Conversions.isBoolean(l) && Conversions.isBoolean(r)
          ? Optional.of(JavaType.Primitive.BOOLEAN) : Conversions.binaryPromotion(l, r).map(p -> p);
      default -> Conversions.binaryPromotion(l, r).map(p -> p);
    };
  }

  /**
   * The type of a {@code ?:} whose chosen operand evaluated to {@code chosen}. The other operand's
   * type is its static type; only a call's result type is learnt by evaluating it (its failures
   * ignored, as Java never runs it), since the processor does not attribute calls.
   */
  Optional<JavaType> conditionalType(ConditionalExpressionTree conditional, boolean thenChosen,
      Object chosen, Frame frame) {
    if (!Constants.isConstant(chosen)) {
      return Optional.empty(); // Sops, selectors, lists: no conversion applies
    }
    ExpressionTree taken = thenChosen ? conditional.getTrueExpression() : conditional.getFalseExpression();
    ExpressionTree other = thenChosen ? conditional.getFalseExpression() : conditional.getTrueExpression();
    JavaType takenType = staticType(taken, frame).orElse(JavaType.ofValue(chosen));
    Object takenConstant = isConstantExpression(taken, frame) ? chosen : null;
    Optional<JavaType> otherType = staticType(other, frame);
    Object otherValue = otherType.isEmpty() || isConstantExpression(other, frame)
        ? valueOf(other, frame) : null;
    if (otherType.isEmpty() && Constants.isConstant(otherValue)) {
      otherType = Optional.of(JavaType.ofValue(otherValue));
    }
    if (otherType.isEmpty()) {
      return Optional.empty();
    }
    Object otherConstant = isConstantExpression(other, frame) ? otherValue : null;
    return Optional.of(thenChosen
        ? Conditionals.type(takenType, takenConstant, otherType.get(), otherConstant)
        : Conditionals.type(otherType.get(), otherConstant, takenType, takenConstant));
  }

  /** Whether the expression is a constant expression (JLS 15.29). */
  boolean isConstantExpression(ExpressionTree tree, Frame frame) {
    switch (tree.getKind()) {
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, CHAR_LITERAL,
          BOOLEAN_LITERAL, STRING_LITERAL -> {
        return true;
      }
      case PARENTHESIZED -> {
        return isConstantExpression(((ParenthesizedTree) tree).getExpression(), frame);
      }
      case IDENTIFIER -> {
        String name = ((IdentifierTree) tree).getName().toString();
        if (evaluator.isLocal(name, frame)) {
          return frame.scope().isConstant(name);
        }
        return Constants.isConstant(valueOf(tree, frame));
      }
      case MEMBER_SELECT -> {
        return evaluator.qualifierClass(((MemberSelectTree) tree).getExpression(), frame).isPresent()
            && Constants.isConstant(valueOf(tree, frame));
      }
      case TYPE_CAST -> {
        TypeCastTree cast = (TypeCastTree) tree;
        return Coercion.declared(cast.getType()).filter(t -> t.isPrimitive() || t.equals(JavaType.STRING))
            .isPresent() && isConstantExpression(cast.getExpression(), frame);
      }
      case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT, LOGICAL_COMPLEMENT -> {
        return isConstantExpression(((UnaryTree) tree).getExpression(), frame);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        return isConstantExpression(conditional.getCondition(), frame)
            && isConstantExpression(conditional.getTrueExpression(), frame)
            && isConstantExpression(conditional.getFalseExpression(), frame);
      }
      default -> {
        return tree instanceof BinaryTree binary
            && isConstantExpression(binary.getLeftOperand(), frame)
            && isConstantExpression(binary.getRightOperand(), frame);
      }
    }
  }

  private Object valueOf(Tree tree, Frame frame) {
    try {
      return evaluator.evaluate((ExpressionTree) tree, frame);
    } catch (RuntimeException notAValue) { // a CompileError too
      return null;
    }
  }
}
