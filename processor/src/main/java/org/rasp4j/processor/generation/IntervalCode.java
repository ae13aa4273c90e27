package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;

/**
 * The keys a positional selector ({@link SelectorShapes#positional}) selects for query q, as an
 * interval [lo, hi) of positions (longs, so {@code x + 1} cannot overflow; an empty interval is
 * [0, 0)). {@code key(indices) == query(x)} is [x, x + 1), {@code <} is [0, x), {@code >=} is
 * [x, n), and so on, clipped to [0, n); and intersects. An or, a not or a {@code !=} is an interval
 * only for some queries: where it is not, {@code contiguous} is set to false and the kernel
 * computes that query's row exactly instead.
 */
final class IntervalCode {
  /** The interval's bounds: names of long locals. */
  record Bounds(String lo, String hi) {}

  private final MethodScope scope;
  private final Identifiers names;
  private final String contiguous;
  private final CodeBlock.Builder code;

  /**
   * @param contiguous the name of a declared boolean local, true on entry
   */
  IntervalCode(MethodScope scope, Identifiers names, String contiguous, CodeBlock.Builder code) {
    this.scope = scope;
    this.names = names;
    this.contiguous = contiguous;
    this.code = code;
  }

  /** Emits the statements computing the selector's interval at query q. */
  Bounds write(SelectorNode selector) {
    if (selector instanceof Select select) {
      return leaf(select);
    }
    SelectorLogic logic = (SelectorLogic) selector;
    Bounds a = write(logic.operands().get(0));
    return switch (logic.connective()) {
      case AND -> and(a, write(logic.operands().get(1)));
      case OR -> or(a, write(logic.operands().get(1)));
      case NOT -> not(a);
    };
  }

  private Bounds leaf(Select select) {
    Builtin op = SelectorShapes.comparison(select);
    String x = names.fresh("x");
    code.addStatement("long $N = $L", x, scope.value(select.queries(), MethodScope.QUERY));
    CodeBlock at = CodeBlock.of("$N", x);
    CodeBlock after = CodeBlock.of("$N + 1", x);
    CodeBlock zero = CodeBlock.of("0L");
    CodeBlock all = CodeBlock.of("(long) $N", MethodScope.LENGTH);
    return switch (op) {
      case EQ -> interval(at, after);
      case NE -> not(interval(at, after));
      case LT -> interval(zero, at);
      case LE -> interval(zero, after);
      case GT -> interval(after, all);
      case GE -> interval(at, all);
      default -> throw new IllegalArgumentException(select.describe() + " is no comparison");
    };
  }

  private Bounds interval(CodeBlock lo, CodeBlock hi) {
    Bounds bounds = new Bounds(names.fresh("lo"), names.fresh("hi"));
    code.addStatement("long $N = $L", bounds.lo(), lo);
    code.addStatement("long $N = $L", bounds.hi(), hi);
    clip(bounds);
    return bounds;
  }

  /** Clips to [0, n); an empty interval becomes [0, 0). */
  private void clip(Bounds b) {
    code.addStatement("$N = $T.max($N, 0L)", b.lo(), Math.class, b.lo());
    code.addStatement("$N = $T.min($N, (long) $N)", b.hi(), Math.class, b.hi(),
        MethodScope.LENGTH);
    empty(b);
  }

  private void empty(Bounds b) {
    code.beginControlFlow("if ($N >= $N)", b.lo(), b.hi());
    code.addStatement("$N = 0L", b.lo());
    code.addStatement("$N = 0L", b.hi());
    code.endControlFlow();
  }

  private Bounds and(Bounds a, Bounds b) {
    Bounds c = new Bounds(names.fresh("lo"), names.fresh("hi"));
    code.addStatement("long $N = $T.max($N, $N)", c.lo(), Math.class, a.lo(), b.lo());
    code.addStatement("long $N = $T.min($N, $N)", c.hi(), Math.class, a.hi(), b.hi());
    empty(c);
    return c;
  }

  private Bounds or(Bounds a, Bounds b) {
    Bounds c = new Bounds(names.fresh("lo"), names.fresh("hi"));
    code.addStatement("long $N = 0L", c.lo());
    code.addStatement("long $N = 0L", c.hi());
    code.beginControlFlow("if ($N == $N)", a.lo(), a.hi());
    code.addStatement("$N = $N", c.lo(), b.lo());
    code.addStatement("$N = $N", c.hi(), b.hi());
    code.nextControlFlow("else if ($N == $N)", b.lo(), b.hi());
    code.addStatement("$N = $N", c.lo(), a.lo());
    code.addStatement("$N = $N", c.hi(), a.hi());
    code.nextControlFlow("else if ($T.max($N, $N) <= $T.min($N, $N))",
        Math.class, a.lo(), b.lo(), Math.class, a.hi(), b.hi());
    // Overlapping or adjacent: one interval.
    code.addStatement("$N = $T.min($N, $N)", c.lo(), Math.class, a.lo(), b.lo());
    code.addStatement("$N = $T.max($N, $N)", c.hi(), Math.class, a.hi(), b.hi());
    code.nextControlFlow("else");
    code.addStatement("$N = false", contiguous);
    code.endControlFlow();
    return c;
  }

  private Bounds not(Bounds a) {
    Bounds c = new Bounds(names.fresh("lo"), names.fresh("hi"));
    code.addStatement("long $N = 0L", c.lo());
    code.addStatement("long $N = 0L", c.hi());
    code.beginControlFlow("if ($N == $N)", a.lo(), a.hi());
    code.addStatement("$N = $N", c.hi(), MethodScope.LENGTH);
    code.nextControlFlow("else if ($N == 0L)", a.lo());
    code.addStatement("$N = $N", c.lo(), a.hi());
    code.addStatement("$N = $N", c.hi(), MethodScope.LENGTH);
    code.nextControlFlow("else if ($N == $N)", a.hi(), MethodScope.LENGTH);
    code.addStatement("$N = $N", c.hi(), a.lo());
    code.nextControlFlow("else");
    code.addStatement("$N = false", contiguous);
    code.endControlFlow();
    empty(c);
    return c;
  }
}
