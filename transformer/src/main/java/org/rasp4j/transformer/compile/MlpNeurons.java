package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.RaspException;

/**
 * The hidden units of one MLP table.
 *
 * <p>When every source is a one-hot, a unit per combination of source values fires exactly when
 * all of them hold ({@code relu(sum of the k one-hots - (k - 1))}) and writes the value's one-hot:
 * an input the interpreter rejects makes no unit fire, so the result has no value either.
 *
 * <p>When a source is the attention output of a head of the same layer, the sources are read
 * through one number u: the one-hots' value indices in mixed radix, plus each attention output
 * scaled so that its different outputs lie further apart than the whole one-hot range. Every
 * combination then has its own u, at least 1 apart, and a staircase of ReLU ramps ({@code
 * relu(L(u - θ) + 1) - relu(L(u - θ))}, one step between two neighbouring combinations of
 * different values) reads the value off u. The ramps are 1/L = gap/4 wide, so any error in u below
 * a quarter of the gap leaves the result exact; each head is told how precise its output must be
 * for that ({@link #precision}).
 */
final class MlpNeurons {
  private final Views views;
  private final Layout layout;
  private final Map<Base, HeadPlan> headOf;
  /** For each head read through its attention output, the largest error its consumers allow. */
  final Map<HeadPlan, Double> precision = new HashMap<>();

  MlpNeurons(Views views, Layout layout, Map<Base, HeadPlan> headOf) {
    this.views = views;
    this.layout = layout;
    this.headOf = headOf;
  }

  List<Neuron> of(Base output, List<org.rasp4j.ir.SopNode> targets, List<Base> sources,
      int layer) {
    List<Base> oneHots = new ArrayList<>();
    List<HeadPlan> attended = new ArrayList<>();
    for (Base source : sources) {
      if (source.kind == Base.Kind.ATTENTION && source.layer == layer) {
        attended.add(headOf.get(source));
      } else {
        oneHots.add(source);
      }
    }
    return attended.isEmpty()
        ? lookup(output, targets, oneHots)
        : staircase(output, targets, oneHots, attended);
  }

  private List<Neuron> lookup(Base output, List<org.rasp4j.ir.SopNode> targets,
      List<Base> sources) {
    List<Neuron> neurons = new ArrayList<>();
    for (Map<Base, Object> assignment : Assignments.of(sources)) {
      Object value = MlpValues.of(views, targets, assignment);
      if (value == Views.ERROR) {
        continue;
      }
      Map<Integer, Double> in = new HashMap<>();
      for (Base source : sources) {
        in.merge(layout.dim(source, assignment.get(source)), 1.0, Double::sum);
      }
      neurons.add(new Neuron(in, -(sources.size() - 1), Map.of(layout.dim(output, value), 1.0)));
    }
    return neurons;
  }

  private record Combination(double u, Object value) {}

