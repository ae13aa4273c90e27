package org.rasp4j.processor.frontend;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.diagnostics.Message;

/**
 * Runs the statements of an inlined method at compile time: blocks, locals, assignments, {@code
 * if} on constants, loops that unroll, {@code return}. Anything else is an error at the statement.
 */
final class StatementRunner {
  /** What a statement that does not return completes with. */
  static final Object NORMAL = new Object();

  static final int MAX_ITERATIONS = 100_000;

  private final PartialEvaluator evaluator;
  private int iterations;

  StatementRunner(PartialEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * Starts the iteration count of one program run afresh: each variant of a generic program (one
   * per token type) is its own run with its own budget.
   */
  void startProgram() {
    iterations = 0;
  }

  /** Runs {@code statement}: {@link #NORMAL}, or the value a {@code return} gave. */
  Object execute(StatementTree statement, Frame frame) {
    switch (statement.getKind()) {
      case BLOCK -> {
        frame.scope().enter();
        try {
          for (StatementTree inner : ((BlockTree) statement).getStatements()) {
            Object result = execute(inner, frame);
            if (result != NORMAL) {
              return result;
            }
          }
          return NORMAL;
        } finally {
          frame.scope().exit();
        }
      }
      case VARIABLE -> {
        VariableTree variable = (VariableTree) statement;
        if (variable.getInitializer() == null) {
          throw evaluator.error(variable, frame, Message.UNSUPPORTED_STATEMENT.format(
              "a local variable without an initializer"));
        }
        Object value = evaluator.evaluate(variable.getInitializer(), frame);
        JavaType declared = Coercion.declared(variable.getType()).orElse(null);
        boolean constant = declared != null
            && (declared.isPrimitive() || declared.equals(JavaType.STRING))
            && variable.getModifiers().getFlags().contains(Modifier.FINAL)
            && evaluator.types().isConstantExpression(variable.getInitializer(), frame);
        frame.scope().declare(variable.getName().toString(), value, declared, constant);
        return NORMAL;
      }
      case EXPRESSION_STATEMENT -> {
        sideEffect(((ExpressionStatementTree) statement).getExpression(), frame);
        return NORMAL;
      }
      case RETURN -> {
        ExpressionTree expression = ((ReturnTree) statement).getExpression();
        if (expression == null) {
          throw evaluator.error(statement, frame, Message.UNSUPPORTED_STATEMENT.format("return without a value"));
        }
        return evaluator.evaluate(expression, frame);
      }
      case IF -> {
        IfTree branch = (IfTree) statement;
        boolean condition = constantCondition(branch.getCondition(), frame, "the condition of if",
            "choose per position with where(condition, a, b)");
        if (condition) {
          return execute(branch.getThenStatement(), frame);
        }
        return branch.getElseStatement() == null ? NORMAL : execute(branch.getElseStatement(), frame);
      }
      case FOR_LOOP -> {
        return forLoop((ForLoopTree) statement, frame);
      }
      case WHILE_LOOP -> {
        WhileLoopTree loop = (WhileLoopTree) statement;
        while (constantCondition(loop.getCondition(), frame, "a loop condition",
            "loops unroll at compile time, so their bounds must be constants")) {
          countIteration(loop, frame);
          Object result = execute(loop.getStatement(), frame);
          if (result != NORMAL) {
            return result;
          }
        }
        return NORMAL;
      }
      case ENHANCED_FOR_LOOP -> {
        EnhancedForLoopTree loop = (EnhancedForLoopTree) statement;
        Object iterable = evaluator.evaluate(loop.getExpression(), frame);
        if (!(iterable instanceof List<?> items)) {
          throw evaluator.error(loop.getExpression(), frame, Message.NOT_CONSTANT.format(
              "the array of a for-each loop", "loop over a constant array such as {\"()\", \"{}\"}"));
        }
        for (Object item : items) {
          countIteration(loop, frame);
          frame.scope().enter();
          try {
            frame.scope().declare(loop.getVariable().getName().toString(), item,
                Coercion.declared(loop.getVariable().getType()).orElse(null), false);
            Object result = execute(loop.getStatement(), frame);
            if (result != NORMAL) {
              return result;
            }
          } finally {
            frame.scope().exit();
          }
        }
        return NORMAL;
      }
      case EMPTY_STATEMENT -> {
        return NORMAL;
      }
      case THROW -> throw evaluator.error(statement, frame, Message.THROWS.format(thrown(
          ((com.sun.source.tree.ThrowTree) statement).getExpression(), frame)));
      default -> throw evaluator.error(statement, frame, Message.UNSUPPORTED_STATEMENT.format(
          statementName(statement)));
    }
  }

  /** "IllegalArgumentException: message" for {@code throw new X("message")}, as far as known. */
  private String thrown(ExpressionTree exception, Frame frame) {
    if (exception instanceof NewClassTree creation) {
      String type = creation.getIdentifier().toString();
      if (creation.getArguments().size() == 1) {
        Object message = evaluator.evaluate(creation.getArguments().get(0), frame);
        return type + ": " + message;
      }
      return type;
    }
    return exception.toString();
  }

  private Object forLoop(ForLoopTree loop, Frame frame) {
    frame.scope().enter();
    try {
      for (StatementTree init : loop.getInitializer()) {
        execute(init, frame);
      }
      while (loop.getCondition() == null
          ? failNoCondition(loop, frame)
          : constantCondition(loop.getCondition(), frame, "a loop condition",
              "loops unroll at compile time, so their bounds must be constants")) {
        countIteration(loop, frame);
        Object result = execute(loop.getStatement(), frame);
        if (result != NORMAL) {
          return result;
        }
        for (ExpressionStatementTree update : loop.getUpdate()) {
          sideEffect(update.getExpression(), frame);
        }
      }
      return NORMAL;
    } finally {
      frame.scope().exit();
    }
  }

  private boolean failNoCondition(ForLoopTree loop, Frame frame) {
    throw evaluator.error(loop, frame, Message.UNSUPPORTED_STATEMENT.format("a for loop without a condition"));
  }

  private void countIteration(Tree loop, Frame frame) {
    if (++iterations > MAX_ITERATIONS) {
      throw evaluator.error(loop, frame, Message.TOO_DEEP.format(
          "loops run more than " + MAX_ITERATIONS + " iterations at compile time"));
    }
  }

  private static String statementName(StatementTree statement) {
    return switch (statement.getKind()) {
      case TRY -> "try";
      case THROW -> "throw";
      case SWITCH -> "switch";
      case DO_WHILE_LOOP -> "do-while";
      case BREAK -> "break";
      case CONTINUE -> "continue";
      case SYNCHRONIZED -> "synchronized";
      case CLASS -> "a local class";
      case LABELED_STATEMENT -> "a labelled statement";
      default -> statement.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** Assignments, compound assignments, ++ and --, and calls for their value's sake. */
  private void sideEffect(ExpressionTree expression, Frame frame) {
    switch (expression.getKind()) {
      case ASSIGNMENT -> {
        AssignmentTree assignment = (AssignmentTree) expression;
        assign(assignment.getVariable(), evaluator.evaluate(assignment.getExpression(), frame), frame);
      }
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT, LEFT_SHIFT_ASSIGNMENT, RIGHT_SHIFT_ASSIGNMENT,
          UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, AND_ASSIGNMENT, OR_ASSIGNMENT, XOR_ASSIGNMENT -> {
        // x op= y is x = (T) (x op y) (JLS 15.26.2): the local's declared type narrows the result.
        CompoundAssignmentTree compound = (CompoundAssignmentTree) expression;
        Object current = evaluator.evaluate(compound.getVariable(), frame);
        Object operand = evaluator.evaluate(compound.getExpression(), frame);
        Tree.Kind operator = switch (expression.getKind()) {
          case PLUS_ASSIGNMENT -> Tree.Kind.PLUS;
          case MINUS_ASSIGNMENT -> Tree.Kind.MINUS;
          case MULTIPLY_ASSIGNMENT -> Tree.Kind.MULTIPLY;
          case DIVIDE_ASSIGNMENT -> Tree.Kind.DIVIDE;
          case LEFT_SHIFT_ASSIGNMENT -> Tree.Kind.LEFT_SHIFT;
          case RIGHT_SHIFT_ASSIGNMENT -> Tree.Kind.RIGHT_SHIFT;
          case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT -> Tree.Kind.UNSIGNED_RIGHT_SHIFT;
          case AND_ASSIGNMENT -> Tree.Kind.AND;
          case OR_ASSIGNMENT -> Tree.Kind.OR;
          case XOR_ASSIGNMENT -> Tree.Kind.XOR;
          default -> Tree.Kind.REMAINDER;
        };
        Object result = evaluator.fold(expression, operator, current, operand, frame);
        assign(compound.getVariable(), sameKind(result, current), frame);
      }
      case POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT -> {
        UnaryTree unary = (UnaryTree) expression;
        Object current = evaluator.evaluate(unary.getExpression(), frame);
        boolean up = expression.getKind() == Tree.Kind.POSTFIX_INCREMENT
            || expression.getKind() == Tree.Kind.PREFIX_INCREMENT;
        Object result = evaluator.fold(expression, up ? Tree.Kind.PLUS : Tree.Kind.MINUS, current, 1, frame);
        assign(unary.getExpression(), sameKind(result, current), frame);
      }
      case METHOD_INVOCATION -> evaluator.evaluate(expression, frame);
      default -> throw evaluator.error(expression, frame, Message.UNSUPPORTED_STATEMENT.format(
          "this expression statement"));
    }
  }

  private static Object sameKind(Object result, Object current) {
    if (current instanceof Character && result instanceof Integer i) {
      return (char) (int) i; // c += 1 keeps a char a char
    }
    return result;
  }

  private void assign(ExpressionTree target, Object value, Frame frame) {
    if (target instanceof IdentifierTree identifier
        && frame.scope().assign(identifier.getName().toString(), value)) {
      return;
    }
    throw evaluator.error(target, frame, Message.UNSUPPORTED_EXPRESSION.format(
        "assigning to " + target, "assign only local variables"));
  }

  boolean constantCondition(ExpressionTree condition, Frame frame, String what, String hint) {
    Object value = evaluator.evaluate(condition, frame);
    if (value instanceof Boolean b) {
      return b;
    }
    throw evaluator.error(condition, frame, Message.NOT_CONSTANT.format(what, hint));
  }
}
