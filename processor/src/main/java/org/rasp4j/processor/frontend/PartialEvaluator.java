package org.rasp4j.processor.frontend;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;

/**
 * Runs a program's source at compile time on symbolic values, producing its RASP graph: constants
 * are bound, helpers inlined, {@code if} and {@code ?:} on constants pick a branch, loops with
 * constant bounds unroll, and calls into rasp4j's DSL run for real (they only build IR). What the
 * processor cannot evaluate is a {@link CompileError} at the exact tree.
 */
public final class PartialEvaluator {
  static final int MAX_DEPTH = 64;
  static final int MAX_ITERATIONS = 100_000;
  private static final Object NORMAL = new Object();

  private final Trees trees;
  private final Types types;
  private final Names names;
  private final LambdaTranslator lambdas;
  private final Set<TypeElement> inlined = new LinkedHashSet<>();
  private int iterations;

  public PartialEvaluator(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.types = types;
    this.names = new Names(elements);
    this.lambdas = new LambdaTranslator(this, names);
  }

  /** The classes whose source was read (for originating elements). */
  public Set<TypeElement> inlinedClasses() {
    return inlined;
  }

  /** Evaluates the program {@code method} with {@code tokens} as its parameter. */
  public Sop<?> evaluateProgram(ExecutableElement method, Sop<?> tokens) {
    Object result = call(method, List.of(tokens), null, null, 0);
    if (!(result instanceof Sop<?> sop)) {
      throw new CompileError(null, null, Message.BAD_SIGNATURE.format(method.getSimpleName()));
    }
    return sop;
  }

  // ---------------------------------------------------------------- methods

  private Object call(
      ExecutableElement method, List<Object> args, Tree site, CompilationUnitTree siteUnit, int depth) {
    if (depth > MAX_DEPTH) {
      throw new CompileError(site, siteUnit, Message.TOO_DEEP.format(
          "helpers nest more than " + MAX_DEPTH + " calls deep at " + method.getSimpleName()
              + "; is the recursion bounded by a compile-time constant?"));
    }
    MethodTree tree = trees.getTree(method);
    TreePath path = trees.getPath(method);
    if (tree == null || path == null || tree.getBody() == null) {
      throw new CompileError(site, siteUnit, Message.HELPER_NOT_VISIBLE.format(describe(method)));
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    inlined.add(owner);
    Frame frame = new Frame(method, owner, path.getCompilationUnit(), new Scope(), depth);
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      frame.scope().declare(
          parameters.get(i).getSimpleName().toString(), coerce(args.get(i), parameters.get(i).asType()));
    }
    Object result = execute(tree.getBody(), frame);
    if (result == NORMAL) {
      throw new CompileError(tree, frame.unit(), Message.UNSUPPORTED_STATEMENT.format(
          "a method that can end without return"));
    }
    return result;
  }

  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  // ---------------------------------------------------------------- statements

