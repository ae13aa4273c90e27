package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.rasp4j.ir.Select;

/**
 * Any selector, including functions: for each query, one pass over the keys testing it
 * (O(n²) per head). Failing predicates are computed on every cell, as the interpreter does.
 *
 * @param failingSelects the selects under the unit's selectors whose predicate may fail
 */
record GeneralKernel(List<Select> failingSelects) implements Kernel {
  static final String NAME = "general";

  GeneralKernel {
    failingSelects = List.copyOf(failingSelects);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    CodeBlock.Builder code = CodeBlock.builder();
    String q = MethodScope.QUERY;
    String selected = RowWriter.declarePositions(scope, unit, code);
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", q, q, MethodScope.LENGTH, q);
    code.add(new RowWriter(scope, unit, failingSelects, names, selected).write());
    code.endControlFlow();
    return code.build();
  }
}
