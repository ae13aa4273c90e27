package org.rasp4j.processor.frontend;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Mirrors;
import org.rasp4j.processor.javarules.Overloads;
import org.rasp4j.processor.javarules.Overloads.Candidate;
import org.rasp4j.processor.javarules.Values;
import org.rasp4j.processor.model.SourceSite;
import org.rasp4j.processor.model.SourceSites;
import org.rasp4j.processor.scalar.FunctionOrigin;

/**
 * Runs a program's source at compile time on symbolic values, producing its RASP graph: constants
 * are bound, helpers inlined, {@code if} and {@code ?:} on constants pick a branch, loops with
 * constant bounds unroll, and calls into rasp4j's DSL run for real (they only build IR). What the
 * processor cannot evaluate is a {@link CompileError} at the exact tree.
 */
public final class PartialEvaluator {
  static final int MAX_DEPTH = 64;

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Names names;
  private final InstanceHelpers instanceHelpers;
  private final LambdaTranslator lambdas;
  private final StatementRunner statements;
  private final BodyTypes bodyTypes;
  private final Map<MethodInvocationTree, JavaType> callResults = new IdentityHashMap<>();
  private final HelperSources sources;
  private final Set<TypeElement> inlined = new LinkedHashSet<>();
  private final SourceSites sites = new SourceSites();
  /** The helper calls being evaluated, innermost first: where each node's helper was called. */
  private final Deque<SourceSite.Call> calls = new ArrayDeque<>();
  private PackageElement programPackage;

  public PartialEvaluator(Trees trees, Elements elements, Types types, Filer filer) {
    this.trees = trees;
    this.sources = new HelperSources(trees, filer);
    this.elements = elements;
    this.types = types;
    this.names = new Names(elements);
    this.instanceHelpers = new InstanceHelpers(names);
    this.lambdas = new LambdaTranslator(this, names, elements, types);
    this.statements = new StatementRunner(this);
    this.bodyTypes = new BodyTypes(this);
  }

  /** The classes whose source was read (for originating elements). */
  public Set<TypeElement> inlinedClasses() {
    return inlined;
  }

  /** Where each node built so far was written (for the budgets' messages). */
  public SourceSites sites() {
    return sites;
  }

  /** Evaluates the program {@code method} with {@code tokens} as its parameter. */
  public Sop<?> evaluateProgram(ExecutableElement method, Sop<?> tokens) {
    statements.startProgram();
    programPackage = elements.getPackageOf(method);
    Object result = call(method, List.of(tokens), null, null, 0);
    if (!(result instanceof Sop<?> sop)) {
      throw new CompileError(null, null, Message.BAD_SIGNATURE.format(method.getSimpleName()));
    }
    return sop;
  }

  /** The package of the program being evaluated: where its generated class lives. */
  PackageElement programPackage() {
    return programPackage;
  }

  // ---------------------------------------------------------------- methods

