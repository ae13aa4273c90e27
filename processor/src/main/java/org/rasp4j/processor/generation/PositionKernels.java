package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorNode;

/**
 * The selection of the two kernels over positional selectors ({@link IndexMapKernel}, {@link
 * PositionOrderKernel}): each query's selected keys are an interval [lo, hi) ({@link
 * IntervalCode}); its sums are differences of prefix sums over positions (longs, exact for ints),
 * or for doubles the running sum from 0.0 up to hi, which adds the values in the interpreter's
 * order only when lo is 0. O(n).
 */
final class PositionKernels implements Selection {
  private final MethodScope scope;
  private final HeadUnit unit;
  private final Identifiers names;
  private final boolean sums;
  private final boolean mayBreak;
  private final Map<Aggregate, String> prefixes = new HashMap<>();

  PositionKernels(MethodScope scope, HeadUnit unit, Identifiers names) {
    this.scope = scope;
    this.unit = unit;
    this.names = names;
    this.sums = !SelectorShapes.atMostOne(unit.selector());
    this.mayBreak = mayBreak(unit.selector());
  }

  /**
   * Whether the kernels reproduce every aggregate of a positional unit: doubles only where a
   * query selects at most one key or a prefix.
   */
  static boolean applies(HeadUnit unit) {
    SelectorNode selector = unit.selector();
    boolean doublesExact = SelectorShapes.atMostOne(selector) || SelectorShapes.prefix(selector);
    return doublesExact || unit.aggregates().stream()
        .noneMatch(a -> a.values().type() == ElementType.DOUBLE);
  }

  static CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    return Selection.write(scope, unit, names, new PositionKernels(scope, unit, names));
  }

  @Override
  public CodeBlock prepare() {
    CodeBlock.Builder code = CodeBlock.builder();
    String k = MethodScope.KEY;
    String n = MethodScope.LENGTH;
    if (sums) {
      for (Aggregate aggregate : unit.aggregates()) {
        ElementType type = aggregate.values().type();
        if (type == ElementType.INT || type == ElementType.DOUBLE) {
          String prefix = names.fresh(scope.variable(aggregate) + "Prefix");
          prefixes.put(aggregate, prefix);
          code.addStatement("$L[] $N = new $L[$N + 1]",
              type == ElementType.INT ? "long" : "double", prefix,
              type == ElementType.INT ? "long" : "double", n);
        }
      }
    }
    if (!prefixes.isEmpty()) {
      // Prefix sums in increasing position, starting from 0 (0.0 for doubles, as the interpreter).
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
      for (Aggregate aggregate : unit.aggregates()) {
        String prefix = prefixes.get(aggregate);
        if (prefix != null) {
          code.addStatement("$N[$N + 1] = $N[$N] + $L",
              prefix, k, prefix, k, scope.value(aggregate.values(), k));
        }
      }
      code.endControlFlow();
    }
    return code.build();
  }

  @Override
  public boolean atMostOne() {
    return !sums && !mayBreak;
  }

  @Override
  public Summary query(CodeBlock.Builder code) {
    String contiguous = names.fresh("contiguous");
    if (mayBreak) {
      code.addStatement("boolean $N = true", contiguous);
    }
    IntervalCode.Bounds bounds =
        new IntervalCode(scope, names, contiguous, code).write(unit.selector());
    String count = names.fresh("count");
    String first = names.fresh("first");
    code.addStatement("int $N = (int) ($N - $N)", count, bounds.hi(), bounds.lo());
    code.addStatement("int $N = (int) $N", first, bounds.lo());
    Map<Aggregate, KernelResults.Sums> sumsOf = new HashMap<>();
    for (Map.Entry<Aggregate, String> entry : prefixes.entrySet()) {
      String prefix = entry.getValue();
      CodeBlock sum = CodeBlock.of("$N[(int) $N] - $N[(int) $N]",
          prefix, bounds.hi(), prefix, bounds.lo());
      sumsOf.put(entry.getKey(), entry.getKey().values().type() == ElementType.INT
          ? new KernelResults.Sums(sum, null, null)
          : new KernelResults.Sums(null, CodeBlock.of("$N[(int) $N]", prefix, bounds.hi()),
              CodeBlock.of("$N == 0L", bounds.lo())));
    }
    return new Summary(count, first, sumsOf, mayBreak ? CodeBlock.of("$N", contiguous) : null);
  }

  /** Whether an or, a not or a != can make the selected keys more than one interval. */
  static boolean mayBreak(SelectorNode selector) {
    return !SelectorShapes.conjuncts(selector).stream()
        .allMatch(conjunct -> conjunct instanceof Select select
            && SelectorShapes.comparison(select) != Builtin.NE);
  }
}
