package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasp4j.RaspException;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.transformer.Domain;

/**
 * Decides what the transformer computes where: a head (and the MLP that decodes it) for every
 * aggregate and selector width, as early as its inputs allow; an MLP for every SOp that a head or
 * the read-out reads and that depends on more than one base; nothing for the rest, which are
 * linear views of one base.
 */
final class Planner {
  /** Above this many points a head's output cannot be decoded by an MLP of sensible size. */
  static final int MAX_POINTS = 200_000;
  /**
   * The most combinations one MLP table covers before its SOp's operands get MLPs of their own
   * (an extra layer, against a table that grows as the product of its sources' sizes).
   */
  static final int TABLE_BUDGET = 4096;

  final Domain domain;
  final Base tokens;
  final Base indices;
  final Views views;
  final List<HeadPlan> heads = new ArrayList<>();
  final List<MlpPlan> mlps = new ArrayList<>();
  final Map<Base, HeadPlan> headOf = new HashMap<>();
  private final Map<List<SopNode>, Base> materialised = new HashMap<>();
  private final Labels labels = new Labels();
  /** The read-out's side: the one-hot (or constants) the output is read from; or null ... */
  Side output;
  /** ... when the output is a number that is a linear function of means, read as that number. */
  Linear numericOutput;
  /** Every value of a numerical output, ascending. */
  List<Object> numericValues;
  /** The program's output. */
  SopNode root;

  /** Whether heads that select at most one key write their one-hot themselves. */
  private final boolean directHeads;

  Planner(Domain domain, boolean directHeads) {
    this.domain = domain;
    this.directHeads = directHeads;
    this.tokens = new Base("tokens", Base.Kind.TOKENS, domain.vocabulary(), -1);
    List<Object> positions = new ArrayList<>();
    for (int i = 0; i < domain.maxSeqLen(); i++) {
      positions.add(i);
    }
    this.indices = new Base("indices", Base.Kind.INDICES, positions, -1);
    this.views = new Views(tokens, indices);
  }

  void plan(SopNode root) {
    this.root = root;
    for (Node node : Topological.order(root)) {
      if (node instanceof Aggregate || node instanceof SelectorWidth) {
        planHead((SopNode) node);
      }
    }
    Optional<Linear> linear = root.type().isNumeric() ? Linear.of(root) : Optional.empty();
    if (linear.isPresent() && !linear.get().terms().isEmpty()) {
      List<Object> values = numericValues(root, linear.get());
      if (separated(values)) {
        numericOutput = linear.get();
        numericValues = values;
        return;
      }
      // Two values a number cannot tell apart: the interpreter's double arithmetic gives one
      // fraction as two doubles (0.6 - 0.4 and 0.8 - 0.6), so the output needs its one-hot.
    }
    output = side(List.of(root));
  }

  /** {@return whether neighbouring values lie further apart than float64's error could reach} */
  private static boolean separated(List<Object> values) {
    for (int i = 1; i < values.size(); i++) {
      double a = ((Number) values.get(i - 1)).doubleValue();
      double b = ((Number) values.get(i)).doubleValue();
      if (b - a < 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
        return false;
      }
    }
    return true;
  }

  /** Every value a numerical output can take: over every combination of its means' outputs. */
  private List<Object> numericValues(SopNode root, Linear linear) {
    List<Base> means = new ArrayList<>();
    for (SopNode mean : linear.terms().keySet()) {
      means.add(views.support(mean).iterator().next());
    }
    double combinations = 1;
    for (Base mean : means) {
      combinations *= headOf.get(mean).points().size();
    }
    if (combinations > MAX_POINTS) {
      throw new RaspException(root.describe(), -1,
          "takes more than " + MAX_POINTS + " values over this domain");
    }
    Set<Object> values = new LinkedHashSet<>();
    List<Map<Base, Object>> assignments = Assignments.of(means,
        mean -> headOf.get(mean).points().stream().map(Point::value).toList());
    for (Map<Base, Object> assignment : assignments) {
      Object value = views.value(root, assignment);
      if (value != Views.ERROR) {
        values.add(value);
      }
    }
    return ValueOrder.sorted(values);
  }

