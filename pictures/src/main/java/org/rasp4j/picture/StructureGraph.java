package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * A program's structure without any input, read from its schedule: one box per SOp and per head,
 * each in its layer and in a row within the layer (embeddings or heads first, then what the heads
 * give, then MLP steps in order of dependence), and an edge from every input to its user. A head
 * stands for its whole selector: its edges come from the key and query sequences it compares.
 *
 * <p>Constants are folded into the boxes that read them: a constant feeds steps all over a
 * program, and as a box of its own its arrows would cross the whole picture. A user whose text
 * already writes the constant (a formula {@code length - 1}, a selector {@code key(1) ==
 * query(1)}) shows nothing more; any other (an aggregate of constant values, a named step) lists
 * it as a line of its own, {@code ← constant 1}. A constant that nothing reads (the output of a
 * constant program) keeps its box.
 */
record StructureGraph(List<Box> boxes, List<Edge> edges) {

  /**
   * One box.
   *
   * @param id {@code n<i>} for the i-th SOp of the schedule, {@code h<layer>.<j>} for a head
   * @param kind tokens, indices, constant, mlp, aggregate, width or head
   * @param text what the box says
   * @param reads the constants the box reads and its text does not write, as lines to show
   * @param row its row within the layer, from 0
   * @param output whether it is the program's output
   */
  record Box(
      String id, String kind, String text, List<String> reads, int layer, int row,
      boolean output) {
    Box {
      reads = List.copyOf(reads);
    }

    /** Everything the box says: its text, then the constants it reads. */
    String label() {
      return reads.isEmpty() ? text : text + "\n" + String.join("\n", reads);
    }
  }

  /** An arrow from the box that is read to the box that reads it. */
  record Edge(String from, String to) {}

  StructureGraph {
    boxes = List.copyOf(boxes);
    edges = List.copyOf(edges);
  }

  static StructureGraph of(Schedule schedule) {
    Set<Constant> folded = FoldedConstants.of(schedule);
    List<Box> boxes = new ArrayList<>();
    Set<Edge> edges = new LinkedHashSet<>();
    Map<Node, String> ids = new HashMap<>();
    Map<Node, Integer> rows = new HashMap<>();
    List<Map<SelectorNode, String>> headIds = new ArrayList<>();
    for (Layer layer : schedule.layers()) {
      Map<SelectorNode, String> heads = new HashMap<>();
      for (Head head : layer.heads()) {
        String id = "h" + layer.index() + "." + (heads.size() + 1);
        heads.put(head.selector(), id);
        boxes.add(
            new Box(id, "head", SelectorText.of(head.selector()),
                FoldedConstants.unwritten(head.selector()), layer.index(), 0, false));
      }
      headIds.add(heads);
    }
    for (Node node : schedule.nodes()) {
      if (!(node instanceof SopNode sop) || folded.contains(sop)) {
        continue;
      }
      String id = "n" + ids.size();
      ids.put(sop, id);
      int layer = schedule.layerOf(sop);
      int row = 0;
      if (sop instanceof Aggregate aggregate) {
        row = 1;
        edges.add(new Edge(headIds.get(layer).get(aggregate.selector()), id));
        if (ids.containsKey(aggregate.values())) {
          edges.add(new Edge(ids.get(aggregate.values()), id));
        }
      } else if (sop instanceof SelectorWidth width) {
        row = 1;
        width.heads().forEach(head -> edges.add(new Edge(headIds.get(layer).get(head), id)));
      } else if (sop instanceof Elementwise elementwise) {
        for (SopNode operand : elementwise.operands()) {
          if (!ids.containsKey(operand)) {
            continue; // a folded constant
          }
          edges.add(new Edge(ids.get(operand), id));
          if (schedule.layerOf(operand) == layer) {
            row = Math.max(row, rows.get(operand));
          }
        }
        row += 1;
      }
      rows.put(sop, row);
      boxes.add(
          new Box(id, kind(sop), Labels.of(sop), FoldedConstants.unwritten(sop), layer, row,
              sop.equals(schedule.output())));
    }
    for (Layer layer : schedule.layers()) {
      for (Head head : layer.heads()) {
        String headId = headIds.get(layer.index()).get(head.selector());
        Set<SopNode> read = new LinkedHashSet<>(SelectorLeaves.keys(head.selector()));
        read.addAll(SelectorLeaves.queries(head.selector()));
        for (SopNode sop : read) {
          // Not drawn: folded constants, and the indices a width's helper head reads where the
          // program itself does not.
          if (ids.containsKey(sop)) {
            edges.add(new Edge(ids.get(sop), headId));
          }
        }
      }
    }
    return new StructureGraph(boxes, new ArrayList<>(edges));
  }

  private static String kind(SopNode sop) {
    if (sop instanceof Tokens) {
      return "tokens";
    }
    if (sop instanceof Indices) {
      return "indices";
    }
    if (sop instanceof Constant) {
      return "constant";
    }
    if (sop instanceof Aggregate) {
      return "aggregate";
    }
    if (sop instanceof SelectorWidth) {
      return "width";
    }
    return "mlp";
  }
}
