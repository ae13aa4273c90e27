package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasp4j.analysis.Schedule;

/**
 * A program's structure as Graphviz DOT, as the original RASP draws its programs with graphviz:
 * the same boxes, labels and arrows as the SVG picture ({@link StructureGraph}), each layer a
 * cluster titled as the picture's band, and each row of a layer (its heads, what they give, each
 * step of its MLP) a {@code rank=same} subgraph, so {@code dot} keeps the program's order top to
 * bottom. Render it with {@code dot -Tsvg structure.dot > structure.svg}.
 */
final class StructureDot {
  private StructureDot() {}

  static String of(Schedule schedule) {
    StructureGraph graph = StructureGraph.of(schedule);
    StringBuilder dot = new StringBuilder();
    dot.append("digraph ").append(quote(schedule.output().describe())).append(" {\n");
    dot.append("  graph [rankdir=TB, fontname=\"monospace\", nodesep=0.3, ranksep=0.4];\n");
    dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"monospace\",")
        .append(" fontsize=10, color=\"#7a7a7a\"];\n");
    dot.append("  edge [color=\"#666666\", arrowsize=0.6];\n");

    Map<Integer, Map<Integer, List<StructureGraph.Box>>> layers = new TreeMap<>();
    for (StructureGraph.Box box : graph.boxes()) {
      layers.computeIfAbsent(box.layer(), layer -> new TreeMap<>())
          .computeIfAbsent(box.row(), row -> new ArrayList<>())
          .add(box);
    }
    for (var layer : layers.entrySet()) {
      dot.append("  subgraph ").append(quote("cluster_layer_" + layer.getKey())).append(" {\n");
      dot.append("    label=").append(quote(StructureLayout.bandTitle(layer.getKey())))
          .append("; labeljust=l; style=filled; color=")
          .append(quote(layer.getKey() % 2 == 0 ? "#f6f6f6" : "#eef3f9")).append(";\n");
      for (List<StructureGraph.Box> row : layer.getValue().values()) {
        dot.append("    { rank=same;\n");
        for (StructureGraph.Box box : row) {
          dot.append("      ").append(quote(box.id())).append(" [label=")
              .append(quote(String.join("\n", Wrap.lines(box.label(), StructureLayout.MAX_LINE))))
              .append(", fillcolor=").append(quote(StructureDiagram.fill(box.kind())))
              .append(box.output() ? ", penwidth=2, color=\"#000000\"" : "")
              .append("];\n");
        }
        dot.append("    }\n");
      }
      dot.append("  }\n");
    }
    for (StructureGraph.Edge edge : graph.edges()) {
      dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
          .append(";\n");
    }
    return dot.append("}\n").toString();
  }

  /** A DOT string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