  Object call(
      ExecutableElement method, List<Object> args, Tree site, CompilationUnitTree siteUnit, int depth) {
    if (depth > MAX_DEPTH) {
      throw new CompileError(site, siteUnit, Message.TOO_DEEP.format(
          "helpers nest more than " + MAX_DEPTH + " calls deep at " + method.getSimpleName()
              + "; is the recursion bounded by a compile-time constant?"));
    }
    HelperSources.Source source = sources.find(method).orElseThrow(() ->
        new CompileError(site, siteUnit, Message.HELPER_NOT_VISIBLE.format(describe(method))));
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!source.library()) {
      inlined.add(owner);
    }
    Frame frame = new Frame(method, owner, source.unit(), new Scope(), depth);
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      // The tree's names: a class file may not keep parameter names.
      frame.scope().declare(
          source.tree().getParameters().get(i).getName().toString(), args.get(i),
          Mirrors.of(parameters.get(i).asType(), types).orElse(null), false);
    }
    boolean called = site != null && siteUnit != null;
    if (called) {
      calls.push(new SourceSite.Call(method.getSimpleName().toString(), fileName(siteUnit),
          lineIn(site, siteUnit)));
    }
    try {
      Object result = statements.execute(source.tree().getBody(), frame);
      if (result == StatementRunner.NORMAL) {
        throw new CompileError(source.tree(), frame.unit(), Message.UNSUPPORTED_STATEMENT.format(
            "a method that can end without return"));
      }
      return result;
    } catch (CompileError error) {
      if (source.library() && error.unit() == source.unit()) {
        // Point at the call in this compilation; say where in the library it went wrong.
        throw new CompileError(site, siteUnit, error.getMessage() + " (in library helper "
            + describe(method) + ", " + fileName(source.unit()) + ":"
            + (error.tree() == null ? 0 : line(error.tree(), frame)) + ")");
      }
      if (called && error.unit() == source.unit() && source.unit() != siteUnit) {
        // javac shows the helper's file; say which call of the program's led there.
        throw new CompileError(error.tree(), error.unit(), error.getMessage() + " (in "
            + describe(method) + ", called at " + fileName(siteUnit) + ":"
            + lineIn(site, siteUnit) + ")");
      }
      throw error;
    } finally {
      if (called) {
        calls.pop();
      }
    }
  }

  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
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
        boolean thenChosen = statements.constantCondition(conditional.getCondition(), frame,
            "the condition of ?:", "choose per position with where(condition, a, b)");
        Object value = thenChosen
            ? evaluate(conditional.getTrueExpression(), frame)
            : evaluate(conditional.getFalseExpression(), frame);
        // Java types the whole expression (JLS 15.25): true ? 'a' : 1 is the char 'a', and
        // false ? 'a' : 1 the char 1, whichever operand was evaluated.
        return types().conditionalType(conditional, thenChosen, value, frame)
            .map(t -> Values.convert(value, t)).orElse(value);
      }
      case TYPE_CAST -> {
        TypeCastTree cast = (TypeCastTree) expression;
        Object value = evaluate(cast.getExpression(), frame);
        if (cast.getType() instanceof PrimitiveTypeTree primitive) {
          elementType(primitive.getPrimitiveTypeKind(), cast, frame);
          return Values.convert(value, Coercion.declared(primitive).orElseThrow());
        }
        checkReferenceCast(cast, value, frame);
        return value;
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
            ? DslInvoker.construct(element.getQualifiedName().toString(), args,
                argumentTypes(creation.getArguments(), args, frame))
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
          if (left instanceof Boolean b
              && ((expression.getKind() == Tree.Kind.CONDITIONAL_AND && !b)
                  || (expression.getKind() == Tree.Kind.CONDITIONAL_OR && b))) {
            return b; // the right operand is not evaluated, as in Java
          }
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
            Constructs.name(expression), "write RASP with the DSL's calls on constants and Sops"));
      }
    }
  }

  /**
   * A cast to a class of the JDK or of rasp4j that the value is no instance of fails in Java (the
   * interpreter's path throws ClassCastException while building the program), so it is an error at
   * the cast rather than a confusing one where the value is used. Other casts (to a type variable,
   * an array, a class of the program's own) are not checked here.
   */
  private void checkReferenceCast(TypeCastTree cast, Object value, Frame frame) {
    Tree typeTree = cast.getType();
    if (typeTree instanceof com.sun.source.tree.ParameterizedTypeTree parameterized) {
      typeTree = parameterized.getType();
    }
    if (!(typeTree instanceof IdentifierTree || typeTree instanceof MemberSelectTree)) {
      return; // an array, a wildcard or an intersection
    }
    Optional<Object> target = names.type(frame, typeTree);
    String qualified = target.isEmpty() ? null
        : target.get() instanceof Class<?> reflective ? reflective.getName()
        : target.get() instanceof TypeElement element ? element.getQualifiedName().toString()
        : null;
    if (qualified == null
        || !(qualified.startsWith("java.") || qualified.startsWith("org.rasp4j."))) {
      return;
    }
    Class<?> type;
    try {
      type = Class.forName(qualified, false, PartialEvaluator.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return;
    }
    if (value != null && !type.isInstance(value)) {
      String kind = value instanceof Sop<?> ? "Sop" : value.getClass().getSimpleName();
      throw error(cast, frame, Message.THROWS.format("ClassCastException: " + kind
          + " cannot be cast to " + type.getSimpleName()));
    }
  }

  /** {@code ArrayList} for {@code ArrayList<>} or {@code ArrayList<String>}. */
  private static Tree rawType(ExpressionTree type) {
    return type instanceof com.sun.source.tree.ParameterizedTypeTree parameterized
        ? parameterized.getType()
        : type;
  }

  Object fold(Tree tree, Tree.Kind operator, Object left, Object right, Frame frame) {
    Object result;
    try {
      result = Constants.binary(operator, left, right);
    } catch (ArithmeticException e) {
      throw error(tree, frame, Message.TYPE_ERROR.format(
          "this constant expression divides by zero"));
    }
    if (result == null && isComparison(operator)
        && (left instanceof Sop<?> ^ right instanceof Sop<?>)
        && Constants.isConstant(left instanceof Sop<?> ? right : left)) {
      throw error(tree, frame, Message.INPUT_DEPENDENT.format(
          "'" + tree + "' compares a constant with a Sop, whose values exist only per input"));
    }
    if (result == null) {
      Object culprit = Constants.isConstant(left) ? right : left;
      throw error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(
          "this operator on " + kindOf(culprit), sequenceHint(culprit)));
    }
    return result;
  }

  private static boolean isComparison(Tree.Kind operator) {
    return switch (operator) {
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL -> true;
      default -> false;
    };
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

  private Object identifier(IdentifierTree identifier, Frame frame) {
    String name = identifier.getName().toString();
    Optional<Object> local = frame.scope().lookup(name);
    if (local.isPresent()) {
      return local.get();
    }
    Optional<Object> field = names.unqualifiedField(frame, name);
    if (field.isPresent()) {
      return field.get();
    }
    throw names.unqualifiedFieldElement(frame, name)
        .map(f -> error(identifier, frame, FieldValues.notConstant(f, name, trees)))
        .orElseGet(() -> error(identifier, frame, Message.UNKNOWN_NAME.format(name)));
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
        Optional<VariableElement> field = names.field(element, member);
        if (field.isPresent()) {
          throw error(select, frame, FieldValues.notConstant(field.get(), select.toString(), trees));
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
        rejectInstanceHelper(invocation, null, name, frame);
        throw error(invocation, frame, Message.UNKNOWN_METHOD.format(name,
            "call helpers of this class, static imports of org.rasp4j.Rasp and org.rasp4j.Library,"
                + " or qualify the class"));
      }
      rejectSecondTokens(invocation, name, callees, frame);
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
        rejectInstanceHelper(invocation, member.getExpression(), name, frame);
        throw error(invocation, frame, Message.UNKNOWN_METHOD.format(
            member.toString(), "call a static method of a class in this compilation"));
      }
      rejectSecondTokens(invocation, name, callees, frame);
      return callResolved(invocation, name, null, callees, argTrees, frame);
    }
    if (member.getExpression() instanceof NewClassTree
        || (member.getExpression() instanceof IdentifierTree qualifier
            && qualifier.getName().contentEquals("this"))) {
      rejectInstanceHelper(invocation, member.getExpression(), name, frame);
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

  /** An instance helper is called: the error says to make it static. */
  private void rejectInstanceHelper(
      MethodInvocationTree invocation, ExpressionTree qualifier, String name, Frame frame) {
    Optional<ExecutableElement> helper = instanceHelpers.find(qualifier, name, frame);
    if (helper.isPresent()) {
      throw instanceHelpers.error(invocation, helper.get(), frame);
    }
  }

  /** The instance helpers a call may mean, for functions' calls too. */
  InstanceHelpers instanceHelpers() {
    return instanceHelpers;
  }

  /**
   * A program has one token input, its parameter: {@code tokens(INT)} in its body would be a second
   * input, which the interpreter rejects at run time when the types differ and generated code
   * would silently read as the parameter.
   */
  private void rejectSecondTokens(
      MethodInvocationTree invocation, String name, List<Callee> callees, Frame frame) {
    if (name.equals("tokens")
        && callees.contains(new Callee.Reflective(org.rasp4j.Rasp.class))) {
      throw error(invocation, frame, Message.SECOND_TOKENS.format(invocation));
    }
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
    List<Candidate<Object>> candidates = new ArrayList<>();
    for (Callee callee : callees) {
      if (callee instanceof Callee.Source source) {
        Coercion.candidate(types, source.method()).ifPresent(candidates::add);
      } else {
        Class<?> owner = ((Callee.Reflective) callee).owner();
        if (receiver != null && InputDependence.runsOnInput(owner, name)) {
          throw error(invocation, frame, Message.INPUT_DEPENDENT.format(
              invocation.getMethodSelect() + "(...) runs the program on an input"));
        }
        if (DslInvoker.nondeterministic(owner, name)) {
          throw error(invocation, frame, Message.UNKNOWN_METHOD.format(
              owner.getSimpleName() + "." + name + "()", "a program's body runs once, at compile"
                  + " time, so a random number would be one constant in every run of the generated"
                  + " evaluator; pass randomness in as tokens"));
        }
        candidates.addAll(DslInvoker.candidates(owner, receiver != null, name));
      }
    }
    Overloads.Resolution<Object> resolution =
        Overloads.resolve(candidates, argumentTypes(argTrees, args, frame));
    if (resolution instanceof Overloads.Ambiguous<Object> ambiguous) {
      throw error(invocation, frame, Message.TYPE_ERROR.format("the call of " + name
          + describeArgs(args) + " is ambiguous: " + ambiguous.candidates().size()
          + " methods apply and none is more specific; cast the arguments"));
    }
    if (!(resolution instanceof Overloads.Chosen<Object> chosen)) {
      Optional<Integer> sop = InputDependence.sopForConstant(candidates, args);
      if (sop.isPresent()) {
        throw error(invocation, frame, Message.INPUT_DEPENDENT.format(name + describeArgs(args)
            + " passes a Sop as argument " + sop.get() + ", where " + name + " takes a constant"));
      }
      throw error(invocation, frame, Message.UNKNOWN_METHOD.format(
          name + describeArgs(args), "no method of that name takes these arguments"));
    }
    if (chosen.candidate().method() instanceof ExecutableElement method) {
      // The call's static type is the method's declared result (an Integer helper is no int to
      // the overloads of an enclosing call); recorded before the body runs, read by BodyTypes.
      Mirrors.of(method.getReturnType(), types).ifPresentOrElse(
          type -> callResults.put(invocation, type), () -> callResults.remove(invocation));
      return call(method, packed(chosen, args), invocation, frame.unit(), frame.depth() + 1);
    }
    try {
      Object result = normalise(DslInvoker.invoke(chosen, receiver, args));
      if (result instanceof Sop<?> renamed && receiver instanceof Sop<?> original
          && renamed.node().line() != 0 && renamed.node().line() == original.node().line()) {
        // named(...) copies the node, line and all: the copy was written where the original was
        sites.of(original.node()).ifPresent(site -> sites.record(renamed.node(), site));
      }
      return result;
    } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
      throw error(invocation, frame, Message.TYPE_ERROR.format("" + e.getMessage()));
    } catch (RuntimeException e) {
      // The call itself failed (List.of(x).add(y)): the program throws while it is built, as it
      // would on the interpreter's path; it is the program's error, not rasp4j's.
      throw error(invocation, frame, Message.THROWS.format(
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
  }

  /** A source helper's arguments; those of a variable-arity call packed as the array they make. */
  private static List<Object> packed(Overloads.Chosen<Object> chosen, List<Object> args) {
    if (!chosen.variableArity()) {
      return args;
    }
    int fixed = chosen.candidate().parameters().size() - 1;
    List<Object> packed = new ArrayList<>(args.subList(0, fixed));
    packed.add(List.copyOf(args.subList(fixed, args.size())));
    return packed;
  }

  /** The static types of the arguments, as far as known, else those their values stand for. */
  private List<JavaType> argumentTypes(
      List<? extends ExpressionTree> trees, List<Object> values, Frame frame) {
    List<JavaType> argumentTypes = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      Object value = values.get(i);
      argumentTypes.add(types().staticType(trees.get(i), frame)
          .orElseGet(() -> JavaType.ofValue(value)));
    }
    return argumentTypes;
  }

  /** The declared result type of the source helper this invocation last called, if it has one. */
  Optional<JavaType> callResult(MethodInvocationTree invocation) {
    return Optional.ofNullable(callResults.get(invocation));
  }

  /** The static types of program-body expressions, where Java's rules need them. */
  BodyTypes types() {
    return bodyTypes;
  }

  /** The declared type of a captured name, if it is a local the processor knows the type of. */
  Optional<JavaType> declaredType(ExpressionTree tree, Frame frame) {
    if (tree instanceof IdentifierTree identifier) {
      return frame.scope().declaredType(identifier.getName().toString());
    }
    return Optional.empty();
  }

  /** Whether a name is a constant variable: a constant field, or a final local with a constant value. */
  boolean isConstantVariable(ExpressionTree tree, Frame frame) {
    return bodyTypes.isConstantExpression(tree, frame);
  }

  /** Whether a name in a body is a local of the current frame. */
  boolean isLocal(String name, Frame frame) {
    return frame.scope().lookup(name).isPresent();
  }

  /** The class a qualifier names, if it names one. */
  Optional<Object> qualifierClass(ExpressionTree qualifier, Frame frame) {
    return qualifierType(qualifier, frame);
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
      int line = line(tree, frame);
      SopNode node = sop.node().at(line);
      sites.record(node, new SourceSite(fileName(frame.unit()), line, List.copyOf(calls)));
      return Sop.wrap(node);
    }
    return value;
  }

  int line(Tree tree, Frame frame) {
    return lineIn(tree, frame.unit());
  }

  private int lineIn(Tree tree, CompilationUnitTree unit) {
    long position = trees.getSourcePositions().getStartPosition(unit, tree);
    return position < 0 ? 0 : (int) unit.getLineMap().getLineNumber(position);
  }

  /** "Helpers.java": the name of a unit's file, as javac's messages start. */
  private static String fileName(CompilationUnitTree unit) {
    String path = unit.getSourceFile().getName();
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** Where the lambda at {@code tree} is in the source: what tells two equal texts apart. */
  FunctionOrigin.Lambda origin(Tree tree, Frame frame) {
    return new FunctionOrigin.Lambda(frame.unit().getSourceFile().toUri().toString(),
        trees.getSourcePositions().getStartPosition(frame.unit(), tree));
  }

  CompileError error(Tree tree, Frame frame, String message) {
    return new CompileError(tree, frame.unit(), message);
  }

  /** The element a source callee belongs to, for messages. */
  static String ownerName(Element element) {
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
