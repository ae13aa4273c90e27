package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;

/**
 * {@code s or p}, where p selects at most one position ({@code key(indices) == query(0)}, the
 * beginning-of-sequence head of the RASP paper's programs) and s has a value-groups or value-order
 * kernel: s's selection, plus p's key where s does not select it already (one test of s at that
 * key). Its int sums add that key's value; doubles would add it out of the interpreter's order, so
 * the kernel does not apply to double values.
 *
 * @param inner the kernel of s
 * @param rest s
 * @param position p
 */
record WithPositionKernel(Kernel inner, SelectorNode rest, SelectorNode position)
    implements Kernel {
  static final String SUFFIX = "+position";

  @Override
  public String name() {
    return inner.name() + SUFFIX;
  }

  /** The kernel for a unit's selector, or null when it does not have this shape or is inexact. */
  static WithPositionKernel match(HeadUnit unit) {
    if (!(unit.selector() instanceof SelectorLogic or)
        || or.connective() != SelectorLogic.Connective.OR
        || unit.aggregates().stream().anyMatch(a -> a.values().type() == ElementType.DOUBLE)) {
      return null;
    }
    for (int i = 0; i < 2; i++) {
      SelectorNode position = or.operands().get(i);
      SelectorNode rest = or.operands().get(1 - i);
      if (SelectorShapes.positional(position) && SelectorShapes.atMostOne(position)
          && !PositionKernels.mayBreak(position)) {
        HeadUnit restUnit = new HeadUnit(rest, unit.aggregates(), List.of());
        Kernel inner = ValueGroupsKernel.match(restUnit);
        if (inner == null) {
          inner = ValueOrderKernel.match(restUnit);
        }
        if (inner != null) {
          return new WithPositionKernel(inner, rest, position);
        }
      }
    }
    return null;
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    HeadUnit restUnit = new HeadUnit(rest, unit.aggregates(), unit.widths());
    Selection restSelection = inner instanceof ValueGroupsKernel groups
        ? groups.selection(scope, restUnit, names)
        : ((ValueOrderKernel) inner).selection(scope, restUnit, names);
    return Selection.write(scope, unit, names, new Selection() {
      @Override
      public CodeBlock prepare() {
        return restSelection.prepare();
      }

      @Override
      public boolean atMostOne() {
        return false;
      }

      @Override
      public Summary query(CodeBlock.Builder code) {
        Summary rest = restSelection.query(code);
        IntervalCode.Bounds bounds =
            new IntervalCode(scope, names, names.fresh("contiguous"), code).write(position);
        String at = names.fresh("at");
        String extra = names.fresh("extra");
        String count = names.fresh("count");
        String first = names.fresh("first");
        code.addStatement("int $N = (int) $N", at, bounds.lo());
        code.addStatement("boolean $N = false", extra);
        code.beginControlFlow("if ($N > $N)", bounds.hi(), bounds.lo());
        // The position's key counts unless the rest of the selector selects it too.
        code.addStatement("int $N = $N", MethodScope.KEY, at);
        code.addStatement("$N = !($L)", extra, new SelectorWriter(scope, Map.of()).test(
            WithPositionKernel.this.rest));
        code.endControlFlow();
        code.addStatement("int $N = $N + ($N ? 1 : 0)", count, rest.count(), extra);
        code.addStatement("int $N = $N && ($N == 0 || $N < $N) ? $N : $N",
            first, extra, rest.count(), at, rest.first(), at, rest.first());
        Map<Aggregate, KernelResults.Sums> sums = new HashMap<>();
        for (Map.Entry<Aggregate, KernelResults.Sums> entry : rest.sums().entrySet()) {
          CodeBlock restSum = entry.getValue().longSum();
          if (restSum != null) {
            sums.put(entry.getKey(), new KernelResults.Sums(CodeBlock.of(
                "($N == 0 ? 0L : $L) + ($N ? (long) $L : 0L)", rest.count(), restSum, extra,
                scope.value(entry.getKey().values(), at)), null, null));
          }
        }
        return new Summary(count, first, sums, rest.exact());
      }
    });
  }
}
