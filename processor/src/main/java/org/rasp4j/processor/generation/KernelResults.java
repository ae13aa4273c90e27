package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.SelectorWidth;

/**
 * The results at query {@code q} of a kernel that knows, for that query, how many keys are
 * selected, the first of them, and the sums of the selected values (see {@link Sums}): the
 * interpreter's rules of {@link RowWriter}, with the exact row of that query wherever the sum is
 * not known exactly — an int sum that overflows (the error lists the selected positions), two or
 * more values that cannot be summed (an error), a double sum not added in increasing key position
 * from 0.0.
 */
final class KernelResults {
  /**
   * Int means are exact from a long sum while every partial sum is a double without rounding:
   * at most n · 2³¹ ≤ 2⁵³.
   */
  static final int EXACT_INT_MEAN_LENGTH = 1 << 22;

  private KernelResults() {}

  /**
   * How a kernel sums an aggregate's selected values at query q (valid when two or more are
   * selected).
   *
   * @param longSum for int values, the exact sum as a long
   * @param doubleSum for double values (or an int mean), the sum as a double, or null
   * @param doubleExact the condition under which {@code doubleSum} is the interpreter's sum
   *     (added in increasing key position, starting from 0.0)
   */
  record Sums(CodeBlock longSum, CodeBlock doubleSum, CodeBlock doubleExact) {
    static final Sums NONE = new Sums(null, null, null);
  }

  /**
   * The statements setting every output of the unit at query q.
   *
   * @param count the name of the int count of selected keys
   * @param first the name of the int position of the first selected key (read when one is)
   * @param exact a condition under which count, first and the sums hold, or null for always;
   *     otherwise the whole row is computed exactly
   * @param selected the selected-positions array of the exact rows, or null
   */
  static CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names, String selected,
      String count, String first, CodeBlock exact, Map<Aggregate, Sums> sums) {
    return write(scope, unit, names, selected, count, first, exact, sums, false);
  }

  /**
   * {@link #write(MethodScope, HeadUnit, Identifiers, String, String, String, CodeBlock, Map)}
   * for a kernel that never selects two keys (then no sum is ever needed, no error possible).
   */
  static CodeBlock writeAtMostOne(MethodScope scope, HeadUnit unit, String count, String first) {
    return write(scope, unit, null, null, count, first, null, Map.of(), true);
  }

  private static CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names,
      String selected, String count, String first, CodeBlock exact, Map<Aggregate, Sums> sums,
      boolean atMostOne) {
    CodeBlock.Builder code = CodeBlock.builder();
    String q = MethodScope.QUERY;
    if (exact != null) {
      code.beginControlFlow("if (!($L))", exact);
      code.add(new RowWriter(scope, unit, List.of(), names, selected).write());
      code.nextControlFlow("else");
    }
    for (SelectorWidth width : unit.widths()) {
      code.addStatement("$N[$N] = $N", scope.variable(width), q, count);
    }
    for (Aggregate aggregate : unit.aggregates()) {
      if (atMostOne) {
        one(code, scope, count, first, aggregate);
      } else {
        aggregate(code, scope, unit, names, selected, count, first,
            sums.getOrDefault(aggregate, Sums.NONE), aggregate);
      }
    }
    if (exact != null) {
      code.endControlFlow();
    }
    return code.build();
  }

  private static void one(CodeBlock.Builder code, MethodScope scope, String count, String first,
      Aggregate aggregate) {
    String q = MethodScope.QUERY;
    String result = scope.variable(aggregate);
    CodeBlock value = scope.value(aggregate.values(), first);
    code.beginControlFlow("if ($N == 0)", count);
    code.addStatement("$N[$N] = $L", result, q, JavaLiterals.of(aggregate.effectiveDefault()));
    code.nextControlFlow("else");
    // One value: a sum gives it unchanged; the interpreter's mean adds it to 0.0 (so -0.0 is 0.0).
    code.addStatement(aggregate.reduction() == Reduction.MEAN ? "$N[$N] = 0.0 + $L" : "$N[$N] = $L",
        result, q, value);
    code.endControlFlow();
  }

  private static void aggregate(CodeBlock.Builder code, MethodScope scope, HeadUnit unit,
      Identifiers names, String selected, String count, String first, Sums sums,
      Aggregate aggregate) {
    String q = MethodScope.QUERY;
    String result = scope.variable(aggregate);
    ElementType type = aggregate.values().type();
    boolean mean = aggregate.reduction() == Reduction.MEAN;
    CodeBlock value = scope.value(aggregate.values(), first);
    boolean intSum = !mean && type == ElementType.INT && sums.longSum() != null;
    String total = intSum ? names.fresh(result + "Sum") : null;
    if (intSum) {
      // Read only where two or more keys are selected (the kernel's structure holds them).
      code.addStatement("long $N = $N >= 2 ? $L : 0L", total, count, sums.longSum());
    }
    code.beginControlFlow("if ($N == 0)", count);
    code.addStatement("$N[$N] = $L", result, q, JavaLiterals.of(aggregate.effectiveDefault()));
    code.nextControlFlow("else if ($N == 1)", count);
    // One value: a sum gives it unchanged; the interpreter's mean adds it to 0.0 (so -0.0 is 0.0).
    code.addStatement(mean ? "$N[$N] = 0.0 + $L" : "$N[$N] = $L", result, q, value);
    if (intSum) {
      code.nextControlFlow("else if ($N == (int) $N)", total, total);
      code.addStatement("$N[$N] = (int) $N", result, q, total);
    } else if (mean && type == ElementType.INT && sums.longSum() != null) {
      code.nextControlFlow("else if ($N <= $L)", MethodScope.LENGTH, EXACT_INT_MEAN_LENGTH);
      code.addStatement("$N[$N] = (double) ($L) / $N", result, q, sums.longSum(), count);
    } else if ((type == ElementType.DOUBLE || mean) && sums.doubleSum() != null) {
      // A double sum, or an int mean's double sum (a decoder's running sum, added as the
      // interpreter adds).
      code.nextControlFlow("else if ($L)", sums.doubleExact());
      if (mean) {
        code.addStatement("$N[$N] = ($L) / $N", result, q, sums.doubleSum(), count);
      } else {
        code.addStatement("$N[$N] = $L", result, q, sums.doubleSum());
      }
    }
    code.nextControlFlow("else");
    exactRow(code, scope, unit, names, selected, aggregate);
    code.endControlFlow();
  }

  /** The interpreter's computation of one aggregate at query q, over every key. */
  private static void exactRow(CodeBlock.Builder code, MethodScope scope, HeadUnit unit,
      Identifiers names, String selected, Aggregate aggregate) {
    HeadUnit alone = new HeadUnit(unit.selector(), List.of(aggregate), List.of());
    code.add(new RowWriter(scope, alone, List.of(), names, selected).write());
  }
}