  private Object execute(StatementTree statement, Frame frame) {
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
          throw error(variable, frame, Message.UNSUPPORTED_STATEMENT.format(
              "a local variable without an initializer"));
        }
        Object value = evaluate(variable.getInitializer(), frame);
        frame.scope().declare(variable.getName().toString(), coerce(value, variable.getType()));
        return NORMAL;
      }
      case EXPRESSION_STATEMENT -> {
        sideEffect(((ExpressionStatementTree) statement).getExpression(), frame);
        return NORMAL;
      }
      case RETURN -> {
        ExpressionTree expression = ((ReturnTree) statement).getExpression();
        if (expression == null) {
          throw error(statement, frame, Message.UNSUPPORTED_STATEMENT.format("return without a value"));
        }
        return evaluate(expression, frame);
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
        Object iterable = evaluate(loop.getExpression(), frame);
        if (!(iterable instanceof List<?> items)) {
          throw error(loop.getExpression(), frame, Message.NOT_CONSTANT.format(
              "the array of a for-each loop", "loop over a constant array such as {\"()\", \"{}\"}"));
        }
        for (Object item : items) {
          countIteration(loop, frame);
          frame.scope().enter();
          try {
            frame.scope().declare(loop.getVariable().getName().toString(),
                coerce(item, loop.getVariable().getType()));
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
      case THROW -> throw error(statement, frame, Message.THROWS.format(thrown(
          ((com.sun.source.tree.ThrowTree) statement).getExpression(), frame)));
      default -> throw error(statement, frame, Message.UNSUPPORTED_STATEMENT.format(
          statementName(statement)));
    }
  }

  /** "IllegalArgumentException: message" for {@code throw new X("message")}, as far as known. */
  private String thrown(ExpressionTree exception, Frame frame) {
    if (exception instanceof NewClassTree creation) {
      String type = creation.getIdentifier().toString();
      if (creation.getArguments().size() == 1) {
        Object message = evaluate(creation.getArguments().get(0), frame);
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
    throw error(loop, frame, Message.UNSUPPORTED_STATEMENT.format("a for loop without a condition"));
  }

  private void countIteration(Tree loop, Frame frame) {
    if (++iterations > MAX_ITERATIONS) {
      throw error(loop, frame, Message.TOO_DEEP.format(
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
        assign(assignment.getVariable(), evaluate(assignment.getExpression(), frame), frame);
      }
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT -> {
        CompoundAssignmentTree compound = (CompoundAssignmentTree) expression;
        Object current = evaluate(compound.getVariable(), frame);
        Object operand = evaluate(compound.getExpression(), frame);
        Tree.Kind operator = switch (expression.getKind()) {
          case PLUS_ASSIGNMENT -> Tree.Kind.PLUS;
          case MINUS_ASSIGNMENT -> Tree.Kind.MINUS;
          case MULTIPLY_ASSIGNMENT -> Tree.Kind.MULTIPLY;
          case DIVIDE_ASSIGNMENT -> Tree.Kind.DIVIDE;
          default -> Tree.Kind.REMAINDER;
        };
        Object result = fold(expression, operator, current, operand, frame);
        assign(compound.getVariable(), sameKind(result, current), frame);
      }
      case POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT -> {
        UnaryTree unary = (UnaryTree) expression;
        Object current = evaluate(unary.getExpression(), frame);
        boolean up = expression.getKind() == Tree.Kind.POSTFIX_INCREMENT
            || expression.getKind() == Tree.Kind.PREFIX_INCREMENT;
        Object result = fold(expression, up ? Tree.Kind.PLUS : Tree.Kind.MINUS, current, 1, frame);
        assign(unary.getExpression(), sameKind(result, current), frame);
      }
      case METHOD_INVOCATION -> evaluate(expression, frame);
      default -> throw error(expression, frame, Message.UNSUPPORTED_STATEMENT.format(
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
    throw error(target, frame, Message.UNSUPPORTED_EXPRESSION.format(
        "assigning to " + target, "assign only local variables"));
  }

  private boolean constantCondition(ExpressionTree condition, Frame frame, String what, String hint) {
    Object value = evaluate(condition, frame);
    if (value instanceof Boolean b) {
      return b;
    }
    throw error(condition, frame, Message.NOT_CONSTANT.format(what, hint));
  }

  // ---------------------------------------------------------------- expressions

  /** The value of an expression: a constant, a Sop, a Selector, a Key, a Query, a ValueType... */
  Object evaluate(ExpressionTree expression, Frame frame) {
    switch (expression.getKind()) {
      case INT_LITERAL, CHAR_LITERAL, BOOLEAN_LITERAL, DOUBLE_LITERAL, STRING_LITERAL -> {
        return ((LiteralTree) expression).getValue();
      }
      case LONG_LITERAL, FLOAT_LITERAL -> throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
          "a " + (expression.getKind() == Tree.Kind.LONG_LITERAL ? "long" : "float") + " literal",
          "RASP values are int, boolean, char, double or String"));
      case NULL_LITERAL -> throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
          "null", "RASP values are never null"));
      case PARENTHESIZED -> {
        return evaluate(((ParenthesizedTree) expression).getExpression(), frame);
      }
      case IDENTIFIER -> {
        return identifier((IdentifierTree) expression, frame);
      }
      case MEMBER_SELECT -> {
        return memberSelect((MemberSelectTree) expression, frame);
      }
      case METHOD_INVOCATION -> {
        return withLine(invocation((MethodInvocationTree) expression, frame), expression, frame);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) expression;
        return constantCondition(conditional.getCondition(), frame, "the condition of ?:",
            "choose per position with where(condition, a, b)")
            ? evaluate(conditional.getTrueExpression(), frame)
            : evaluate(conditional.getFalseExpression(), frame);
      }
      case TYPE_CAST -> {
        TypeCastTree cast = (TypeCastTree) expression;
        Object value = evaluate(cast.getExpression(), frame);
        return cast.getType() instanceof PrimitiveTypeTree primitive
            ? Constants.convert(value, elementType(primitive.getPrimitiveTypeKind(), cast, frame))
            : value;
      }
      case NEW_ARRAY -> {
        NewArrayTree array = (NewArrayTree) expression;
        if (array.getInitializers() == null) {
          throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
              "an array without initializer", "write its elements: {\"()\", \"{}\"}"));
        }
        List<Object> items = new ArrayList<>();
        for (ExpressionTree item : array.getInitializers()) {
          items.add(evaluate(item, frame));
        }
        return List.copyOf(items);
      }
      case ARRAY_ACCESS -> {
        ArrayAccessTree access = (ArrayAccessTree) expression;
        Object array = evaluate(access.getExpression(), frame);
        Object index = evaluate(access.getIndex(), frame);
        if (array instanceof List<?> items && index instanceof Integer i && i >= 0 && i < items.size()) {
          return items.get(i);
        }
        throw error(expression, frame, Message.NOT_CONSTANT.format(
            "an array index", "index constant arrays with constants in range"));
      }
      case NEW_CLASS -> {
        NewClassTree creation = (NewClassTree) expression;
        List<Object> args = new ArrayList<>();
        for (ExpressionTree arg : creation.getArguments()) {
          args.add(evaluate(arg, frame));
        }
        Optional<Object> type = creation.getClassBody() == null
            ? names.type(frame, rawType(creation.getIdentifier()))
            : Optional.empty();
        Object created = type.isPresent() && type.get() instanceof TypeElement element
            ? DslInvoker.construct(element.getQualifiedName().toString(), args)
            : null;
        if (created == null) {
          throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
              "creating " + creation.getIdentifier(),
              "at compile time a program may create only ArrayLists and StringBuilders"));
        }
        return created;
      }
      case LAMBDA_EXPRESSION, MEMBER_REFERENCE -> throw error(expression, frame,
          Message.LAMBDA.format("a function here is not supported;"
              + " pass the lambda directly to map, zip or select"));
      default -> {
        if (expression instanceof BinaryTree binary) {
          Object left = evaluate(binary.getLeftOperand(), frame);
          Object right = evaluate(binary.getRightOperand(), frame);
          return fold(expression, expression.getKind(), left, right, frame);
        }
        if (expression instanceof UnaryTree unary
            && (expression.getKind() == Tree.Kind.UNARY_MINUS
                || expression.getKind() == Tree.Kind.UNARY_PLUS
                || expression.getKind() == Tree.Kind.LOGICAL_COMPLEMENT
                || expression.getKind() == Tree.Kind.BITWISE_COMPLEMENT)) {
          Object operand = evaluate(unary.getExpression(), frame);
          Object result = Constants.unary(expression.getKind(), operand);
          if (result == null) {
            throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
                "this operator on " + kindOf(operand), sequenceHint(operand)));
          }
          return result;
        }
        throw error(expression, frame, Message.UNSUPPORTED_EXPRESSION.format(
            expressionName(expression), "write RASP with the DSL's calls on constants and Sops"));
      }
    }
  }

  /** {@code ArrayList} for {@code ArrayList<>} or {@code ArrayList<String>}. */
  private static Tree rawType(ExpressionTree type) {
    return type instanceof com.sun.source.tree.ParameterizedTypeTree parameterized
        ? parameterized.getType()
        : type;
  }

  private Object fold(Tree tree, Tree.Kind operator, Object left, Object right, Frame frame) {
    Object result;
    try {
      result = Constants.binary(operator, left, right);
    } catch (ArithmeticException e) {
      throw error(tree, frame, Message.TYPE_ERROR.format(
          "this constant expression divides by zero"));
    }
    if (result == null) {
      Object culprit = Constants.isConstant(left) ? right : left;
      throw error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(
          "this operator on " + kindOf(culprit), sequenceHint(culprit)));
    }
    return result;
  }

  private static String sequenceHint(Object operand) {
    if (operand instanceof Sop<?>) {
      return "operators work on constants only; for sequences call the DSL: plus, minus, eq, and, not, ...";
    }
    if (operand instanceof Selector) {
      return "combine selectors with and, or, not";
    }
    if (operand instanceof String) {
      return "compare strings with equals";
    }
    return "use int, char, boolean, double or String constants";
  }

  private static String kindOf(Object value) {
    if (value instanceof Sop<?>) {
      return "a Sop";
    }
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  private static String expressionName(ExpressionTree expression) {
    return switch (expression.getKind()) {
      case NEW_CLASS -> "object creation (new)";
      case INSTANCE_OF -> "instanceof";
      case SWITCH_EXPRESSION -> "a switch expression";
      case ASSIGNMENT -> "an assignment inside an expression";
      case POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT ->
          "++ or -- inside an expression";
      default -> expression.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private Object identifier(IdentifierTree identifier, Frame frame) {
    String name = identifier.getName().toString();
    Optional<Object> local = frame.scope().lookup(name);
    if (local.isPresent()) {
      return local.get();
    }
    return names.unqualifiedField(frame, name)
        .orElseThrow(() -> error(identifier, frame, Message.UNKNOWN_NAME.format(name)));
  }

  private Object memberSelect(MemberSelectTree select, Frame frame) {
    String member = select.getIdentifier().toString();
    Optional<Object> type = qualifierType(select.getExpression(), frame);
    if (type.isPresent()) {
      Object owner = type.get();
      if (owner instanceof Class<?> reflective) {
        Object value = DslInvoker.staticField(reflective, member);
        if (value != null) {
          return value;
        }
      } else if (owner instanceof TypeElement element) {
        Optional<Object> constant = names.constantField(element, member);
        if (constant.isPresent()) {
          return constant.get();
        }
      }
      throw error(select, frame, Message.UNKNOWN_NAME.format(select.toString()));
    }
    Object target = evaluate(select.getExpression(), frame);
    if (member.equals("length") && target instanceof List<?> items) {
      return items.size();
    }
    throw error(select, frame, Message.UNKNOWN_NAME.format(select.toString()));
  }

  /** The class a qualifier names, unless a local of that name shadows it. */
  private Optional<Object> qualifierType(ExpressionTree qualifier, Frame frame) {
    if (qualifier instanceof IdentifierTree identifier
        && frame.scope().lookup(identifier.getName().toString()).isPresent()) {
      return Optional.empty();
    }
    if (qualifier instanceof IdentifierTree || qualifier instanceof MemberSelectTree) {
      if (qualifier instanceof MemberSelectTree inner && !looksQualified(inner)) {
        return Optional.empty();
      }
      return names.type(frame, qualifier);
    }
    return Optional.empty();
  }

  private static boolean looksQualified(MemberSelectTree select) {
    ExpressionTree tree = select;
    while (tree instanceof MemberSelectTree inner) {
      tree = inner.getExpression();
    }
    return tree instanceof IdentifierTree;
  }

  private Object invocation(MethodInvocationTree invocation, Frame frame) {
    ExpressionTree select = invocation.getMethodSelect();
    List<? extends ExpressionTree> argTrees = invocation.getArguments();
    if (select instanceof IdentifierTree identifier) {
      String name = identifier.getName().toString();
      List<Callee> callees = names.unqualifiedMethods(frame, name);
      if (callees.isEmpty()) {
        throw error(invocation, frame, Message.UNKNOWN_METHOD.format(name,
            "call helpers of this class, static imports of org.rasp4j.Rasp and org.rasp4j.Library,"
                + " or qualify the class"));
      }
      return callResolved(invocation, name, null, callees, argTrees, frame);
    }
    MemberSelectTree member = (MemberSelectTree) select;
    String name = member.getIdentifier().toString();
    Optional<Object> type = qualifierType(member.getExpression(), frame);
    if (type.isPresent()) {
      Object owner = type.get();
      List<Callee> callees = new ArrayList<>();
      if (owner instanceof Class<?> reflective) {
        callees.add(new Callee.Reflective(reflective));
      } else {
        names.staticMethods((TypeElement) owner, name).forEach(m -> callees.add(new Callee.Source(m)));
      }
      if (callees.isEmpty()) {
        throw error(invocation, frame, Message.UNKNOWN_METHOD.format(
            member.toString(), "call a static method of a class in this compilation"));
      }
      return callResolved(invocation, name, null, callees, argTrees, frame);
    }
    Object receiver = evaluate(member.getExpression(), frame);
    Class<?> receiverType = DslInvoker.receiverType(receiver);
    if (receiverType == null) {
      throw error(invocation, frame, Message.UNKNOWN_METHOD.format(member.toString(),
          "methods run at compile time only on Sop, Selector, key(...), query(...), and on"
              + " constant Strings, StringBuilders and Lists"));
    }
    return callResolved(invocation, name, receiver,
        List.of(new Callee.Reflective(receiverType)), argTrees, frame);
  }

  private Object callResolved(
      MethodInvocationTree invocation,
      String name,
      Object receiver,
      List<Callee> callees,
      List<? extends ExpressionTree> argTrees,
      Frame frame) {
    boolean functional = argTrees.stream()
        .anyMatch(a -> a instanceof LambdaExpressionTree || a instanceof MemberReferenceTree);
    if (functional) {
      return lambdas.functionCall(invocation, name, receiver, callees, argTrees, frame);
    }
    List<Object> args = new ArrayList<>();
    for (ExpressionTree argTree : argTrees) {
      args.add(evaluate(argTree, frame));
    }
    for (Callee callee : callees) {
      if (callee instanceof Callee.Source source) {
        if (applicable(source.method(), args)) {
          return call(source.method(), args, invocation, frame.unit(), frame.depth() + 1);
        }
      } else {
        Class<?> owner = ((Callee.Reflective) callee).owner();
        try {
          return normalise(DslInvoker.invoke(owner, receiver, name, args));
        } catch (NoSuchMethodException e) {
          continue;
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
          throw error(invocation, frame, Message.TYPE_ERROR.format(
              "" + e.getMessage()));
        }
      }
    }
    throw error(invocation, frame, Message.UNKNOWN_METHOD.format(
        name + describeArgs(args), "no method of that name takes these arguments"));
  }

  private static String describeArgs(List<Object> args) {
    StringBuilder text = new StringBuilder("(");
    for (Object arg : args) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(kindOf(arg));
    }
    return text.append(')').toString();
  }

  /** Arrays that java.lang returns (toCharArray) become the evaluator's constant lists. */
  private static Object normalise(Object value) {
    if (value instanceof char[] chars) {
      List<Object> items = new ArrayList<>();
      for (char c : chars) {
        items.add(c);
      }
      return List.copyOf(items);
    }
    return value;
  }

  private boolean applicable(ExecutableElement method, List<Object> args) {
    if (method.getParameters().size() != args.size()) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      if (!fits(args.get(i), method.getParameters().get(i).asType())) {
        return false;
      }
    }
    return true;
  }

  private boolean fits(Object value, TypeMirror type) {
    return switch (type.getKind()) {
      case INT -> value instanceof Integer || value instanceof Character;
      case CHAR -> value instanceof Character;
      case DOUBLE -> value instanceof Integer || value instanceof Character || value instanceof Double;
      case BOOLEAN -> value instanceof Boolean;
      case TYPEVAR -> true;
      case ARRAY -> value instanceof List<?>;
      case LONG, FLOAT, SHORT, BYTE -> false;
      case DECLARED -> {
        String erased = types.erasure(type).toString();
        yield switch (erased) {
          case "org.rasp4j.Sop" -> value instanceof Sop<?>;
          case "org.rasp4j.Selector" -> value instanceof Selector;
          case "java.lang.String" -> value instanceof String;
          case "java.lang.Integer" -> value instanceof Integer;
          case "java.lang.Character" -> value instanceof Character;
          case "java.lang.Boolean" -> value instanceof Boolean;
          case "java.lang.Double" -> value instanceof Double;
          case "java.lang.Object" -> true;
          default -> isInstance(erased, value);
        };
      }
      default -> false;
    };
  }

  /** Whether a compile-time value is an instance of a JDK type such as java.util.List. */
  private static boolean isInstance(String qualifiedName, Object value) {
    if (value == null || !qualifiedName.startsWith("java.")) {
      return false;
    }
    try {
      return Class.forName(qualifiedName).isInstance(value);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private Object coerce(Object value, TypeMirror type) {
    return switch (type.getKind()) {
      case INT -> Constants.convert(value, ElementType.INT);
      case CHAR -> Constants.convert(value, ElementType.CHAR);
      case DOUBLE -> Constants.convert(value, ElementType.DOUBLE);
      default -> value;
    };
  }

  private Object coerce(Object value, Tree declaredType) {
    if (declaredType instanceof PrimitiveTypeTree primitive) {
      return switch (primitive.getPrimitiveTypeKind()) {
        case INT -> Constants.convert(value, ElementType.INT);
        case CHAR -> Constants.convert(value, ElementType.CHAR);
        case DOUBLE -> Constants.convert(value, ElementType.DOUBLE);
        default -> value;
      };
    }
    return value;
  }

  private ElementType elementType(TypeKind kind, Tree tree, Frame frame) {
    return switch (kind) {
      case INT -> ElementType.INT;
      case CHAR -> ElementType.CHAR;
      case DOUBLE -> ElementType.DOUBLE;
      case BOOLEAN -> ElementType.BOOL;
      default -> throw error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(
          "a cast to " + kind.toString().toLowerCase(Locale.ROOT),
          "RASP values are int, boolean, char, double or String"));
    };
  }

  /** Remembers the source line on a Sop built at {@code tree} (for the critical path). */
  private Object withLine(Object value, Tree tree, Frame frame) {
    if (value instanceof Sop<?> sop && sop.node().line() == 0) {
      return Sop.wrap(sop.node().at(line(tree, frame)));
    }
    return value;
  }

  int line(Tree tree, Frame frame) {
    long position = trees.getSourcePositions().getStartPosition(frame.unit(), tree);
    return position < 0 ? 0 : (int) frame.unit().getLineMap().getLineNumber(position);
  }

  CompileError error(Tree tree, Frame frame, String message) {
    return new CompileError(tree, frame.unit(), message);
  }

  /** The element a source callee belongs to, for messages. */
  static String ownerName(Element element) {
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }

  /** Types of parameters, to check callees' signatures from the lambda translator. */
  Types types() {
    return types;
  }

  /** The node a Sop wraps (shared with the lambda translator). */
  static SopNode node(Object sop) {
    return ((Sop<?>) sop).node();
  }
}
