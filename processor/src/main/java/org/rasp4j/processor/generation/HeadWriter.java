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
import org.rasp4j.ir.SopNode;

/**
 * One attention head as a loop: for each query {@code q}, one pass over the keys {@code k} that
 * tests the selector and feeds every aggregate and selector width of the head. The only place a
 * head is emitted, so a faster kernel for a selector pattern replaces this class's output alone.
 *
 * <p>A sum follows RASPy: no key selected gives the default, one gives that value unchanged, two
 * or more give the int sum (overflow is an error), the double sum, or an error for values that
 * cannot be summed. A mean is the double mean; a width counts its own selector's keys (its two
 * heads in a transformer are one count here).
 */
final class HeadWriter {
  private final MethodScope scope;

  HeadWriter(MethodScope scope) {
    this.scope = scope;
  }

  CodeBlock write(Step.Head head) {
    CodeBlock.Builder code = CodeBlock.builder();
    comments(code, head);
    if (head.aggregates().isEmpty() && head.widths().isEmpty()) {
      return code.build();
    }
    Identifiers names = scope.temporaries();
    Plan plan = scope.plan();
    List<Sum> sums = new ArrayList<>();
    for (Aggregate aggregate : head.aggregates()) {
      sums.add(new Sum(aggregate, scope.variable(aggregate), names));
    }
    Map<SelectorWidth, String> widthCounts = new HashMap<>();
    for (SelectorWidth width : head.widths()) {
      widthCounts.put(width, names.fresh(scope.variable(width) + "Count"));
    }
    Map<Node, String> hoisted = new HashMap<>();
    List<Select> failingSelects = plan.failingSelects(head);
    for (Select select : failingSelects) {
      hoisted.put(select, names.fresh(
          (select.name() == null ? "selected" : select.name()) + "Holds"));
    }
    SelectorWriter selectors = new SelectorWriter(scope, hoisted);
    String count = names.fresh("count");
    boolean positions = sums.stream().anyMatch(sum -> plan.hazards().mayFail(sum.aggregate));
    // Declared outside the query loop, so it takes a name of the method's scope.
    String selected = positions ? scope.fresh("selected") : null;
    String q = MethodScope.QUERY;
    String k = MethodScope.KEY;

    for (Node output : outputs(head)) {
      ElementType type = ((SopNode) output).type();
      code.addStatement("$T $N = new $T[$N]",
          JavaLiterals.arrayType(type), scope.variable(output), JavaLiterals.type(type),
          MethodScope.LENGTH);
    }
    if (positions) {
      // The selected key positions of the current query, for an error message.
      code.addStatement("int[] $N = new int[$N]", selected, MethodScope.LENGTH);
    }
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", q, q, MethodScope.LENGTH, q);
    if (!sums.isEmpty()) {
      code.addStatement("int $N = 0", count);
    }
    for (Sum sum : sums) {
      sum.declare(code);
    }
    for (SelectorWidth width : head.widths()) {
      code.addStatement("int $N = 0", widthCounts.get(width));
    }
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", k, k, MethodScope.LENGTH, k);
    for (Select select : failingSelects) {
      code.add(selectors.hoist(select));
    }
    if (!sums.isEmpty()) {
      code.beginControlFlow("if ($L)", selectors.test(head.selector()));
      for (Sum sum : sums) {
        sum.add(code, count);
      }
      if (positions) {
        code.addStatement("$N[$N] = $N", selected, count, k);
      }
      code.addStatement("$N++", count);
      code.endControlFlow();
    }
    for (SelectorWidth width : head.widths()) {
      code.beginControlFlow("if ($L)", selectors.test(width.selector()));
      code.addStatement("$N++", widthCounts.get(width));
      code.endControlFlow();
    }
    code.endControlFlow();
    for (Sum sum : sums) {
      sum.result(code, count, selected);
    }
    for (SelectorWidth width : head.widths()) {
      code.addStatement("$N[$N] = $N", scope.variable(width), q, widthCounts.get(width));
    }
    code.endControlFlow();
    return code.build();
  }

  private static List<Node> outputs(Step.Head head) {
    List<Node> outputs = new ArrayList<>(head.aggregates());
    outputs.addAll(head.widths());
    return outputs;
  }

  private void comments(CodeBlock.Builder code, Step.Head head) {
    String title = "head " + head.number();
    if (!head.aggregates().isEmpty()) {
      code.add(scope.lineComment(title + ": " + scope.pattern(head.selector()), head.selector()));
    } else if (!head.widths().isEmpty()) {
      code.add("// $L: counts the selected keys of each width below\n", title);
    } else {
      code.add("// $L: the other head of each width below, counted in an earlier head\n", title);
    }
    for (Node output : outputs(head)) {
      code.add(scope.comment("  -> ", output));
    }
    for (SelectorWidth width : head.countedBefore()) {
      code.add(scope.comment("  -> ", width));
    }
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

    Sum(Aggregate aggregate, String result, Identifiers names) {
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

    void result(CodeBlock.Builder code, String count, String selected) {
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
