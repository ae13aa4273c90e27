package org.rasp4j.processor.frontend;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.rasp4j.Rasp;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ValueType;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.Count;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.javarules.Conditionals;
import org.rasp4j.processor.javarules.Conversions;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Values;
import org.rasp4j.processor.scalar.ConstantFolder;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Translates the functions given to {@code map}, {@code zip} and {@code select} into the
 * processor's scalar expression language, inferring each sub-expression's type from the operand
 * sequences' element types (no javac attribution), and builds their IR nodes.
 */
final class LambdaTranslator {
  private final PartialEvaluator evaluator;
  private final StaticCalls staticCalls;

  LambdaTranslator(PartialEvaluator evaluator, Names names, Elements elements, Types types) {
    this.evaluator = evaluator;
    this.staticCalls = new StaticCalls(evaluator, names, elements, types);
  }

  /** A DSL call with a function argument: {@code map}, {@code zip} or {@code select}. */
  Object functionCall(
      MethodInvocationTree invocation,
      String name,
      Object receiver,
      List<Callee> callees,
      List<? extends ExpressionTree> argTrees,
      Frame frame) {
    boolean dsl = callees.stream().allMatch(c -> c instanceof Callee.Reflective r
        && (r.owner() == Rasp.class || r.owner() == Sop.class));
    ExpressionTree function = argTrees.get(argTrees.size() - 1);
    if (!dsl || argTrees.subList(0, argTrees.size() - 1).stream()
        .anyMatch(a -> a instanceof LambdaExpressionTree || a instanceof MemberReferenceTree)) {
      throw evaluator.error(function, frame, Message.LAMBDA.format("functions are supported only as the last argument of map, zip and select"));
    }
    List<Object> args = new ArrayList<>();
    for (ExpressionTree argTree : argTrees.subList(0, argTrees.size() - 1)) {
      args.add(evaluator.evaluate(argTree, frame));
    }
    if (receiver instanceof Sop<?> sop && name.equals("map") && args.size() == 1
        && args.get(0) instanceof ValueType<?> type) {
      ScalarFunction fn = translate(function, List.of(sop.node().type()), "map", frame);
      requireType(fn, type.element(), function, frame);
      return Sop.wrap(new Elementwise(type.element(), fn, List.of(sop.node())));
    }
    if (receiver == null && name.equals("zip") && (args.size() == 3 || args.size() == 4)
        && args.get(0) instanceof ValueType<?> type
        && args.subList(1, args.size()).stream().allMatch(a -> a instanceof Sop<?>)) {
      List<SopNode> operands = new ArrayList<>();
      args.subList(1, args.size()).forEach(a -> operands.add(((Sop<?>) a).node()));
      ScalarFunction fn =
          translate(function, operands.stream().map(SopNode::type).toList(), "zip", frame);
      requireType(fn, type.element(), function, frame);
      return Sop.wrap(new Elementwise(type.element(), fn, operands));
    }
    if (receiver == null && name.equals("select") && args.size() == 2
        && args.get(0) instanceof Sop<?> keys && args.get(1) instanceof Sop<?> queries) {
      ScalarFunction fn = translate(
          function, List.of(keys.node().type(), queries.node().type()), "select", frame);
      requireType(fn, ElementType.BOOL, function, frame);
      return Selector.wrap(new Select(keys.node(), queries.node(), fn));
    }
    throw evaluator.error(invocation, frame, Message.LAMBDA.format("functions are supported only in map(type, f), zip(type, a, b[, c], f) and"
        + " select(keys, queries, f)"));
  }

  /**
   * The function's result must convert to what the functional interface returns, as javac checks
   * a lambda body: the element's box for map and zip ({@code Integer}), {@code boolean} for select.
   */
  private void requireType(ScalarFunction fn, ElementType expected, Tree tree, Frame frame) {
    JavaType target = expected == ElementType.BOOL && fn.symbol().equals("select")
        ? JavaType.Primitive.BOOLEAN : Scalar.boxed(expected);
    JavaType actual = fn.body().type();
    if (!Conversions.assignable(actual, target, ConstantFolder.value(fn.body()))) {
      throw evaluator.error(tree, frame, Message.TYPE_ERROR.format("this function returns " + actual
          + " where " + target + " is declared; cast or change the result type"));
    }
  }

