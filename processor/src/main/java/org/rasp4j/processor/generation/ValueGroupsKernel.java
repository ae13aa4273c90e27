package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * {@code key(x) == query(y)} on values (histogram, count, most_freq; sort's {@code key(target) ==
 * query(indices)} and flip's {@code key(length - indices - 1) == query(indices)}, whose key side is
 * not known to be injective), several such and-ed (one group per tuple of values), and-ed with
 * positional comparisons (hist2's {@code key(indices) < query(indices)}): the keys are grouped by
 * value once (sorting their codes, no boxing), each group's positions in increasing order with its prefix sums; a
 * query looks its group up and, under a positional condition, the interval's ends by binary
 * search. A group's double running sum adds in the interpreter's order, so doubles are exact for
 * a whole group or a prefix of it. O(n) without, O(n log n) with a positional condition.
 *
 * @param values the value equalities
 * @param positions the positional conjuncts, and-ed; null when there are none
 */
record ValueGroupsKernel(List<Select> values, SelectorNode positions) implements Kernel {
  static final String NAME = "value-groups";

  ValueGroupsKernel {
    values = List.copyOf(values);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The kernel for a unit's selector, or null when it does not have this shape or is inexact. */
  static ValueGroupsKernel match(HeadUnit unit) {
    List<Select> equalities = new ArrayList<>();
    SelectorNode positions = null;
    for (SelectorNode conjunct : SelectorShapes.conjuncts(unit.selector())) {
      if (SelectorShapes.valueEquality(conjunct)) {
        equalities.add((Select) conjunct);
      } else if (SelectorShapes.positional(conjunct)) {
        positions = positions == null ? conjunct : SelectorLogic.and(positions, conjunct);
      } else {
        return null;
      }
    }
    if (equalities.isEmpty()) {
      return null;
    }
    boolean doublesExact = positions == null || SelectorShapes.atMostOne(positions)
        || SelectorShapes.prefix(positions);
    if (!doublesExact && unit.aggregates().stream()
        .anyMatch(a -> a.values().type() == ElementType.DOUBLE)) {
      return null;
    }
    return new ValueGroupsKernel(equalities, positions);
  }

  @Override
  public CodeBlock write(MethodScope scope, HeadUnit unit, Identifiers names) {
    return Selection.write(scope, unit, names, selection(scope, unit, names));
  }

  /** The groups as a selection, for this kernel or one that adds a position to it. */
  Selection selection(MethodScope scope, HeadUnit unit, Identifiers names) {
    return new Groups(scope, unit, names);
  }

  private final class Groups implements Selection {
    private final MethodScope scope;
    private final HeadUnit unit;
    private final Identifiers names;
    private final boolean sums;
    private final boolean mayBreak;
    private final List<String> groupings = new ArrayList<>();
    private final Map<Aggregate, String> prefixes = new HashMap<>();
    private String start;
    private String members;

    Groups(MethodScope scope, HeadUnit unit, Identifiers names) {
      this.scope = scope;
      this.unit = unit;
      this.names = names;
      this.sums = positions == null || !SelectorShapes.atMostOne(positions);
      this.mayBreak = positions != null && PositionKernels.mayBreak(positions);
    }

    @Override
    public boolean atMostOne() {
      return !sums && !mayBreak;
    }

    @Override
    public CodeBlock prepare() {
      CodeBlock.Builder code = CodeBlock.builder();
      String k = MethodScope.KEY;
      String n = MethodScope.LENGTH;
      String codes = names.fresh("codes");
      code.add("// keys grouped by value: each group's positions in increasing order\n");
      code.addStatement("long[] $N = new long[$N]", codes, n);
      for (int leaf = 0; leaf < values.size(); leaf++) {
        String grouping = names.fresh("grouping");
        code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
        CodeBlock value = code(scope, values.get(leaf).keys(), k);
        if (leaf == 0) {
          code.addStatement("$N[$N] = $L", codes, k, value);
        } else {
          code.addStatement("$N[$N] = $T.pair($N.groupOf()[$N], $L)",
              codes, k, SupportTypes.GROUPING, groupings.get(leaf - 1), k, value);
        }
        code.endControlFlow();
        code.addStatement("$T $N = $T.of($N)",
            SupportTypes.GROUPING, grouping, SupportTypes.GROUPING, codes);
        groupings.add(grouping);
      }
      String last = groupings.get(groupings.size() - 1);
      String groups = names.fresh("groups");
      start = names.fresh("groupStart");
      members = names.fresh("members");
      code.addStatement("int $N = $N.groups()", groups, last);
      code.addStatement("int[] $N = $N.start()", start, last);
      code.addStatement("int[] $N = $N.members()", members, last);
      for (Aggregate aggregate : unit.aggregates()) {
        ElementType type = aggregate.values().type();
        if (sums && (type == ElementType.INT || type == ElementType.DOUBLE)) {
          String prefix = names.fresh(scope.variable(aggregate) + "Prefix");
          prefixes.put(aggregate, prefix);
          // Group g's prefix sums at [start[g] + g, start[g + 1] + g]: each group starts at 0.
          code.addStatement("$L[] $N = new $L[$N + $N]",
              type == ElementType.INT ? "long" : "double", prefix,
              type == ElementType.INT ? "long" : "double", n, groups);
        }
      }
      if (!prefixes.isEmpty()) {
        String g = names.fresh("g");
        String j = names.fresh("j");
        code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", g, g, groups, g);
        code.beginControlFlow("for (int $N = $N[$N]; $N < $N[$N + 1]; $N++)",
            j, start, g, j, start, g, j);
        code.addStatement("int $N = $N[$N]", k, members, j);
        for (Aggregate aggregate : unit.aggregates()) {
          String prefix = prefixes.get(aggregate);
          if (prefix != null) {
            code.addStatement("$N[$N + $N + 1] = $N[$N + $N] + $L",
                prefix, j, g, prefix, j, g, scope.value(aggregate.values(), k));
          }
        }
        code.endControlFlow();
        code.endControlFlow();
      }
      return code.build();
    }

    @Override
    public Summary query(CodeBlock.Builder code) {
      String q = MethodScope.QUERY;
      String g = names.fresh("g");
      String from = names.fresh("from");
      String to = names.fresh("to");
      String count = names.fresh("count");
      String first = names.fresh("first");
      String contiguous = names.fresh("contiguous");
      for (int leaf = 0; leaf < values.size(); leaf++) {
        CodeBlock value = code(scope, values.get(leaf).queries(), q);
        if (leaf == 0) {
          code.addStatement("int $N = $N.find($L)", g, groupings.get(0), value);
        } else {
          code.addStatement("$N = $N < 0 ? -1 : $N.find($T.pair($N, $L))",
              g, g, groupings.get(leaf), SupportTypes.GROUPING, g, value);
        }
      }
      code.addStatement("int $N = $N < 0 ? 0 : $N[$N]", from, g, start, g);
      code.addStatement("int $N = $N < 0 ? 0 : $N[$N + 1]", to, g, start, g);
      if (mayBreak) {
        code.addStatement("boolean $N = true", contiguous);
      }
      String a = from;
      String b = to;
      if (positions != null) {
        IntervalCode.Bounds bounds =
            new IntervalCode(scope, names, contiguous, code).write(positions);
        a = names.fresh("a");
        b = names.fresh("b");
        code.addStatement("int $N = $T.lowerBound($N, $N, $N, $N)",
            a, SupportTypes.SORTED, members, from, to, bounds.lo());
        code.addStatement("int $N = $T.lowerBound($N, $N, $N, $N)",
            b, SupportTypes.SORTED, members, a, to, bounds.hi());
      }
      code.addStatement("int $N = $N - $N", count, b, a);
      code.addStatement("int $N = $N > 0 ? $N[$N] : 0", first, count, members, a);
      Map<Aggregate, KernelResults.Sums> sumsOf = new HashMap<>();
      for (Map.Entry<Aggregate, String> entry : prefixes.entrySet()) {
        String prefix = entry.getValue();
        CodeBlock sum = CodeBlock.of("$N[$N + $N] - $N[$N + $N]", prefix, b, g, prefix, a, g);
        sumsOf.put(entry.getKey(), entry.getKey().values().type() == ElementType.INT
            ? new KernelResults.Sums(sum, null, null)
            : new KernelResults.Sums(null, CodeBlock.of("$N[$N + $N]", prefix, b, g),
                CodeBlock.of("$N == $N", a, from)));
      }
      return new Summary(count, first, sumsOf, mayBreak ? CodeBlock.of("$N", contiguous) : null);
    }
  }

  /** A value as a group code: ints and chars as themselves, booleans as 1 and 0. */
  private static CodeBlock code(MethodScope scope, SopNode node, String position) {
    CodeBlock value = scope.value(node, position);
    return node.type() == ElementType.BOOL ? CodeBlock.of("$L ? 1L : 0L", value) : value;
  }
}
