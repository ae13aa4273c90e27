package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;

/**
 * A selector that reads no query ({@code key(tokens) == query('+')}, select-all, a function of the
 * key alone, and/or/not of such): every query selects the same keys, so the row of query 0 is
 * computed once, exactly as the general kernel computes it, and copied to every query. O(n).
 *
 * <p>Errors come out where the interpreter raises them. A predicate that may fail is computed on
 * every key of query 0, as the general kernel computes it: its cell (q, k) is its cell (0, k), so
 * the interpreter, which runs it query by query, key by key, meets its first failure at query 0,
 * at the same key. An aggregate selects the same keys at every query, so it too fails first at
 * query 0.
 *
 * @param failingSelects the selects under the unit's selector whose predicate may fail
 */
record QueryIndependentKernel(List<Select> failingSelects) implements Kernel {
  static final String NAME = "query-independent";

  QueryIndependentKernel {
    failingSelects = List.copyOf(failingSelects);
  }

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
    code.add(new RowWriter(scope, unit, failingSelects, names, selected).write());
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
