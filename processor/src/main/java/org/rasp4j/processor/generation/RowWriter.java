package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorWidth;

/**
 * The exact computation of a head's outputs at one query {@code q}, as the interpreter makes it:
 * one pass over the keys {@code k} in increasing position that tests the selector and feeds every
 * aggregate and selector width. The general kernel runs it for every query; the other kernels run
 * it for a query whose result they cannot reproduce bit for bit (an overflowing sum, whose
 * message lists the selected positions; two characters selected; a double sum in another order).
 *
 * <p>A sum follows RASPy: no key selected gives the default, one gives that value unchanged, two
 * or more give the int sum (overflow is an error), the double sum, or an error for values that
 * cannot be summed. A mean is the double mean; a width counts its own selector's keys.
 */
final class RowWriter {
  private final MethodScope scope;
  private final HeadUnit unit;
  private final List<Select> failingSelects;
  private final Identifiers names;
  private final String selected;

  /**
   * @param names the loop's temporaries, from which this row takes its own
   * @param selected the array of the current query's selected key positions, declared by {@link
   *     #declarePositions}, or null when no aggregate of the unit may fail
   */
  RowWriter(MethodScope scope, HeadUnit unit, List<Select> failingSelects, Identifiers names,
      String selected) {
    this.scope = scope;
    this.unit = unit;
    this.failingSelects = failingSelects;
    this.names = names;
    this.selected = selected;
  }

  /** Whether a unit needs the array of selected positions: one of its aggregates may fail. */
  private static boolean needsPositions(MethodScope scope, HeadUnit unit) {
    return unit.aggregates().stream().anyMatch(scope.plan().hazards()::mayFail);
  }

  /**
   * Declares the selected-positions array (outside the query loop, so it takes a name of the
   * method's scope) when the unit needs it; returns its name or null.
   */
  static String declarePositions(MethodScope scope, HeadUnit unit, CodeBlock.Builder code) {
    if (!needsPositions(scope, unit)) {
      return null;
    }
    String selected = scope.fresh("selected");
    // The selected key positions of the current query, for an error message: allocated by the
    // first row that lists them, since a kernel's exact rows run only where one may fail.
    code.addStatement("int[] $N = null", selected);
    return selected;
  }

