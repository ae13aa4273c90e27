package org.rasp4j.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rasp4j.internal.Graph;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * The layer-by-layer plan of a program, computed from its graph alone (no lambdas are run, so the
 * annotation processor uses the same analysis on the graph it builds from source).
 *
 * <p>Attention layers follow RASP: tokens, indices and constants are at layer 0; an elementwise
 * operation is at the highest layer of its operands; a selector at the highest of its keys and
 * queries; an aggregate (or selector width) one above the highest of its selector and values.
 *
 * @param output the program's output
 * @param nodes every distinct computation, inputs first
 * @param layers layer 0 (embedding and its MLP) to layer {@link #attentionLayers()}
 * @param objectHeadsPerLayer RASPy's head count for layers 1.., one per aggregate object (the same
 *     computation built twice counts twice; a selector width counts its two heads)
 * @param tracrLayers the layer count tracr would give (each MLP its own sub-layer)
 * @param mlpSublayers how many of tracr's MLP sub-layers hold an operation
 * @param layerOf the attention layer of every node in {@code nodes}
 */
public record Schedule(
    SopNode output,
    List<Node> nodes,
    List<Layer> layers,
    List<Integer> objectHeadsPerLayer,
    int tracrLayers,
    int mlpSublayers,
    Map<Node, Integer> layerOf) {

  /**
   * A schedule, with unmodifiable copies of its lists and map; {@link #of} computes one.
   *
   * @param output the program's output
   * @param nodes every distinct computation, inputs first
   * @param layers layer 0 to the last attention layer
   * @param objectHeadsPerLayer RASPy's head count for layers 1..
   * @param tracrLayers the layer count tracr would give
   * @param mlpSublayers how many of tracr's MLP sub-layers hold an operation
   * @param layerOf the attention layer of every node
   */
  public Schedule {
    nodes = List.copyOf(nodes);
    layers = List.copyOf(layers);
    objectHeadsPerLayer = List.copyOf(objectHeadsPerLayer);
    layerOf = Map.copyOf(layerOf);
  }

  /**
   * {@return the schedule of the program that computes {@code output}}
   *
   * @param output the program's output
   */
  public static Schedule of(SopNode output) {
    List<Node> nodes = Graph.topological(output);
    Map<Node, Integer> layerOf = new HashMap<>();
    for (Node node : nodes) {
      layerOf.put(node, attentionLayer(node, layerOf));
    }
    int depth = layerOf.get(output);

    List<Map<SelectorNode, List<SopNode>>> heads = new ArrayList<>();
    List<List<SopNode>> mlps = new ArrayList<>();
    for (int i = 0; i <= depth; i++) {
      heads.add(new LinkedHashMap<>());
      mlps.add(new ArrayList<>());
    }
    for (Node node : nodes) {
      int layer = layerOf.get(node);
      if (node instanceof Aggregate aggregate) {
        heads.get(layer).computeIfAbsent(aggregate.selector(), s -> new ArrayList<>()).add(aggregate);
      } else if (node instanceof SelectorWidth width) {
        for (SelectorNode head : width.heads()) {
          heads.get(layer).computeIfAbsent(head, s -> new ArrayList<>()).add(width);
        }
      } else if (node instanceof Elementwise elementwise) {
        mlps.get(layer).add(elementwise);
      }
    }
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i <= depth; i++) {
      List<Head> layerHeads = new ArrayList<>();
      heads.get(i).forEach((selector, outputs) -> layerHeads.add(new Head(selector, outputs)));
      layers.add(new Layer(i, layerHeads, mlps.get(i)));
    }

    int[] objectHeads = new int[depth];
    for (Node node : Graph.objects(output)) {
      if (node instanceof Aggregate) {
        objectHeads[layerOf.get(node) - 1] += 1;
      } else if (node instanceof SelectorWidth width) {
        objectHeads[layerOf.get(node) - 1] += width.heads().size();
      }
    }
    List<Integer> objectHeadsPerLayer = new ArrayList<>();
    for (int count : objectHeads) {
      objectHeadsPerLayer.add(count);
    }

    TracrLayout tracr = TracrLayout.of(nodes);
    return new Schedule(
        output, nodes, layers, objectHeadsPerLayer, tracr.layers(), tracr.mlpSublayers(), layerOf);
  }

  private static int attentionLayer(Node node, Map<Node, Integer> layerOf) {
    if (node instanceof Tokens || node instanceof Indices || node instanceof Constant) {
      return 0;
    }
    int highest = 0;
    for (Node input : node.inputs()) {
      highest = Math.max(highest, layerOf.get(input));
    }
    if (node instanceof Aggregate || node instanceof SelectorWidth) {
      return highest + 1;
    }
    if (node instanceof Elementwise || node instanceof Select || node instanceof SelectorLogic) {
      return highest;
    }
    throw new AssertionError("unknown node " + node.getClass());
  }

  /** {@return the number of attention layers: the output's layer} */
  public int attentionLayers() {
    return layers.size() - 1;
  }

  /**
   * {@return the attention layer of a node of this program}
   *
   * @param node a node of the program (or one equal to it)
   * @throws IllegalArgumentException for a node the program does not compute
   */
  public int layerOf(Node node) {
    Integer layer = layerOf.get(node);
    if (layer == null) {
      throw new IllegalArgumentException(node + " is not part of this program");
    }
    return layer;
  }

  /**
   * {@return the heads in each attention layer 1.., after merging identical computations (what
   * rasp4j runs)}
   */
  public List<Integer> headsPerLayer() {
    return layers.stream().skip(1).map(layer -> layer.heads().size()).toList();
  }

  /** {@return the most heads any one layer holds (merged count), 0 without attention} */
  public int maxHeadsPerLayer() {
    return headsPerLayer().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** {@return the total number of heads after merging} */
  public int totalHeads() {
    return headsPerLayer().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The chain of heads that forces the layer count: one aggregate or selector width per layer,
   * layer 1 first, each reading (through elementwise operations) the one before.
   *
   * @return the chain, empty for a program without attention
   */
  public List<SopNode> criticalPath() {
    List<SopNode> path = new ArrayList<>();
    Node node = output;
    while (layerOf(node) > 0) {
      if (node instanceof Aggregate || node instanceof SelectorWidth) {
        path.add(0, (SopNode) node);
      }
      Node deepest = null;
      int target = layerOf(node) - ((node instanceof Aggregate || node instanceof SelectorWidth) ? 1 : 0);
      for (Node input : node.inputs()) {
        if (layerOf(input) == target && (deepest == null || preferOnPath(input, deepest))) {
          deepest = input;
        }
      }
      if (deepest == null) {
        break;
      }
      node = deepest;
    }
    return path;
  }

  /** Named nodes make the friendlier path; otherwise the first found is as good as any. */
  private static boolean preferOnPath(Node candidate, Node current) {
    return candidate.name() != null && current.name() == null;
  }

  /** The layers that hold an operation, for reports: "layers 6, heads [1, 1, 1, 1, 1, 1]". */
  @Override
  public String toString() {
    return "Schedule[layers=" + attentionLayers() + ", heads=" + headsPerLayer()
        + ", raspyHeads=" + objectHeadsPerLayer + ", tracrLayers=" + tracrLayers
        + ", mlpSublayers=" + mlpSublayers + "]";
  }

  /** tracr's layout: attention and MLP sub-layers alternate; every elementwise op is its own MLP. */
  private record TracrLayout(int layers, int mlpSublayers) {
    static TracrLayout of(List<Node> nodes) {
      // Sub-layer 2k is layer k's attention, 2k+1 its MLP; inputs sit at -1.
      Map<Node, Integer> sublayer = new HashMap<>();
      TreeSet<Integer> mlpUsed = new TreeSet<>();
      int highest = -1;
      for (Node node : nodes) {
        int after = -1;
        for (Node input : node.inputs()) {
          after = Math.max(after, sublayer.get(input));
        }
        int at;
        if (node instanceof Tokens || node instanceof Indices || node instanceof Constant) {
          at = -1;
        } else if (node instanceof Select || node instanceof SelectorLogic) {
          at = after;
        } else if (node instanceof Aggregate) {
          at = nextOfParity(after, 0);
        } else if (node instanceof SelectorWidth) {
          at = nextOfParity(after, 0) + 1; // an attention head, then an MLP that reads it out
          mlpUsed.add(at);
        } else {
          at = nextOfParity(after, 1);
          mlpUsed.add(at);
        }
        sublayer.put(node, at);
        highest = Math.max(highest, at);
      }
      return new TracrLayout(highest < 0 ? 0 : highest / 2 + 1, mlpUsed.size());
    }

    private static int nextOfParity(int after, int parity) {
      int next = after + 1;
      return Math.floorMod(next, 2) == parity ? next : next + 1;
    }
  }
}
