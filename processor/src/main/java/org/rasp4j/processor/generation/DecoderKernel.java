package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.CausalMask;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;

/**
 * How a causal program's decoder computes one head unit at the position just appended, chosen
 * from the selector's shape under the mask ({@code and(base, CausalMask.MASK)}). Every kernel but
 * {@link Scan} keeps running state, so an append costs O(1) amortised per head; each applies only
 * where it reproduces the interpreter's values and errors.
 */
sealed interface DecoderKernel {
  /** The name {@code decoderKernels()} lists. */
  String name();

  /**
   * The keys before the query, from position 0: {@code base} is the mask itself, selects every
   * key, or is {@code key(indices) < query(indices)}; running sums and counts.
   *
   * @param inclusive whether the query's own position is selected (not for {@code <})
   */
  record Prefix(boolean inclusive) implements DecoderKernel {
    static final String NAME = "prefix";

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * {@code key(x) == query(y)} on ints, chars or booleans (values whose equality is that of a
   * long code): running sums and counts per key value, looked up by the query's value.
   *
   * @param equality the select
   */
  record Groups(Select equality) implements DecoderKernel {
    static final String NAME = "groups";

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * {@code key(indices) == query(f)} with f an int: the value at position f(i) when it is visible.
   *
   * @param source the query's int SOp f
   */
  record Position(SopNode source) implements DecoderKernel {
    static final String NAME = "position";

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * Anything else: one pass over the visible keys with the evaluator's row code, O(n) per append.
   *
   * @param failingSelects the selects under the unit's selectors whose predicate may fail
   */
  record Scan(List<Select> failingSelects) implements DecoderKernel {
    static final String NAME = "scan";

    public Scan {
      failingSelects = List.copyOf(failingSelects);
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /** The kernel of a unit of a causal program's head. */
  static DecoderKernel choose(Plan plan, HeadUnit unit) {
    List<SelectorNode> tested = tested(unit);
    List<Select> failing = plan.failingSelects(tested);
    SelectorNode base = unmasked(unit.selector());
    if (!failing.isEmpty() || base == null
        || !tested.stream().allMatch(unit.selector()::equals)) {
      return new Scan(failing);
    }
    if (!(base instanceof Select select)) {
      return new Scan(failing);
    }
    Builtin op = SelectorShapes.comparison(select);
    boolean positions = select.keys() instanceof Indices && select.queries() instanceof Indices;
    if (positions && (op == Builtin.LE || op == Builtin.LT)) {
      return new Prefix(op == Builtin.LE);
    }
    if (op != Builtin.EQ) {
      return new Scan(failing);
    }
    if (select.keys() instanceof Constant key && select.queries() instanceof Constant query) {
      // Equal constants select every key (not doubles: NaN == NaN is false).
      return key.value().equals(query.value()) && !(key.value() instanceof Double)
          ? new Prefix(true)
          : new Scan(failing);
    }
    if (select.keys() instanceof Indices && select.queries().type() == ElementType.INT) {
      return new Position(select.queries());
    }
    ElementType type = select.keys().type();
    if (type == select.queries().type() && !(select.keys() instanceof Indices)
        && (type == ElementType.INT || type == ElementType.CHAR || type == ElementType.BOOL)) {
      return new Groups(select);
    }
    return new Scan(failing);
  }

  /** The selectors a unit tests: its aggregates' selector (when it has any) and its widths'. */
  static List<SelectorNode> tested(HeadUnit unit) {
    List<SelectorNode> tested = new ArrayList<>();
    if (!unit.aggregates().isEmpty()) {
      tested.add(unit.selector());
    }
    for (SelectorWidth width : unit.widths()) {
      tested.add(width.selector());
    }
    return tested;
  }

  /** The selector a masked selector restricts, or null for one that is not masked. */
  static SelectorNode unmasked(SelectorNode selector) {
    if (selector instanceof SelectorLogic logic
        && logic.connective() == SelectorLogic.Connective.AND
        && logic.operands().get(1).equals(CausalMask.MASK)) {
      SelectorNode base = logic.operands().get(0);
      return base.equals(CausalMask.MASK) ? CausalMask.MASK : base;
    }
    return null;
  }
}
