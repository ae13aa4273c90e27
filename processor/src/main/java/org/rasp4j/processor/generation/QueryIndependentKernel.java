package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Node;

/**
 * A selector that reads no query ({@code key(tokens) == query('+')}, select-all, and/or/not of
 * such): every query selects the same keys, so the row of query 0 is computed once, exactly as
 * the general kernel computes it (errors at query 0, where the interpreter raises them), and
 * copied to every query. O(n).
 */
record QueryIndependentKernel() implements Kernel {
  static final String NAME = "query-independent";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    CodeBlock.Builder code = CodeBlock.builder();
    String selected = RowWriter.declarePositions(scope, unit, code);
    code.beginControlFlow("if ($N > 0)", MethodScope.LENGTH);
    code.addStatement("int $N = 0", MethodScope.QUERY);
    code.add(new RowWriter(scope, unit, List.of(), names, selected).write());
    List<Node> outputs = new ArrayList<>(unit.aggregates());
    outputs.addAll(unit.widths());
    code.endControlFlow();
    String i = MethodScope.POSITION;
    code.beginControlFlow("for (int $N = 1; $N < $N; $N++)", i, i, MethodScope.LENGTH, i);
    for (Node output : outputs) {
      String array = scope.variable(output);
      code.addStatement("$N[$N] = $N[0]", array, i, array);
    }
    code.endControlFlow();
    return code.build();
  }
}