  private void planHead(SopNode node) {
    SelectorNode selector = node instanceof Aggregate aggregate
        ? aggregate.selector() : ((SelectorWidth) node).selector();
    List<SelectorNode> conjuncts = new ArrayList<>();
    splitAnd(selector, conjuncts);
    List<Group> groups = new ArrayList<>();
    int layer = 0;
    for (SelectorNode conjunct : conjuncts) {
      List<Select> leaves = conjunct.leaves();
      Side keys = side(leaves.stream().map(Select::keys).toList());
      Side queries = side(leaves.stream().map(Select::queries).toList());
      boolean[][] selects = new boolean[keys.size()][queries.size()];
      for (int k = 0; k < keys.size(); k++) {
        for (int q = 0; q < queries.size(); q++) {
          selects[k][q] = selects(conjunct, leaves, keys.sopValues().get(k),
              queries.sopValues().get(q));
        }
      }
      groups.add(new Group(keys, queries, selects));
      layer = Math.max(layer, Math.max(readable(keys), readable(queries)));
    }
    Side values = null;
    if (node instanceof Aggregate aggregate) {
      values = side(List.of(aggregate.values()));
      layer = Math.max(layer, readable(values));
    }
    String label = labels.of(node);
    if (directHeads && node instanceof Aggregate aggregate
        && aggregate.reduction() == Reduction.SUM && atMostOneKey(groups)) {
      planDirect(aggregate, label, groups, values, layer);
      return;
    }
    HeadPoints points = node instanceof Aggregate aggregate
        ? HeadPoints.aggregate(aggregate, values, domain.maxSeqLen())
        : HeadPoints.width(domain.maxSeqLen());
    if (points.points().size() > MAX_POINTS) {
      throw new RaspException(node.describe(), -1, "the head's output takes "
          + points.points().size() + " values over this domain, more than the " + MAX_POINTS
          + " an MLP decodes here: use a smaller vocabulary or length, or fewer distinct values");
    }
    Base output = new Base(label, Base.Kind.ATTENTION, points.decodedValues(), layer);
    HeadPlan plan = new HeadPlan(node, label, groups, values, points.coefficients(),
        points.lambda(), points.points(), layer, output);
    views.registerHead(node, output);
    headOf.put(output, plan);
    heads.add(plan);
  }

  /**
   * A sum whose selector selects at most one key: its value is the one key's (or the default), so
   * the head writes that value's one-hot itself, with no MLP to decode it.
   */
  private void planDirect(
      Aggregate node, String label, List<Group> groups, Side values, int layer) {
    Set<Object> image = new LinkedHashSet<>();
    image.add(node.effectiveDefault());
    for (List<Object> value : values.sopValues()) {
      if (value.get(0) != Views.ERROR) {
        image.add(value.get(0));
      }
    }
    Base output = new Base(label, Base.Kind.DIRECT, ValueOrder.sorted(image), layer);
    HeadPlan plan = new HeadPlan(node, label, groups, values, new double[values.size()], 0,
        List.of(), layer, output);
    views.registerHead(node, output);
    headOf.put(output, plan);
    heads.add(plan);
  }

  /**
   * Whether a selector selects at most one key at every query: one of its groups reads the
   * indices as keys (one position per value) and selects at most one index for every query.
   */
  private boolean atMostOneKey(List<Group> groups) {
    for (Group group : groups) {
      if (group.keys().base() == indices) {
        boolean atMostOne = true;
        for (int q = 0; q < group.queries().size() && atMostOne; q++) {
          int selected = 0;
          for (int k = 0; k < group.keys().size(); k++) {
            selected += group.selects()[k][q] ? 1 : 0;
          }
          atMostOne = selected <= 1;
        }
        if (atMostOne) {
          return true;
        }
      }
    }
    return false;
  }

  /** The base or constants a list of SOps is read from; an MLP base when they need several. */
  Side side(List<SopNode> sops) {
    Set<Base> support = new LinkedHashSet<>();
    for (SopNode sop : sops) {
      support.addAll(views.support(sop));
    }
    List<Object> baseValues = new ArrayList<>();
    List<List<Object>> sopValues = new ArrayList<>();
    if (support.isEmpty()) {
      baseValues.add(null);
      sopValues.add(valuesAt(sops, Map.of()));
      return new Side(null, baseValues, sopValues);
    }
    if (support.size() == 1) {
      Base base = support.iterator().next();
      for (Object value : base.values) {
        baseValues.add(value);
        sopValues.add(valuesAt(sops, Map.of(base, value)));
      }
      return new Side(base, baseValues, sopValues);
    }
    Base base = materialise(sops, List.copyOf(support));
    for (Object value : base.values) {
      baseValues.add(value);
      sopValues.add(sops.size() == 1 ? List.of(value) : castList(value));
    }
    return new Side(base, baseValues, sopValues);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object tuple) {
    return (List<Object>) tuple;
  }