  private ScalarFunction translate(
      ExpressionTree function, List<ElementType> parameterTypes, String symbol, Frame frame) {
    if (function instanceof MemberReferenceTree reference) {
      return methodReference(reference, parameterTypes, symbol, frame);
    }
    LambdaExpressionTree lambda = (LambdaExpressionTree) function;
    if (lambda.getParameters().size() != parameterTypes.size()) {
      throw evaluator.error(lambda, frame, Message.LAMBDA.format("this function takes "
          + Count.of(lambda.getParameters().size(), "parameter") + "; it needs "
          + parameterTypes.size()));
    }
    Map<String, Scalar.Param> parameters = new HashMap<>();
    List<Scalar.Param> ordered = new ArrayList<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      VariableTree variable = lambda.getParameters().get(i);
      Scalar.Param param =
          new Scalar.Param(i, variable.getName().toString(), parameterTypes.get(i));
      parameters.put(param.name(), param);
      ordered.add(param);
    }
    Tree body = lambda.getBody();
    if (body instanceof BlockTree block) {
      if (block.getStatements().size() != 1
          || !(block.getStatements().get(0) instanceof ReturnTree ret)
          || ret.getExpression() == null) {
        Tree culprit = block.getStatements().isEmpty() ? block : block.getStatements().get(0);
        throw evaluator.error(culprit, frame, Message.LAMBDA.format("a function body must be one expression; write x -> expression, using ?: for"
            + " choices"));
      }
      body = ret.getExpression();
    }
    Scalar scalar = expression((ExpressionTree) body, parameters, frame);
    return new ScalarFunction(ordered, scalar, symbol, evaluator.origin(lambda, frame));
  }

  private ScalarFunction methodReference(
      MemberReferenceTree reference, List<ElementType> parameterTypes, String symbol, Frame frame) {
    List<Scalar.Param> params = new ArrayList<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      params.add(new Scalar.Param(i, "p" + i, parameterTypes.get(i)));
    }
    Scalar call = staticCalls.methodReference(reference, new ArrayList<>(params), frame);
    return new ScalarFunction(params, call, symbol, new FunctionOrigin.MethodReference());
  }

  // ---------------------------------------------------------------- expressions

  private Scalar expression(ExpressionTree tree, Map<String, Scalar.Param> params, Frame frame) {
    switch (tree.getKind()) {
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, CHAR_LITERAL, BOOLEAN_LITERAL,
          STRING_LITERAL -> {
        Object value = ((LiteralTree) tree).getValue();
        return new Scalar.Literal(JavaType.ofValue(value), value, true);
      }
      case PARENTHESIZED -> {
        return expression(((ParenthesizedTree) tree).getExpression(), params, frame);
      }
      case IDENTIFIER -> {
        String name = ((IdentifierTree) tree).getName().toString();
        Scalar.Param param = params.get(name);
        return param != null ? param : captured(tree, frame);
      }
      case MEMBER_SELECT -> {
        return captured(tree, frame);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        Scalar condition = expression(conditional.getCondition(), params, frame);
        requireBool(condition, conditional.getCondition(), frame);
        Scalar then = expression(conditional.getTrueExpression(), params, frame);
        Scalar otherwise = expression(conditional.getFalseExpression(), params, frame);
        JavaType type = Conditionals.type(then.type(), ConstantFolder.value(then),
            otherwise.type(), ConstantFolder.value(otherwise));
        return new Scalar.Conditional(condition, then, otherwise, type);
      }
      case TYPE_CAST -> {
        TypeCastTree cast = (TypeCastTree) tree;
        Scalar operand = expression(cast.getExpression(), params, frame);
        if (!(cast.getType() instanceof PrimitiveTypeTree primitive)) {
          throw unsupported(tree, frame, Constructs.inFunction("a cast to a reference type", tree),
              "cast to a primitive type such as int, char or double");
        }
        JavaType target = primitive(primitive.getPrimitiveTypeKind());
        if (!Conversions.castable(operand.type(), target)) {
          throw typeError(tree, frame, "cannot cast " + operand.type() + " to " + target);
        }
        return new Scalar.Cast(target, operand);
      }
      case METHOD_INVOCATION -> {
        MethodInvocationTree invocation = (MethodInvocationTree) tree;
        List<Scalar> args = new ArrayList<>();
        for (ExpressionTree arg : invocation.getArguments()) {
          args.add(expression(arg, params, frame));
        }
        ExpressionTree select = invocation.getMethodSelect();
        if (select instanceof MemberSelectTree member
            && member.getExpression() instanceof NewClassTree) {
          // new Programs().twice(x): an instance helper, whose fix is to make it static
          staticCalls.rejectInstanceHelper(
              tree, member.getExpression(), member.getIdentifier().toString(), frame);
        }
        if (select instanceof MemberSelectTree member
            && isValue(member.getExpression(), params, frame)) {
          return staticCalls.instanceCall(tree, expression(member.getExpression(), params, frame),
              member.getIdentifier().toString(), args, frame);
        }
        if (select instanceof MemberSelectTree member) {
          return staticCalls.translate(tree, member.getExpression(), member.getIdentifier().toString(), args, frame);
        }
        return staticCalls.translate(tree, null, ((IdentifierTree) select).getName().toString(), args, frame);
      }
      case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT -> {
        Scalar operand = expression(((UnaryTree) tree).getExpression(), params, frame);
        Optional<JavaType.Primitive> type = Conversions.unaryPromotion(operand.type());
        if (type.isEmpty() || (tree.getKind() == Tree.Kind.BITWISE_COMPLEMENT
            && !type.get().isIntegral())) {
          throw typeError(tree, frame, "this operator needs a number, not " + operand.type());
        }
        String operator = switch (tree.getKind()) {
          case UNARY_MINUS -> "-";
          case UNARY_PLUS -> "+";
          default -> "~";
        };
        return new Scalar.Unary(operator, operand, type.get());
      }
      case LOGICAL_COMPLEMENT -> {
        Scalar operand = expression(((UnaryTree) tree).getExpression(), params, frame);
        requireBool(operand, tree, frame);
        return new Scalar.Unary("!", operand, JavaType.Primitive.BOOLEAN);
      }
      default -> {
        if (tree instanceof BinaryTree binary) {
          return binary(binary, params, frame);
        }
        throw unsupported(tree, frame, Constructs.inFunction(tree),
            Constructs.insteadInFunction(tree));
      }
    }
  }

  private JavaType primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> JavaType.Primitive.BOOLEAN;
      case BYTE -> JavaType.Primitive.BYTE;
      case SHORT -> JavaType.Primitive.SHORT;
      case CHAR -> JavaType.Primitive.CHAR;
      case INT -> JavaType.Primitive.INT;
      case LONG -> JavaType.Primitive.LONG;
      case FLOAT -> JavaType.Primitive.FLOAT;
      default -> JavaType.Primitive.DOUBLE;
    };
  }

  /** Whether a qualifier is a value (a parameter or a captured local), not a class name. */
  private static boolean isValue(ExpressionTree qualifier, Map<String, Scalar.Param> params, Frame frame) {
    if (qualifier instanceof IdentifierTree identifier) {
      String name = identifier.getName().toString();
      return params.containsKey(name) || frame.scope().lookup(name).isPresent();
    }
    return !(qualifier instanceof MemberSelectTree);
  }

  private Scalar binary(BinaryTree tree, Map<String, Scalar.Param> params, Frame frame) {
    Scalar left = expression(tree.getLeftOperand(), params, frame);
    Scalar right = expression(tree.getRightOperand(), params, frame);
    String operator = operator(tree.getKind());
    if (operator == null) {
      throw unsupported(tree, frame, Constructs.inFunction("the operator " + tree.getKind(), tree),
          "use + - * / % << >> >>> comparisons && || & | ^");
    }
    JavaType l = left.type();
    JavaType r = right.type();
    JavaType type;
    switch (tree.getKind()) {
      case PLUS -> type = l.equals(JavaType.STRING) || r.equals(JavaType.STRING)
          ? JavaType.STRING
          : numericPromotion(l, r, tree, frame);
      case MINUS, MULTIPLY, DIVIDE, REMAINDER -> type = numericPromotion(l, r, tree, frame);
      case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> {
        Optional<JavaType.Primitive> shifted = Conversions.unaryPromotion(l);
        if (shifted.isEmpty() || !shifted.get().isIntegral() || !Conversions.isIntegral(r)) {
          throw typeError(tree, frame, operator + " needs integral operands, not " + l + " and " + r);
        }
        type = shifted.get();
      }
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL -> {
        numericPromotion(l, r, tree, frame);
        type = JavaType.Primitive.BOOLEAN;
      }
      case EQUAL_TO, NOT_EQUAL_TO -> {
        if (!l.isPrimitive() && !r.isPrimitive()) {
          throw evaluator.error(tree, frame, Message.REFERENCE_EQUALITY.format(
              tree.getLeftOperand(), operator, tree.getRightOperand(),
              l.equals(r) ? l.toString() : l + " and " + r));
        }
        if (!(Conversions.isBoolean(l) && Conversions.isBoolean(r))) {
          numericPromotion(l, r, tree, frame);
        }
        type = JavaType.Primitive.BOOLEAN;
      }
      case CONDITIONAL_AND, CONDITIONAL_OR -> {
        requireBool(left, tree.getLeftOperand(), frame);
        requireBool(right, tree.getRightOperand(), frame);
        type = JavaType.Primitive.BOOLEAN;
      }
      default -> { // & | ^
        if (Conversions.isBoolean(l) && Conversions.isBoolean(r)) {
          type = JavaType.Primitive.BOOLEAN;
        } else if (Conversions.isIntegral(l) && Conversions.isIntegral(r)) {
          type = numericPromotion(l, r, tree, frame);
        } else {
          throw typeError(tree, frame, operator + " needs booleans or integral numbers, not " + l
              + " and " + r);
        }
      }
    }
    return new Scalar.Binary(operator, left, right, type);
  }

  private static String operator(Tree.Kind kind) {
    return switch (kind) {
      case PLUS -> "+";
      case MINUS -> "-";
      case MULTIPLY -> "*";
      case DIVIDE -> "/";
      case REMAINDER -> "%";
      case LEFT_SHIFT -> "<<";
      case RIGHT_SHIFT -> ">>";
      case UNSIGNED_RIGHT_SHIFT -> ">>>";
      case LESS_THAN -> "<";
      case LESS_THAN_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_EQUAL -> ">=";
      case EQUAL_TO -> "==";
      case NOT_EQUAL_TO -> "!=";
      case CONDITIONAL_AND -> "&&";
      case CONDITIONAL_OR -> "||";
      case AND -> "&";
      case OR -> "|";
      case XOR -> "^";
      default -> null;
    };
  }

  /** Java's binary numeric promotion (JLS 5.6), or a type error naming the operands. */
  private JavaType numericPromotion(JavaType a, JavaType b, Tree tree, Frame frame) {
    return Conversions.binaryPromotion(a, b).orElseThrow(() -> typeError(tree, frame,
        "this operator needs numbers, not " + a + " and " + b));
  }

  private void requireBool(Scalar scalar, Tree tree, Frame frame) {
    if (!Conversions.isBoolean(scalar.type())) {
      throw typeError(tree, frame, "a condition must be boolean, not " + scalar.type());
    }
  }

  /**
   * A name the function captures from the program: it must be a compile-time value. It is a
   * constant expression only if Java says so (a constant field, or a final local with a constant
   * initializer); an effectively final local is not, which matters to {@code ?:}'s type.
   */
  private Scalar captured(ExpressionTree tree, Frame frame) {
    Object value = evaluator.evaluate(tree, frame);
    if (!Constants.isConstant(value)) {
      throw evaluator.error(tree, frame, Message.NOT_CONSTANT.format(
          "a value a function captures (" + tree + ")",
          "functions run per position, so they may capture only int, char, boolean, double or"
              + " String constants"));
    }
    Optional<JavaType> declared = evaluator.declaredType(tree, frame);
    JavaType type = declared.orElse(JavaType.ofValue(value));
    return new Scalar.Literal(type, Values.convert(value, type), evaluator.isConstantVariable(tree, frame));
  }

  private RuntimeException unsupported(Tree tree, Frame frame, String what, String instead) {
    return evaluator.error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(what, instead));
  }

  private RuntimeException typeError(Tree tree, Frame frame, String message) {
    return evaluator.error(tree, frame, Message.TYPE_ERROR.format("" + message));
  }
}
