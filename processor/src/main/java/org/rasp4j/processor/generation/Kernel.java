package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;

/**
 * How a head computes its outputs: one kernel per selector shape (see {@link Kernels#choose}). The
 * general kernel tests the selector on every query and key; the others use the selector's
 * structure, known at build time, to compute every query's result in O(n) or O(n log n) with the
 * interpreter's values and errors bit for bit, falling back to the exact per-query row ({@link
 * RowWriter}) for a query whose result they cannot reproduce (an error, a double sum in another
 * order). A kernel that cannot reproduce a head's results at all does not apply to it.
 */
sealed interface Kernel
    permits GeneralKernel, QueryIndependentKernel, IndexMapKernel, PositionOrderKernel,
        ValueGroupsKernel, ValueOrderKernel, WithPositionKernel {
  /** The kernel's name, as the generated class lists it in {@code KERNELS}. */
  String name();

  /**
   * The statements computing every output of the unit into its (declared) array.
   *
   * @param names the head's temporaries
   */
  CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names);
}
