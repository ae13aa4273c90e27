package org.rasp4j.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * The evaluate body of a large program: each step (a head's pass or an MLP slice) in a private
 * method of its own, and the steps called in order by part methods of at most {@link
 * #STEPS_PER_PART}, so that no method nears the JVM's 64 KB limit and each stays small enough for
 * the JIT. The steps share the input, its length, the stored arrays ({@code values}, one slot per
 * stored SOp) and the deferred failures ({@code failures}); a step loads what it reads into the
 * locals the writers use, and stores what it computes, so its body is the one the inline layout
 * writes.
 */
final class SplitLayout {
  /** Step calls (with their failure checks) per part method: about 20 bytes of bytecode each. */
  static final int STEPS_PER_PART = 64;

  private final Plan plan;
  private final MethodScope scope;
  private final ElementType tokenType;
  private final String prefix;
  private final HeadWriter heads;
  private final ElementwiseWriter elementwise;

  SplitLayout(MethodScope scope, ElementType tokenType) {
    this.plan = scope.plan();
    this.scope = scope;
    this.tokenType = tokenType;
    this.prefix = tokenType == ElementType.CHAR ? "chars" : "ints";
    this.heads = new HeadWriter(scope);
    this.elementwise = new ElementwiseWriter(scope);
  }

  /** The statements of {@code evaluate} after the length: the shared state and the part calls. */
  CodeBlock driver() {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T[] $N = new $T[$L]",
        Object.class, MethodScope.VALUES, Object.class, scope.valueCount());
    code.addStatement("$T[] $N = new $T[$L]", SupportTypes.RASP_EXCEPTION, MethodScope.FAILURES,
        SupportTypes.RASP_EXCEPTION, plan.deferredNodes().size());
    for (int part = 0; part * STEPS_PER_PART < plan.steps().size(); part++) {
      code.addStatement("$N($L)", partName(part), arguments());
    }
    return code.build();
  }

  /** The part and step methods. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    List<Step> steps = plan.steps();
    for (int part = 0; part * STEPS_PER_PART < steps.size(); part++) {
      CodeBlock.Builder code = CodeBlock.builder();
      int end = Math.min(steps.size(), (part + 1) * STEPS_PER_PART);
      for (int s = part * STEPS_PER_PART; s < end; s++) {
        code.addStatement("$N($L)", stepName(s), arguments());
        for (Node node : plan.checksAfter(s)) {
          // Everything that may fail before this node, in the interpreter's order, has now run.
          code.add(scope.comment("throw the failure recorded by ", node));
          code.beginControlFlow("if ($N[$L] != null)", MethodScope.FAILURES, scope.failureIndex(node));
          code.addStatement("throw $N[$L]", MethodScope.FAILURES, scope.failureIndex(node));
          code.endControlFlow();
        }
      }
      methods.add(method(partName(part), code.build()));
    }
    for (int s = 0; s < steps.size(); s++) {
      methods.add(method(stepName(s), step(steps.get(s))));
    }
    return methods;
  }

  /** The output's array, when a step computed it. */
  CodeBlock load(SopNode output) {
    return CodeBlock.of("($T) $N[$L]",
        JavaLiterals.arrayType(output.type()), MethodScope.VALUES, scope.valueIndex(output));
  }

  private CodeBlock step(Step step) {
    CodeBlock.Builder code = CodeBlock.builder();
    Set<Node> created = new LinkedHashSet<>();
    Set<Node> read = new LinkedHashSet<>();
    List<Node> failing = new ArrayList<>();
    if (step instanceof Step.Head head) {
      created.addAll(head.aggregates());
      created.addAll(head.widths());
      failing.addAll(plan.failingSelects(head));
      failing.addAll(head.aggregates());
    } else {
      for (Elementwise node : ((Step.Mlp) step).nodes()) {
        if (scope.stored(node)) {
          created.add(node);
        }
        failing.add(node);
      }
    }
    for (Node node : step instanceof Step.Head head ? outputs(head) : ((Step.Mlp) step).nodes()) {
      collectReads(node, created, read);
    }
    code.add("// layer $L\n", step.layer());
    for (Node node : read) {
      SopNode value = (SopNode) node;
      code.addStatement("$T $N = $L", JavaLiterals.arrayType(value.type()), scope.variable(value),
          load(value));
    }
    List<Node> deferred = failing.stream().filter(plan::deferred).distinct().toList();
    for (Node node : deferred) {
      code.addStatement("$T $N = $N[$L]", SupportTypes.RASP_EXCEPTION, scope.failureSlot(node),
          MethodScope.FAILURES, scope.failureIndex(node));
    }
    if (step instanceof Step.Head head) {
      code.add(heads.write(head));
    } else {
      code.add(EvaluateMethodWriter.mlp(scope, elementwise, (Step.Mlp) step));
    }
    for (Node node : created) {
      code.addStatement("$N[$L] = $N",
          MethodScope.VALUES, scope.valueIndex(node), scope.variable(node));
    }
    for (Node node : deferred) {
      code.addStatement("$N[$L] = $N",
          MethodScope.FAILURES, scope.failureIndex(node), scope.failureSlot(node));
    }
    return code.build();
  }

  private static List<Node> outputs(Step.Head head) {
    List<Node> outputs = new ArrayList<>(head.aggregates());
    outputs.addAll(head.widths());
    return outputs;
  }

  /** The stored values a node reads (through its selector), other than those this step makes. */
  private void collectReads(Node node, Set<Node> created, Set<Node> read) {
    for (Node input : node.inputs()) {
      if (input instanceof SelectorNode) {
        collectReads(input, created, read);
      } else if (scope.stored(input) && !created.contains(input)) {
        read.add(input);
      }
    }
  }

  private MethodSpec method(String name, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(TypeName.INT, MethodScope.LENGTH)
        .addParameter(JavaLiterals.arrayType(tokenType), MethodScope.TOKENS)
        .addParameter(Object[].class, MethodScope.VALUES)
        .addParameter(ArrayTypeName.of(SupportTypes.RASP_EXCEPTION), MethodScope.FAILURES)
        .addCode(body)
        .build();
  }

  private static CodeBlock arguments() {
    return CodeBlock.of("$N, $N, $N, $N",
        MethodScope.LENGTH, MethodScope.TOKENS, MethodScope.VALUES, MethodScope.FAILURES);
  }

  private String partName(int part) {
    return prefix + "Part" + part;
  }

  private String stepName(int step) {
    return prefix + "Step" + step;
  }
}
