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
 * step of its MLP) a {@code rank=same} subgraph. An invisible chain through the rows, one hidden
 * point in each, keeps them in the program's order top to bottom: without it {@code dot} would
 * draw a layer whose heads read only constants at the very top. Render it with {@code dot -Tsvg
 * structure.dot > structure.svg}.
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
    List<String> rowAnchors = new ArrayList<>();
    for (var layer : layers.entrySet()) {
      dot.append("  subgraph ").append(quote("cluster_layer_" + layer.getKey())).append(" {\n");
      dot.append("    label=").append(quote(StructureLayout.bandTitle(layer.getKey())))
          .append("; labeljust=l; style=filled; color=")
          .append(quote(layer.getKey() % 2 == 0 ? "#f6f6f6" : "#eef3f9")).append(";\n");
      for (var row : layer.getValue().entrySet()) {
        String anchor = "row_" + layer.getKey() + "_" + row.getKey();
        rowAnchors.add(anchor);
        dot.append("    { rank=same;\n");
        dot.append("      ").append(quote(anchor))
            .append(" [style=invis, label=\"\", width=0, height=0, fixedsize=true];\n");
        for (StructureGraph.Box box : row.getValue()) {
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
    for (int i = 1; i < rowAnchors.size(); i++) {
      dot.append("  ").append(quote(rowAnchors.get(i - 1))).append(" -> ")
          .append(quote(rowAnchors.get(i))).append(" [style=invis];\n");
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
