package org.rasp4j.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Select;

/**
 * {@code key(x) < query(y)} (or {@code <=, >, >=}) on int, char or double keys (sort, tracr's
 * sort of doubles made unique): the keys sorted once by (value, position); a query's selected keys
 * are a range of that order, found by binary search, and its int sums differences of prefix sums
 * over it. Double keys are ordered as the operators compare them ({@link
 * SupportTypes#SORTED_DOUBLES}): -0.0 equal to 0.0, NaN keys left out of the order (no comparison
 * selects them), and the search tests the operator itself, so a NaN query selects nothing. A
 * double sum over keys in value order would not add in the interpreter's order, so the kernel does
 * not apply to double values (it does to double keys). O(n log n).
 *
 * @param select the value comparison
 * @param tieBreak whether equal values are ordered by position ({@link
 *     SelectorShapes#lexicographic}): the keys before the query's (value, position)
 */
record ValueOrderKernel(Select select, boolean tieBreak) implements Kernel {
  static final String NAME = "value-order";

  @Override
  public String name() {
    return NAME;
  }

  /** The kernel for a unit's selector, or null when it does not have this shape or is inexact. */
  static ValueOrderKernel match(HeadUnit unit) {
    if (unit.aggregates().stream().anyMatch(a -> a.values().type() == ElementType.DOUBLE)) {
      return null;
    }
    if (SelectorShapes.valueOrder(unit.selector())) {
      return new ValueOrderKernel((Select) unit.selector(), false);
    }
    Select lexicographic = SelectorShapes.lexicographic(unit.selector());
    return lexicographic == null ? null : new ValueOrderKernel(lexicographic, true);
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    return Selection.write(scope, unit, names, selection(scope, unit, names));
  }

  /** The sorted keys as a selection, for this kernel or one that adds a position to it. */
  Selection selection(MethodScope scope, HeadUnit unit, Identifiers names) {
    return new SortedKeys(scope, unit, names);
  }

  private final class SortedKeys implements Selection {
    private final MethodScope scope;
    private final HeadUnit unit;
    private final Identifiers names;
    private final Map<Aggregate, String> prefixes = new HashMap<>();
    private String order;
    private String keyValues;
    private String sortedKeys;
    private String positions;
    private String ordered;
    private String rank;

    SortedKeys(MethodScope scope, HeadUnit unit, Identifiers names) {
      this.scope = scope;
      this.unit = unit;
      this.names = names;
    }

    @Override
    public boolean atMostOne() {
      return false;
    }

    @Override
    public CodeBlock prepare() {
      CodeBlock.Builder code = CodeBlock.builder();
      String k = MethodScope.KEY;
      String n = MethodScope.LENGTH;
      sortedKeys = names.fresh("sortedKeys");
      positions = names.fresh("positions");
      if (doubles()) {
        sortDoubles(code);
      } else {
        sortInts(code);
      }
      if (rankIsTheBound()) {
        // A NaN key is left out of the order and keeps rank 0: as a query it selects nothing.
        rank = names.fresh("rank");
        code.addStatement("int[] $N = new int[$N]", rank, n);
      }
      for (Aggregate aggregate : unit.aggregates()) {
        if (aggregate.values().type() == ElementType.INT) {
          String prefix = names.fresh(scope.variable(aggregate) + "Prefix");
          prefixes.put(aggregate, prefix);
          code.addStatement("long[] $N = new long[$N + 1]", prefix, n);
        }
      }
      String i = names.fresh("r");
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, ordered, i);
      if (doubles()) {
        code.addStatement("int $N = $N[$N]", k, positions, i);
        code.addStatement("$N[$N] = $N[$N]", sortedKeys, i, keyValues, k);
      } else {
        code.addStatement("$N[$N] = (int) ($N[$N] >> 32)", sortedKeys, i, order, i);
        code.addStatement("$N[$N] = (int) $N[$N]", positions, i, order, i);
        code.addStatement("int $N = $N[$N]", k, positions, i);
      }
      if (rank != null) {
        code.addStatement("$N[$N] = $N", rank, k, i);
      }
      for (Aggregate aggregate : unit.aggregates()) {
        String prefix = prefixes.get(aggregate);
        if (prefix != null) {
          code.addStatement("$N[$N + 1] = $N[$N] + $L",
              prefix, i, prefix, i, scope.value(aggregate.values(), k));
        }
      }
      code.endControlFlow();
      return code.build();
    }

    /** The (value, position) codes of the keys, sorted; n of them. */
    private void sortInts(CodeBlock.Builder code) {
      String k = MethodScope.KEY;
      String n = MethodScope.LENGTH;
      order = names.fresh("order");
      ordered = n;
      code.add("// keys sorted by (value, position)\n");
      code.addStatement("long[] $N = new long[$N]", order, n);
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
      code.addStatement("$N[$N] = ((long) $L << 32) | $N",
          order, k, scope.value(select.keys(), k), k);
      code.endControlFlow();
      code.addStatement("$T.sort($N)", SupportTypes.SORTED, order);
      code.addStatement("int[] $N = new int[$N]", sortedKeys, n);
      code.addStatement("int[] $N = new int[$N]", positions, n);
    }

