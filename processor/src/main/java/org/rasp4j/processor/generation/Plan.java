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

  private Plan(Schedule schedule) {
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
    return new Plan(schedule);
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
    Set<Select> leaves = new LinkedHashSet<>();
    for (SelectorNode selector : testedSelectors(head)) {
      collectSelects(selector, leaves);
    }
    return leaves.stream()
        .filter(hazards::mayFail)
        .map(select -> (Select) canonical(select))
        .sorted((a, b) -> Integer.compare(order.get(a), order.get(b)))
        .toList();
  }

  private static void collectSelects(SelectorNode selector, Set<Select> into) {
    if (selector instanceof Select select) {
      into.add(select);
    } else {
      for (SelectorNode operand : ((SelectorLogic) selector).operands()) {
        collectSelects(operand, into);
      }
    }
  }

  private void addSteps(Layer layer) {
    Set<SelectorWidth> counted = new HashSet<>();
    int number = 0;
    for (Head head : layer.heads()) {
      List<Aggregate> aggregates = new ArrayList<>();
      List<SelectorWidth> widths = new ArrayList<>();
      List<SelectorWidth> countedBefore = new ArrayList<>();
      for (SopNode out : head.outputs()) {
        if (out instanceof Aggregate aggregate) {
          aggregates.add(aggregate);
        } else if (counted.add((SelectorWidth) out)) {
          widths.add((SelectorWidth) out);
        } else {
          countedBefore.add((SelectorWidth) out);
        }
      }
      steps.add(new Step.Head(
          layer.index(), ++number, head.selector(), aggregates, widths, countedBefore));
    }
    if (!layer.mlp().isEmpty()) {
      List<Elementwise> mlp = new ArrayList<>();
      for (SopNode node : layer.mlp()) {
        mlp.add((Elementwise) node);
      }
      steps.add(new Step.Mlp(layer.index(), mlp));
    }
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