  /** The statements computing every output of the unit at query {@code q}. */
  CodeBlock write() {
    CodeBlock.Builder code = CodeBlock.builder();
    List<Sum> sums = new ArrayList<>();
    for (Aggregate aggregate : unit.aggregates()) {
      sums.add(new Sum(aggregate, scope.variable(aggregate)));
    }
    Map<SelectorWidth, String> widthCounts = new HashMap<>();
    for (SelectorWidth width : unit.widths()) {
      widthCounts.put(width, names.fresh(scope.variable(width) + "Count"));
    }
    Map<Node, String> hoisted = new HashMap<>();
    for (Select select : failingSelects) {
      hoisted.put(select, names.fresh(
          (select.name() == null ? "selected" : select.name()) + "Holds"));
    }
    SelectorWriter selectors = new SelectorWriter(scope, hoisted);
    String count = names.fresh("count");
    String q = MethodScope.QUERY;
    String k = MethodScope.KEY;
    if (!sums.isEmpty()) {
      code.addStatement("int $N = 0", count);
    }
    for (Sum sum : sums) {
      sum.declare(code);
    }
    for (SelectorWidth width : unit.widths()) {
      code.addStatement("int $N = 0", widthCounts.get(width));
    }
    if (selected != null) {
      code.beginControlFlow("if ($N == null)", selected);
      code.addStatement("$N = new int[$N]", selected, MethodScope.LENGTH);
      code.endControlFlow();
    }
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, MethodScope.LENGTH, k);
    for (Select select : failingSelects) {
      code.add(selectors.hoist(select));
    }
    if (!sums.isEmpty()) {
      code.beginControlFlow("if ($L)", selectors.test(unit.selector()));
      for (Sum sum : sums) {
        sum.add(code, count);
      }
      if (selected != null) {
        code.addStatement("$N[$N] = $N", selected, count, k);
      }
      code.addStatement("$N++", count);
      code.endControlFlow();
    }
    for (SelectorWidth width : unit.widths()) {
      code.beginControlFlow("if ($L)", selectors.test(width.selector()));
      code.addStatement("$N++", widthCounts.get(width));
      code.endControlFlow();
    }
    code.endControlFlow();
    for (Sum sum : sums) {
      sum.result(code, count);
    }
    for (SelectorWidth width : unit.widths()) {
      code.addStatement("$N[$N] = $N", scope.variable(width), q, widthCounts.get(width));
    }
    return code.build();
  }

  /** One aggregate's accumulators over the keys of a query, and its result. */
  private final class Sum {
    private final Aggregate aggregate;
    private final String result;
    private final String total;
    private final String first;
    private final ElementType type;
    private final boolean mean;
    private final boolean keepsFirst;

    Sum(Aggregate aggregate, String result) {
      this.aggregate = aggregate;
      this.result = result;
      this.type = aggregate.values().type();
      this.mean = aggregate.reduction() == Reduction.MEAN;
      this.total = names.fresh(result + "Sum");
      this.first = names.fresh(result + "First");
      // One selected double passes unchanged (-0.0 stays -0.0); a char, boolean or String too.
      this.keepsFirst = !mean && type != ElementType.INT;
    }

    private boolean numeric() {
      return type == ElementType.INT || type == ElementType.DOUBLE;
    }

    /** Whether an int sum must be checked: the analysis could not rule out an overflow. */
    private boolean checkedIntSum() {
      return !mean && type == ElementType.INT && scope.plan().hazards().mayFail(aggregate);
    }

    void declare(CodeBlock.Builder code) {
      if (mean || type == ElementType.DOUBLE) {
        code.addStatement("double $N = 0.0", total);
      } else if (type == ElementType.INT) {
        code.addStatement("$L $N = 0", checkedIntSum() ? "long" : "int", total);
      }
      if (keepsFirst) {
        code.addStatement("$T $N = $L", JavaLiterals.type(type), first, JavaLiterals.zero(type));
      }
    }

    void add(CodeBlock.Builder code, String count) {
      CodeBlock value = scope.value(aggregate.values(), MethodScope.KEY);
      if (keepsFirst) {
        code.beginControlFlow("if ($N == 0)", count);
        code.addStatement("$N = $L", first, value);
        code.endControlFlow();
      }
      if (mean || numeric()) {
        code.addStatement("$N += $L", total, value);
      }
    }

    void result(CodeBlock.Builder code, String count) {
      String q = MethodScope.QUERY;
      CodeBlock none = JavaLiterals.of(aggregate.effectiveDefault());
      code.beginControlFlow("if ($N == 0)", count);
      code.addStatement("$N[$N] = $L", result, q, none);
      if (mean) {
        code.nextControlFlow("else");
        code.addStatement("$N[$N] = $N / $N", result, q, total, count);
      } else if (type == ElementType.INT) {
        if (checkedIntSum()) {
          code.nextControlFlow("else if ($N != (int) $N)", total, total);
          fail(code, CodeBlock.of("$T.sumOverflow($N, $N, $N)",
              SupportTypes.PROBLEMS, selected, count, total));
          code.nextControlFlow("else");
          code.addStatement("$N[$N] = (int) $N", result, q, total);
        } else {
          code.nextControlFlow("else");
          code.addStatement("$N[$N] = $N", result, q, total);
        }
      } else {
        code.nextControlFlow("else if ($N == 1)", count);
        code.addStatement("$N[$N] = $N", result, q, first);
        code.nextControlFlow("else");
        if (type == ElementType.DOUBLE) {
          code.addStatement("$N[$N] = $N", result, q, total);
        } else {
          fail(code, CodeBlock.of("$T.cannotSum($S, $N, $N)",
              SupportTypes.PROBLEMS, type.toString(), selected, count));
        }
      }
      code.endControlFlow();
    }

    private void fail(CodeBlock.Builder code, CodeBlock problem) {
      code.add(scope.fail(aggregate, MethodScope.QUERY, problem, null));
      if (scope.plan().deferred(aggregate)) {
        code.addStatement("$N[$N] = $L", result, MethodScope.QUERY, scope.placeholder(aggregate));
      }
    }
  }
}
