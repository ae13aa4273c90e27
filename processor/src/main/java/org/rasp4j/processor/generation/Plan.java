package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * How one program becomes loops: the steps (layer by layer, each head then the fused MLP), which
 * values live in arrays, and when each possible run-time error is thrown.
 *
 * <p>The reference interpreter evaluates the nodes one after the other in {@link
 * Schedule#nodes()} order, each over all positions, so when several computations would fail it
 * reports the first failing node in that order, at that node's first failing position. Generated
 * code runs in layer order and fuses nodes into shared loops, which would surface a different
 * error. So each node that may fail is either <em>immediate</em> — every node that may fail before
 * it in interpreter order lives in an earlier step, so it throws at once — or <em>deferred</em>: it
 * records its first failure, the loop goes on with a placeholder value, and the record is thrown
 * after the step at which every node that may fail before it has completed, in interpreter order.
 * The first error thrown is then the interpreter's: nodes before the interpreter's failing node
 * read only valid values and do not fail, and that node's failure is recorded (or thrown) with the
 * same position and message before any later node's is thrown.
 */
final class Plan {
  private final SopNode output;
  private final List<Node> nodes;
  private final Map<Node, Node> canonical = new HashMap<>();
  private final Map<Node, Integer> order = new HashMap<>();
  private final Hazards hazards;
  private final List<Step> steps = new ArrayList<>();
  private final Set<Node> arrays = new HashSet<>();
  private final Set<Node> deferred = new LinkedHashSet<>();
  private final Map<Integer, List<Node>> checks = new HashMap<>();
  private final Layout layout;
  private int totalCost;

  private Plan(Schedule schedule, Layout layout) {
    this.layout = layout;
    this.output = schedule.output();
    this.nodes = schedule.nodes();
    for (Node node : nodes) {
      canonical.putIfAbsent(node, node);
      order.putIfAbsent(node, order.size());
    }
    this.hazards = Hazards.of(nodes);
    for (Layer layer : schedule.layers()) {
      addSteps(layer);
    }
    chooseArrays();
    orderFailures();
  }

  /**
   * The plan for a schedule.
   *
   * @throws IllegalStateException if the program holds a run-time lambda
   */
  static Plan of(Schedule schedule) {
    return new Plan(schedule, Layout.DEFAULT);
  }

  /**
   * The plan for a schedule, its steps sliced to the layout's sizes.
   *
   * @throws IllegalStateException if the program holds a run-time lambda
   */
  static Plan of(Schedule schedule, Layout layout) {
    return new Plan(schedule, layout);
  }

  /**
   * Whether each step runs in a method of its own (a large program), rather than all inside
   * {@code evaluate}.
   */
  boolean split() {
    return totalCost > layout.maxInlineCost();
  }

  SopNode output() {
    return output;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  Hazards hazards() {
    return hazards;
  }

  /**
   * The node object the interpreter uses for this computation (the first met in its order): its
   * name and line are what messages and comments show.
   */
  Node canonical(Node node) {
    return canonical.getOrDefault(node, node);
  }

  /** The nodes of the program, inputs first (the interpreter's order). */
  List<Node> nodes() {
    return nodes;
  }

  /** Whether an elementwise value is stored in an array (else it is a local of its MLP loop). */
  boolean inArray(Elementwise node) {
    return arrays.contains(node);
  }

  /** Whether a node that may fail records its failure for a later check instead of throwing. */
  boolean deferred(Node node) {
    return deferred.contains(node);
  }

  /** The deferred nodes, in interpreter order: one failure slot each. */
  List<Node> deferredNodes() {
    return List.copyOf(deferred);
  }

  /** The deferred nodes whose recorded failure is thrown right after step {@code index}. */
  List<Node> checksAfter(int index) {
    return checks.getOrDefault(index, List.of());
  }

  /** The selectors a head's loop tests: its own (when it feeds aggregates) and its widths'. */
  static List<SelectorNode> testedSelectors(Step.Head head) {
    List<SelectorNode> selectors = new ArrayList<>();
    if (!head.aggregates().isEmpty()) {
      selectors.add(head.selector());
    }
    for (SelectorWidth width : head.widths()) {
      selectors.add(width.selector());
    }
    return selectors;
  }

  /** The selects under a head's tested selectors whose predicate may fail, in interpreter order. */
  List<Select> failingSelects(Step.Head head) {
    return failingSelects(testedSelectors(head));
  }

  /** The selects under one selector whose predicate may fail, in interpreter order. */
  List<Select> failingSelects(SelectorNode selector) {
    return failingSelects(List.of(selector));
  }

  /** The selects under these selectors whose predicate may fail, in interpreter order. */
  List<Select> failingSelects(List<SelectorNode> selectors) {
    Set<Select> leaves = new LinkedHashSet<>();
    for (SelectorNode selector : selectors) {
      leaves.addAll(selector.leaves());
    }
    return leaves.stream()
        .filter(hazards::mayFail)
        .map(select -> (Select) canonical(select))
        .sorted((a, b) -> Integer.compare(order.get(a), order.get(b)))
        .toList();
  }

  /**
   * A layer's heads, then its MLP, as steps of at most {@link Layout#maxStepCost()}: a head with
   * many outputs becomes several passes over the same selector (each computes a slice of the
   * outputs; a failing predicate fails identically in each, and the first records it), an MLP
   * several loops, each reading only values of earlier loops (the MLP is in inputs-first order).
   */
  private void addSteps(Layer layer) {
    Set<SelectorWidth> counted = new HashSet<>();
    int number = 0;
    for (Head head : layer.heads()) {
      number++;
      List<SopNode> outputs = new ArrayList<>();
      List<SopNode> widths = new ArrayList<>();
      List<SelectorWidth> countedBefore = new ArrayList<>();
      for (SopNode out : head.outputs()) {
        if (out instanceof Aggregate aggregate) {
          outputs.add(aggregate);
        } else if (counted.add((SelectorWidth) out)) {
          widths.add(out);
        } else {
          countedBefore.add((SelectorWidth) out);
        }
      }
      outputs.addAll(widths);
      int selectorCost = selectorCost(head.selector());
      List<List<SopNode>> slices = slices(outputs, selectorCost);
      for (int s = 0; s < slices.size(); s++) {
        List<Aggregate> aggregates = new ArrayList<>();
        List<SelectorWidth> sliceWidths = new ArrayList<>();
        for (SopNode out : slices.get(s)) {
          if (out instanceof Aggregate aggregate) {
            aggregates.add(aggregate);
          } else {
            sliceWidths.add((SelectorWidth) out);
          }
        }
        steps.add(new Step.Head(layer.index(), number, head.selector(), aggregates, sliceWidths,
            s == 0 ? countedBefore : List.of()));
      }
    }
    if (!layer.mlp().isEmpty()) {
      for (List<SopNode> slice : slices(layer.mlp(), 0)) {
        List<Elementwise> mlp = new ArrayList<>();
        for (SopNode node : slice) {
          mlp.add((Elementwise) node);
        }
        steps.add(new Step.Mlp(layer.index(), mlp));
      }
    }
  }

  /**
   * Consecutive slices of {@code nodes}, each costing at most the layout's step cost (with {@code
   * base}, the cost every slice repeats) unless one node alone costs more; at least one slice.
   */
  private List<List<SopNode>> slices(List<SopNode> nodes, int base) {
    List<List<SopNode>> slices = new ArrayList<>();
    List<SopNode> current = new ArrayList<>();
    int cost = base;
    for (SopNode node : nodes) {
      int more = cost(node);
      if (!current.isEmpty() && cost + more > layout.maxStepCost()) {
        slices.add(current);
        totalCost += cost;
        current = new ArrayList<>();
        cost = base;
      }
      current.add(node);
      cost += more;
    }
    slices.add(current);
    totalCost += cost;
    return slices;
  }

  /**
   * What a value costs in its loop, in units of about one checked elementwise operation: a
   * function by the size of its inlined expression.
   */
  private static int cost(SopNode node) {
    if (node instanceof Elementwise elementwise) {
      return elementwise.operation() instanceof ScalarFunction function
          ? 1 + size(function.body()) / 4
          : 1;
    }
    if (node instanceof SelectorWidth width) {
      return 1 + selectorCost(width.selector()); // a width tests its own selector
    }
    return 2; // an aggregate: its accumulators, its result and its errors
  }

  /** What testing a selector costs in a head's loop: its functions' expressions. */
  private static int selectorCost(SelectorNode selector) {
    if (selector instanceof Select select) {
      return select.predicate() instanceof ScalarFunction function ? size(function.body()) / 4 : 0;
    }
    int cost = 0;
    for (SelectorNode operand : ((SelectorLogic) selector).operands()) {
      cost += selectorCost(operand);
    }
    return cost;
  }

  /** The number of nodes of a scalar expression. */
  private static int size(Scalar scalar) {
    if (scalar instanceof Scalar.Unary unary) {
      return 1 + size(unary.operand());
    }
    if (scalar instanceof Scalar.Binary binary) {
      return 1 + size(binary.left()) + size(binary.right());
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      return 1 + size(conditional.condition()) + size(conditional.then())
          + size(conditional.otherwise());
    }
    if (scalar instanceof Scalar.Cast cast) {
      return 1 + size(cast.operand());
    }
    if (scalar instanceof Scalar.Call call) {
      int size = 1;
      for (Scalar argument : call.arguments()) {
        size += size(argument);
      }
      return size;
    }
    return 1;
  }

  /**
   * An elementwise value needs an array when something outside its own MLP loop reads it: a head,
   * a later layer, or the caller (the output). The rest stay loop locals.
   */
  private void chooseArrays() {
    Map<Node, Integer> mlpOf = new HashMap<>();
    for (int s = 0; s < steps.size(); s++) {
      if (steps.get(s) instanceof Step.Mlp mlp) {
        for (Elementwise node : mlp.nodes()) {
          mlpOf.put(node, s);
        }
      }
    }
    if (output instanceof Elementwise) {
      arrays.add(output);
    }
    for (Node consumer : nodes) {
      for (Node input : consumer.inputs()) {
        if (input instanceof Elementwise
            && !(consumer instanceof Elementwise
                && mlpOf.get(consumer).equals(mlpOf.get(input)))) {
          arrays.add(input);
        }
      }
    }
  }

  private void orderFailures() {
    Map<Node, Integer> home = new HashMap<>();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      List<Node> evaluated = new ArrayList<>();
      if (step instanceof Step.Mlp mlp) {
        evaluated.addAll(mlp.nodes());
      } else {
        Step.Head head = (Step.Head) step;
        evaluated.addAll(failingSelects(head));
        evaluated.addAll(head.aggregates());
      }
      for (Node node : evaluated) {
        home.putIfAbsent(node, s);
      }
    }
    int latest = -1; // the last step holding a node that may fail, among those met so far
    for (Node node : nodes) {
      if (!hazards.mayFail(node)) {
        continue;
      }
      Integer step = home.get(node);
      if (step == null) {
        throw new AssertionError(node.describe() + " may fail but no loop evaluates it");
      }
      if (latest >= step) {
        deferred.add(node);
        checks.computeIfAbsent(latest, s -> new ArrayList<>()).add(node);
      }
      latest = Math.max(latest, step);
    }
  }
}
