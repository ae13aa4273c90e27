package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Indices;
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
 * <p>When the only equality is {@code key(x) == query(indices)} on ints ({@link #POSITION_NAME}:
 * flip, ralign, sort's target), a query can only equal a key value in [0, n): the keys are grouped
 * by a counting sort over [0, n), ignoring the other values, and query q's group is q itself. O(n)
 * without a positional condition.
 *
 * @param values the value equalities
 * @param positions the positional conjuncts, and-ed; null when there are none
 * @param dense whether the groups are counted over the query positions [0, n)
 */
record ValueGroupsKernel(List<Select> values, SelectorNode positions, boolean dense)
    implements Kernel {
  static final String NAME = "value-groups";
  static final String POSITION_NAME = "position-groups";

  ValueGroupsKernel {
    values = List.copyOf(values);
  }

  @Override
  public String name() {
    return dense ? POSITION_NAME : NAME;
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
    boolean dense = equalities.size() == 1
        && equalities.get(0).queries() instanceof Indices
        && equalities.get(0).keys().type() == ElementType.INT;
    return new ValueGroupsKernel(equalities, positions, dense);
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
      String groups = dense ? prepareDense(code) : prepareSorted(code);
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

    /** Groups by sorting the keys' codes (any values, several equalities); their number's name. */
    private String prepareSorted(CodeBlock.Builder code) {
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
      return groups;
    }

    /**
     * Groups by counting the key values in [0, n), the only ones a query position equals: group
     * v holds the keys of value v, in increasing position. Returns the name of their number, n.
     */
    private String prepareDense(CodeBlock.Builder code) {
      String k = MethodScope.KEY;
      String n = MethodScope.LENGTH;
      // The key values are read twice: from their array when they have one, else computed once.
      String stored = scope.array(values.get(0).keys());
      String keyValues = stored != null ? stored : names.fresh("keyValues");
      String v = names.fresh("v");
      String g = names.fresh("g");
      String next = names.fresh("next");
      start = names.fresh("groupStart");
      members = names.fresh("members");
      code.add("// keys grouped by value, counted over [0, n): each group's positions in increasing"
          + " order\n");
      if (stored == null) {
        code.addStatement("int[] $N = new int[$N]", keyValues, n);
      }
      code.addStatement("int[] $N = new int[$N + 1]", start, n);
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
      code.addStatement("int $N = $L", v, scope.value(values.get(0).keys(), k));
      if (stored == null) {
        code.addStatement("$N[$N] = $N", keyValues, k, v);
      }
      code.beginControlFlow("if ($N >= 0 && $N < $N)", v, v, n);
      code.addStatement("$N[$N + 1]++", start, v);
      code.endControlFlow();
      code.endControlFlow();
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", g, g, n, g);
      code.addStatement("$N[$N + 1] += $N[$N]", start, g, start, g);
      code.endControlFlow();
      code.addStatement("int[] $N = $N.clone()", next, start);
      code.addStatement("int[] $N = new int[$N[$N]]", members, start, n);
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, n, k);
      code.addStatement("int $N = $N[$N]", v, keyValues, k);
      code.beginControlFlow("if ($N >= 0 && $N < $N)", v, v, n);
      code.addStatement("$N[$N[$N]++] = $N", members, next, v, k);
      code.endControlFlow();
      code.endControlFlow();
      return n;
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
      if (dense) {
        code.addStatement("int $N = $N", g, q); // query q equals the keys of value q
      }
      for (int leaf = 0; !dense && leaf < values.size(); leaf++) {
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
