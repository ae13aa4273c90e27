package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import org.rasp4j.ir.Aggregate;

/**
 * What a fast kernel knows of a selector: a structure built once before the query loop, and at
 * each query a summary of the keys it selects, from which {@link KernelResults} writes the
 * results. A kernel for {@code s or key(indices) == query(p)} wraps the selection of s.
 */
interface Selection {
  /**
   * The summary of the selected keys at query q.
   *
   * @param count the name of the int count
   * @param first the name of the int position of the first selected key (read when one is)
   * @param sums each aggregate's sums (read when two or more keys are selected)
   * @param exact a condition under which the summary holds (else the row is computed exactly), or
   *     null for always
   */
  record Summary(String count, String first, Map<Aggregate, KernelResults.Sums> sums,
      CodeBlock exact) {}

  /** The statements building the structure, before the query loop. */
  CodeBlock prepare();

  /** Whether a query never selects two keys (then no sum is needed and no error possible). */
  boolean atMostOne();

  /** Emits the statements at query q that summarise its selected keys. */
  Summary query(CodeBlock.Builder code);

  /** The kernel's code: the structure, then for each query its summary and results. */
  static CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names,
      Selection selection) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add(selection.prepare());
    String selected =
        selection.atMostOne() ? null : RowWriter.declarePositions(scope, unit, code);
    String q = MethodScope.QUERY;
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", q, q, MethodScope.LENGTH, q);
    Summary summary = selection.query(code);
    code.add(selection.atMostOne()
        ? KernelResults.writeAtMostOne(scope, unit, summary.count(), summary.first())
        : KernelResults.write(scope, unit, names, selected, summary.count(), summary.first(),
            summary.exact(), summary.sums()));
    code.endControlFlow();
    return code.build();
  }
}