    /** The positions of the keys that are not NaN, in (value, position) order; ordered of them. */
    private void sortDoubles(CodeBlock.Builder code) {
      String k = MethodScope.KEY;
      String n = MethodScope.LENGTH;
      keyValues = names.fresh("keyValues");
      ordered = names.fresh("ordered");
      code.add("// keys sorted by (value, position) as the operators compare them: NaN in no"
          + " order\n");
      code.addStatement("double[] $N = new double[$N]", keyValues, n);
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
      code.addStatement("$N[$N] = $L", keyValues, k, scope.value(select.keys(), k));
      code.endControlFlow();
      code.addStatement("int[] $N = $T.order($N)", positions, SupportTypes.SORTED_DOUBLES,
          keyValues);
      code.addStatement("int $N = $N.length", ordered, positions);
      code.addStatement("double[] $N = new double[$N]", sortedKeys, ordered);
    }

    @Override
    public Summary query(CodeBlock.Builder code) {
      String q = MethodScope.QUERY;
      String n = MethodScope.LENGTH;
      String y = names.fresh("y");
      String a = names.fresh("a");
      String b = names.fresh("b");
      String count = names.fresh("count");
      String first = names.fresh("first");
      if (rank == null) {
        code.addStatement("$L $N = $L", doubles() ? "double" : "long", y,
            scope.value(select.queries(), q));
      }
      Builtin op = SelectorShapes.comparison(select);
      if (rank != null) {
        // Before (y, q) in the order of (value, position), where (y, q) is the code of key q
        // itself: the keys before it, its rank.
        code.addStatement("int $N = 0", a);
        code.addStatement("int $N = $N[$N]", b, rank, q);
      } else if (doubles()) {
        doubleRange(code, op, a, b, y);
      } else if (tieBreak) {
        // Before (y, q) in the order of (value, position): a prefix of the sorted codes.
        code.addStatement("int $N = 0", a);
        code.addStatement("int $N = $T.lowerBound($N, 0, $N, ($N << 32) | $N)",
            b, SupportTypes.SORTED, order, n, y, q);
      } else {
        switch (op) {
          case LT -> range(code, a, "0", b, sortedKeys, CodeBlock.of("$N", y));
          case LE -> range(code, a, "0", b, sortedKeys, CodeBlock.of("$N + 1", y));
          case GT -> range(code, b, n, a, sortedKeys, CodeBlock.of("$N + 1", y));
          case GE -> range(code, b, n, a, sortedKeys, CodeBlock.of("$N", y));
          default -> throw new IllegalStateException(select.describe() + " is no order");
        }
      }
      code.addStatement("int $N = $N - $N", count, b, a);
      code.addStatement("int $N = $N > 0 ? $N[$N] : 0", first, count, positions, a);
      Map<Aggregate, KernelResults.Sums> sumsOf = new HashMap<>();
      for (Map.Entry<Aggregate, String> entry : prefixes.entrySet()) {
        String prefix = entry.getValue();
        sumsOf.put(entry.getKey(), new KernelResults.Sums(
            CodeBlock.of("$N[$N] - $N[$N]", prefix, b, prefix, a), null, null));
      }
      return new Summary(count, first, sumsOf, null);
    }

    /**
     * The range [a, b) of the ordered double keys that query value y selects: each bound searched
     * with the operator itself, so NaN and -0.0 select exactly as in the interpreter.
     */
    private void doubleRange(CodeBlock.Builder code, Builtin op, String a, String b, String y) {
      ClassName sorted = SupportTypes.SORTED_DOUBLES;
      if (tieBreak) {
        // Before (y, q) in the order of (value, position): x < y, or x == y and earlier.
        code.addStatement("int $N = 0", a);
        code.addStatement("int $N = $T.countBefore($N, $N, $N, $N, $N)",
            b, sorted, sortedKeys, positions, ordered, y, MethodScope.QUERY);
        return;
      }
      boolean orEqual = op == Builtin.LE || op == Builtin.GE;
      switch (op) {
        case LT, LE -> {
          code.addStatement("int $N = 0", a);
          code.addStatement("int $N = $T.countBelow($N, $N, $N, $L)",
              b, sorted, sortedKeys, ordered, y, orEqual);
        }
        case GT, GE -> {
          code.addStatement("int $N = $T.firstAbove($N, $N, $N, $L)",
              a, sorted, sortedKeys, ordered, y, orEqual);
          code.addStatement("int $N = $N", b, ordered);
        }
        default -> throw new IllegalStateException(select.describe() + " is no order");
      }
    }
  }

  /** Whether the compared values are doubles, ordered as the operators compare them. */
  private boolean doubles() {
    return select.keys().type() == ElementType.DOUBLE;
  }

  /**
   * Whether a query's bound is its own rank: ordered by (value, position) with the same SOp on
   * both sides (sort, minimum), the query's code is key q's, so the keys before it are as many as
   * its rank in the sorted codes (codes are distinct: positions are), with no search.
   */
  private boolean rankIsTheBound() {
    return tieBreak && select.keys().equals(select.queries());
  }

  /** One end fixed, the other the first key at least {@code bound} in value order. */
  private static void range(CodeBlock.Builder code, String fixed, String fixedValue,
      String searched, String sortedKeys, CodeBlock bound) {
    code.addStatement("int $N = $L", fixed, fixedValue);
    code.addStatement("int $N = $T.lowerBound($N, 0, $N, $L)",
        searched, SupportTypes.SORTED, sortedKeys, MethodScope.LENGTH, bound);
  }
}
