package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * One elementwise operation at position {@code i} of its MLP loop: into a loop local, or into its
 * array when something outside the loop reads it. An operation that may fail runs in a try block
 * whose catch clauses mirror the interpreter's: an {@link ArithmeticException} becomes a
 * RaspException with its message; anything else a user function throws becomes "the function
 * threw ...".
 */
final class ElementwiseWriter {
  private final MethodScope scope;

  ElementwiseWriter(MethodScope scope) {
    this.scope = scope;
  }

  CodeBlock write(Elementwise node) {
    Plan plan = scope.plan();
    boolean fails = plan.hazards().mayFail(node);
    CodeBlock expression = expression(node, fails);
    String variable = scope.variable(node);
    boolean array = plan.inArray(node);
    CodeBlock target = array
        ? CodeBlock.of("$N[$N]", variable, MethodScope.POSITION)
        : CodeBlock.of("$N", variable);

    CodeBlock.Builder code = CodeBlock.builder();
    code.add(scope.comment("", node));
    if (!fails) {
      if (array) {
        code.addStatement("$L = $L", target, expression);
      } else {
        code.addStatement("$T $N = $L", JavaLiterals.type(node.type()), variable, expression);
      }
      return code.build();
    }
    if (!array) {
      code.addStatement("$T $N", JavaLiterals.type(node.type()), variable);
    }
    String e = MethodScope.CAUGHT;
    code.beginControlFlow("try");
    code.addStatement("$L = $L", target, expression);
    code.nextControlFlow("catch ($T $N)", ArithmeticException.class, e);
    failure(code, node, target, CodeBlock.of("$T.arithmetic($N)", SupportTypes.PROBLEMS, e), e);
    if (node.operation() instanceof ScalarFunction) {
      code.nextControlFlow("catch ($T $N)", RuntimeException.class, e);
      failure(code, node, target,
          CodeBlock.of("$T.functionThrew($N)", SupportTypes.PROBLEMS, e), e);
    }
    code.endControlFlow();
    if (node.operation() instanceof ScalarFunction && node.type() == ElementType.STRING) {
      // A called method may return null, which the interpreter rejects after the call.
      code.beginControlFlow("if ($L == null)", target);
      failure(code, node, target,
          CodeBlock.of("$T.functionReturned(null, $S)", SupportTypes.PROBLEMS, node.type().toString()),
          null);
      code.endControlFlow();
    }
    return code.build();
  }

  private void failure(
      CodeBlock.Builder code, Elementwise node, CodeBlock target, CodeBlock problem, String cause) {
    code.add(scope.fail(node, MethodScope.POSITION, problem, cause));
    if (scope.plan().deferred(node)) {
      code.addStatement("$L = $L", target, scope.placeholder(node));
    }
  }

  private CodeBlock expression(Elementwise node, boolean fails) {
    List<CodeBlock> operands = new ArrayList<>();
    List<ElementType> types = new ArrayList<>();
    List<Object> constants = new ArrayList<>();
    for (SopNode operand : node.operands()) {
      operands.add(scope.value(operand, MethodScope.POSITION));
      types.add(operand.type());
      constants.add(operand instanceof Constant constant ? constant.value() : null);
    }
    if (node.operation() instanceof Builtin builtin) {
      return BuiltinWriter.apply(builtin, types, operands, fails);
    }
    if (node.operation() instanceof ScalarFunction function) {
      return ScalarWriter.write(function.body(), operands, constants);
    }
    throw new IllegalStateException(
        node.describe() + " runs a run-time lambda, which generated code cannot run");
  }
}
