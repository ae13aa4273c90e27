package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Whether query position {@code q} selects key position {@code k}, as a Java condition: the key
 * is the left operand; and/or/not as Java's; a predicate that may fail is computed beforehand as a
 * statement (see {@link #hoist}), so that it runs on every cell, as the interpreter runs it.
 */
final class SelectorWriter {
  private final MethodScope scope;
  private final Map<Node, String> hoisted;

  /**
   * @param hoisted the failing selects of this loop and the local each is computed into
   */
  SelectorWriter(MethodScope scope, Map<Node, String> hoisted) {
    this.scope = scope;
    this.hoisted = hoisted;
  }

  /** The condition at (q, k). */
  CodeBlock test(SelectorNode selector) {
    if (selector instanceof Select select) {
      String local = hoisted.get(select);
      if (local != null) {
        return CodeBlock.of("$N", local);
      }
      if (select.predicate() instanceof Builtin builtin) {
        return BuiltinWriter.compare(builtin, select.keys().type(), key(select), query(select));
      }
      return ScalarWriter.write(function(select).body(), List.of(key(select), query(select)),
          constants(select));
    }
    SelectorLogic logic = (SelectorLogic) selector;
    return switch (logic.connective()) {
      case AND -> CodeBlock.of(
          "$L && $L", operand(logic.operands().get(0)), operand(logic.operands().get(1)));
      case OR -> CodeBlock.of(
          "$L || $L", operand(logic.operands().get(0)), operand(logic.operands().get(1)));
      case NOT -> CodeBlock.of("!($L)", test(logic.operands().get(0)));
    };
  }

  /**
   * Statements computing a failing predicate at (q, k) into its local, with the interpreter's two
   * catch clauses; a failure is reported at the query position.
   */
  CodeBlock hoist(Select select) {
    String local = hoisted.get(select);
    String e = MethodScope.CAUGHT;
    CodeBlock.Builder code = CodeBlock.builder();
    code.add(scope.comment("", select));
    code.addStatement("boolean $N", local);
    code.beginControlFlow("try");
    code.addStatement("$N = $L", local,
        ScalarWriter.write(function(select).body(), List.of(key(select), query(select)),
          constants(select)));
    code.nextControlFlow("catch ($T $N)", ArithmeticException.class, e);
    code.add(scope.fail(select, MethodScope.QUERY, CodeBlock.of("$T.arithmetic($N)", SupportTypes.PROBLEMS, e), e));
    if (scope.plan().deferred(select)) {
      code.addStatement("$N = false", local);
    }
    code.nextControlFlow("catch ($T $N)", RuntimeException.class, e);
    code.add(scope.fail(select, MethodScope.QUERY,
        CodeBlock.of("$T.functionThrew($N)", SupportTypes.PROBLEMS, e), e));
    if (scope.plan().deferred(select)) {
      code.addStatement("$N = false", local);
    }
    code.endControlFlow();
    return code.build();
  }

  /** An operand of and/or: a nested and/or is parenthesised. */
  private CodeBlock operand(SelectorNode selector) {
    CodeBlock test = test(selector);
    return selector instanceof SelectorLogic logic
            && logic.connective() != SelectorLogic.Connective.NOT
        ? CodeBlock.of("($L)", test)
        : test;
  }

  private CodeBlock key(Select select) {
    return scope.value(select.keys(), MethodScope.KEY);
  }

  private CodeBlock query(Select select) {
    return scope.value(select.queries(), MethodScope.QUERY);
  }

  private static ScalarFunction function(Select select) {
    if (select.predicate() instanceof ScalarFunction function) {
      return function;
    }
    throw new IllegalStateException(
        select.describe() + " runs a run-time lambda, which generated code cannot run");
  }

  /** The constant values of a predicate's keys and queries, where they are constants. */
  private static List<Object> constants(Select select) {
    return Arrays.asList(constantValue(select.keys()), constantValue(select.queries()));
  }

  private static Object constantValue(SopNode operand) {
    return operand instanceof Constant constant ? constant.value() : null;
  }
}