  private List<Neuron> staircase(Base output, List<org.rasp4j.ir.SopNode> targets,
      List<Base> oneHots, List<HeadPlan> attended) {
    // u = sum of radix[i] * index of one-hot i + sum of scale[j] * (t_j - min t_j)
    double[] radix = new double[oneHots.size()];
    double range = 0;
    double weight = 1;
    for (int i = 0; i < oneHots.size(); i++) {
      radix[i] = weight;
      range += weight * (oneHots.get(i).values.size() - 1);
      weight *= oneHots.get(i).values.size();
    }
    double[] scale = new double[attended.size()];
    double[] lowest = new double[attended.size()];
    for (int j = 0; j < attended.size(); j++) {
      HeadPlan head = attended.get(j);
      double gap = head.points().size() > 1 ? head.gap() : 1;
      scale[j] = (range + 2) / gap;
      lowest[j] = head.points().get(0).t();
      double highest = head.points().get(head.points().size() - 1).t();
      range += scale[j] * (highest - lowest[j]);
    }
    List<Combination> combinations = new ArrayList<>();
    for (Map<Base, Object> assignment : Assignments.of(oneHots)) {
      double base = 0;
      for (int i = 0; i < oneHots.size(); i++) {
        base += radix[i] * oneHots.get(i).indexOf(assignment.get(oneHots.get(i)));
      }
      addPoints(combinations, assignment, base, 0, attended, scale, lowest, targets);
    }
    combinations.sort(Comparator.comparingDouble(Combination::u));
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < combinations.size(); i++) {
      double d = combinations.get(i).u() - combinations.get(i - 1).u();
      if (d > 0) {
        gap = Math.min(gap, d);
      }
    }
    if (gap == Double.POSITIVE_INFINITY) {
      gap = 1;
    }
    double largest = 1;
    for (Combination combination : combinations) {
      largest = Math.max(largest, Math.abs(combination.u()));
    }
    if (gap < 1e-9 * largest) {
      throw new RaspException(targets.get(0).describe(), -1, "the MLP that computes it reads"
          + " numbers that float64 cannot tell apart (a gap of " + gap + " beside " + largest
          + "): keep the values it reads within a smaller range");
    }
    double slope = 4 / gap;
    for (int j = 0; j < attended.size(); j++) {
      precision.merge(attended.get(j), gap / (8 * attended.size() * scale[j]), Math::min);
    }
    List<Double> thresholds = new ArrayList<>();
    List<Object[]> steps = new ArrayList<>(); // {previous value, next value}
    for (int i = 1; i < combinations.size(); i++) {
      Object previous = combinations.get(i - 1).value();
      Object next = combinations.get(i).value();
      if (!same(previous, next)) {
        thresholds.add((combinations.get(i - 1).u() + combinations.get(i).u()) / 2);
        steps.add(new Object[] {previous, next});
      }
    }
    double maxThreshold = 0;
    for (double threshold : thresholds) {
      maxThreshold = Math.max(maxThreshold, Math.abs(threshold));
    }
    // At the BOS position the one-hots are 0 but an attention output is not: a large negative
    // weight on bos keeps every unit off there.
    double atBos = 0;
    for (int j = 0; j < attended.size(); j++) {
      atBos += scale[j] * (attended.get(j).maxValue() + Math.abs(lowest[j]));
    }
    double off = slope * (atBos + maxThreshold) + 2;
    Map<Integer, Double> reading = new HashMap<>();
    double constant = 0;
    for (int i = 0; i < oneHots.size(); i++) {
      Base source = oneHots.get(i);
      for (Object value : source.values) {
        reading.put(layout.dim(source, value), slope * radix[i] * source.indexOf(value));
      }
    }
    for (int j = 0; j < attended.size(); j++) {
      reading.merge(layout.attention(attended.get(j)), slope * scale[j], Double::sum);
      constant -= slope * scale[j] * lowest[j];
    }
    reading.put(Layout.BOS, -off);
    List<Neuron> neurons = new ArrayList<>();
    Object first = combinations.get(0).value();
    if (first != Views.ERROR) {
      neurons.add(new Neuron(Map.of(Layout.BOS, -off), 1, oneHot(output, first, 1)));
    }
    for (int k = 0; k < thresholds.size(); k++) {
      Map<Integer, Double> delta = new HashMap<>(oneHot(output, steps.get(k)[1], 1));
      oneHot(output, steps.get(k)[0], -1).forEach((dim, w) -> delta.merge(dim, w, Double::sum));
      Map<Integer, Double> negative = new HashMap<>();
      delta.forEach((dim, w) -> negative.put(dim, -w));
      double bias = constant - slope * thresholds.get(k);
      neurons.add(new Neuron(reading, bias + 1, delta));
      neurons.add(new Neuron(reading, bias, negative));
    }
    return neurons;
  }

  private void addPoints(List<Combination> into, Map<Base, Object> assignment, double u, int j,
      List<HeadPlan> attended, double[] scale, double[] lowest,
      List<org.rasp4j.ir.SopNode> targets) {
    if (j == attended.size()) {
      into.add(new Combination(u, MlpValues.of(views, targets, assignment)));
      return;
    }
    HeadPlan head = attended.get(j);
    for (Point point : head.points()) {
      Map<Base, Object> extended = new HashMap<>(assignment);
      extended.put(head.output(), point.value());
      addPoints(into, extended, u + scale[j] * (point.t() - lowest[j]), j + 1, attended, scale,
          lowest, targets);
    }
  }

  private Map<Integer, Double> oneHot(Base output, Object value, double weight) {
    return value == Views.ERROR ? Map.of() : Map.of(layout.dim(output, value), weight);
  }

  private static boolean same(Object a, Object b) {
    return a == b || (a != Views.ERROR && b != Views.ERROR && a.equals(b));
  }
}
