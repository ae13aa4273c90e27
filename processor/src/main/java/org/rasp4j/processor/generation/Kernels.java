package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;

/**
 * Which kernel computes which outputs of a head. The head's aggregates, with the widths that count
 * the same selector, share one kernel (its structure is built once for all of them); other widths
 * get one per selector. Outputs no fast kernel reproduces exactly share one general loop.
 */
final class Kernels {
  private Kernels() {}

  /** A unit of a head and the kernel that computes it. */
  record Choice(HeadUnit unit, Kernel kernel) {}

  /** The head's units and their kernels, fast kernels first, the general loop (if any) last. */
  static List<Choice> of(Plan plan, Step.Head head) {
    List<HeadUnit> units = HeadUnit.of(head);

    List<Choice> choices = new ArrayList<>();
    List<Aggregate> generalAggregates = new ArrayList<>();
    List<SelectorWidth> generalWidths = new ArrayList<>();
    for (HeadUnit unit : units) {
      Kernel kernel = choose(plan, unit);
      if (kernel == null) {
        generalAggregates.addAll(unit.aggregates());
        generalWidths.addAll(unit.widths());
      } else {
        choices.add(new Choice(unit, kernel));
      }
    }
    if (!generalAggregates.isEmpty() || !generalWidths.isEmpty()) {
      // Its own selectors' failing selects: a query-independent unit computes the others.
      List<SelectorNode> tested = new ArrayList<>();
      if (!generalAggregates.isEmpty()) {
        tested.add(head.selector());
      }
      generalWidths.forEach(width -> tested.add(width.selector()));
      choices.add(new Choice(new HeadUnit(head.selector(), generalAggregates, generalWidths),
          new GeneralKernel(plan.failingSelects(tested))));
    }
    return choices;
  }

  /**
   * The fast kernel for a unit whose outputs all read its selector, or null for the general loop:
   * a kernel applies only where it reproduces every value and error of the interpreter.
   */
  static Kernel choose(Plan plan, HeadUnit unit) {
    SelectorNode selector = unit.selector();
    if (SelectorShapes.queryIndependent(selector)) {
      // A failing predicate too: every query's cells are query 0's, so it fails first there.
      return new QueryIndependentKernel(plan.failingSelects(selector));
    }
    if (selector.leaves().stream().anyMatch(plan.hazards()::mayFail)) {
      return null; // a failing predicate runs on every cell, as in the interpreter
    }
    if (SelectorShapes.positional(selector)) {
      if (!PositionKernels.applies(unit)) {
        return null;
      }
      return SelectorShapes.atMostOne(selector) ? new IndexMapKernel() : new PositionOrderKernel();
    }
    ValueGroupsKernel groups = ValueGroupsKernel.match(unit);
    if (groups != null) {
      return groups;
    }
    ValueOrderKernel order = ValueOrderKernel.match(unit);
    if (order != null) {
      return order;
    }
    return WithPositionKernel.match(unit);
  }

  /**
   * The kernel of every unit of every head, in step order: {@code "layer.head kernel"}, as the
   * generated class lists them.
   */
  static List<String> names(Plan plan) {
    List<String> names = new ArrayList<>();
    for (Step step : plan.steps()) {
      if (step instanceof Step.Head head) {
        for (Choice choice : of(plan, head)) {
          String name = head.layer() + "." + head.number() + " " + choice.kernel().name();
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }
}
