package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;

/**
 * One attention head: its output arrays, then each of its kernels ({@link Kernels}): the
 * general loop over queries and keys, or a kernel that uses the selector's structure. The only
 * place a head is emitted.
 */
final class HeadWriter {
  private final MethodScope scope;

  HeadWriter(MethodScope scope) {
    this.scope = scope;
  }

  CodeBlock write(Step.Head head) {
    CodeBlock.Builder code = CodeBlock.builder();
    comments(code, head);
    if (head.aggregates().isEmpty() && head.widths().isEmpty()) {
      return code.build();
    }
    Identifiers names = scope.temporaries();
    for (Node output : outputs(head)) {
      ElementType type = ((SopNode) output).type();
      code.addStatement("$T $N = new $T[$N]",
          JavaLiterals.arrayType(type), scope.variable(output), JavaLiterals.type(type),
          MethodScope.LENGTH);
    }
    for (Kernels.Choice choice : Kernels.of(scope.plan(), head)) {
      code.add("// kernel: $L\n", choice.kernel().name());
      if (choice.kernel() instanceof GeneralKernel) {
        code.add(choice.kernel().write(scope, choice.unit(), names));
      } else {
        // A block of its own: a kernel's structures are locals that a sibling head reuses.
        code.add("{\n$>");
        code.add(choice.kernel().write(scope, choice.unit(), names));
        code.add("$<}\n");
      }
    }
    return code.build();
  }

  private static List<Node> outputs(Step.Head head) {
    List<Node> outputs = new ArrayList<>(head.aggregates());
    outputs.addAll(head.widths());
    return outputs;
  }

  private void comments(CodeBlock.Builder code, Step.Head head) {
    String title = "head " + head.number();
    if (!head.aggregates().isEmpty()) {
      code.add(scope.lineComment(title + ": " + scope.pattern(head.selector()), head.selector()));
    } else if (!head.widths().isEmpty()) {
      code.add("// $L: counts the selected keys of each width below\n", title);
    } else {
      code.add("// $L: the other head of each width below, counted in an earlier head\n", title);
    }
    for (Node output : outputs(head)) {
      code.add(scope.comment("  -> ", output));
    }
    for (SelectorWidth width : head.countedBefore()) {
      code.add(scope.comment("  -> ", width));
    }
  }
}