  private List<Object> valuesAt(List<SopNode> sops, Map<Base, Object> assignment) {
    List<Object> values = new ArrayList<>();
    for (SopNode sop : sops) {
      values.add(views.value(sop, assignment));
    }
    return values;
  }

  private Base materialise(List<SopNode> sops, List<Base> sources) {
    Base known = materialised.get(sops);
    if (known != null) {
      return known;
    }
    if (size(sources) > TABLE_BUDGET && split(sops)) {
      Set<Base> support = new LinkedHashSet<>();
      for (SopNode sop : sops) {
        support.addAll(views.support(sop));
      }
      sources = List.copyOf(support);
    }
    int fused = 0;
    int separate = 0;
    double combinations = 1;
    for (Base source : sources) {
      // A head's output can be read in the MLP of its own layer, from the attention output, when
      // the table over its outputs stays small; else from its one-hot, a layer later.
      fused = Math.max(fused,
          source.kind == Base.Kind.ATTENTION ? source.layer : source.readableByMlp());
      separate = Math.max(separate, source.readableByMlp());
      combinations *= source.kind == Base.Kind.ATTENTION && source.layer == fused
          ? headOf.get(source).points().size() : source.values.size();
    }
    int layer = combinations <= TABLE_BUDGET ? fused : separate;
    Set<Object> image = new LinkedHashSet<>();
    for (Map<Base, Object> assignment : Assignments.of(sources)) {
      Object value = MlpValues.of(views, sops, assignment);
      if (value != Views.ERROR) {
        image.add(value);
      }
      if (image.size() > MAX_POINTS) {
        throw new RaspException(sops.get(0).describe(), -1,
            "takes more than " + MAX_POINTS + " values over this domain");
      }
    }
    String label = sops.size() == 1 ? labels.of(sops.get(0)) : labels.tuple(sops);
    Base base = new Base(label, Base.Kind.MLP, ValueOrder.sorted(image), layer);
    mlps.add(new MlpPlan(base, sops, sops.size() > 1, sources, layer));
    materialised.put(sops, base);
    return base;
  }

  private static double size(List<Base> sources) {
    double size = 1;
    for (Base source : sources) {
      size *= source.values.size();
    }
    return size;
  }

  /**
   * Gives each part of {@code sops} that depends on several bases an MLP base of its own: the
   * members of a tuple, or the operands of one operation. {@return whether anything was split}
   */
  private boolean split(List<SopNode> sops) {
    List<SopNode> parts = new ArrayList<>();
    if (sops.size() > 1) {
      parts.addAll(sops);
    } else if (sops.get(0) instanceof Elementwise elementwise) {
      parts.addAll(elementwise.operands());
    }
    boolean split = false;
    for (SopNode part : parts) {
      Set<Base> support = views.support(part);
      if (support.size() > 1) {
        Base base = materialise(List.of(part), List.copyOf(support));
        views.registerCut(part, base);
        split = true;
      }
    }
    return split;
  }

  private static int readable(Side side) {
    return side.constant() ? 0 : side.base().readable();
  }

  private static void splitAnd(SelectorNode selector, List<SelectorNode> into) {
    if (selector instanceof SelectorLogic logic
        && logic.connective() == SelectorLogic.Connective.AND) {
      for (SelectorNode operand : logic.operands()) {
        splitAnd(operand, into);
      }
    } else {
      into.add(selector);
    }
  }

  private static boolean selects(
      SelectorNode selector, List<Select> leaves, List<Object> keys, List<Object> queries) {
    if (selector instanceof Select select) {
      int i = leaves.indexOf(select);
      Object key = keys.get(i);
      Object query = queries.get(i);
      if (key == Views.ERROR || query == Views.ERROR) {
        return false; // the interpreter raises an error before it reads this selector
      }
      try {
        return Boolean.TRUE.equals(Interpreter.apply(select.predicate(), key, query));
      } catch (RuntimeException e) {
        return false; // likewise: a predicate that throws is an error in the interpreter
      }
    }
    SelectorLogic logic = (SelectorLogic) selector;
    boolean a = selects(logic.operands().get(0), leaves, keys, queries);
    return switch (logic.connective()) {
      case AND -> a && selects(logic.operands().get(1), leaves, keys, queries);
      case OR -> a || selects(logic.operands().get(1), leaves, keys, queries);
      case NOT -> !a;
    };
  }
}
