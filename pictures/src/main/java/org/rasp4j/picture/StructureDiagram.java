package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.analysis.Schedule;

/**
 * The picture of a program's structure, from its graph alone (no input): a band per layer, boxes
 * for its SOps and heads, arrows from each input to its users. Marks for tests and tools: {@code
 * <g class="band" data-layer="k">}, {@code <g class="node" data-id data-kind>} (heads: {@code
 * class="node head"}), {@code <line class="edge" data-from data-to>}.
 */
final class StructureDiagram {
  private StructureDiagram() {}

  /** The schedule's structure as a standalone SVG document. */
  public static String of(Schedule schedule) {
    StructureGraph graph = StructureGraph.of(schedule);
    int bands = schedule.layers().size();
    StructureLayout layout = StructureLayout.of(graph, bands);
    double[] bandTops = layout.bandTops();

    Element picture = Element.of("g").attr("class", "structure");
    picture.add(arrowHead());
    List<Element> bandGroups = new ArrayList<>();
    for (int band = 0; band < bands; band++) {
      Element group = Element.of("g").attr("class", "band").attr("data-layer", band);
      group.add(
          Element.of("rect")
              .attr("x", Metrics.MARGIN)
              .attr("y", bandTops[band])
              .attr("width", layout.width() - Metrics.MARGIN)
              .attr("height", bandTops[band + 1] - bandTops[band] - Metrics.GAP)
              .attr("fill", band % 2 == 0 ? "#f6f6f6" : "#eef3f9"));
      group.add(
          Texts.title(
              StructureLayout.bandTitle(band),
              Metrics.MARGIN + Metrics.GAP,
              bandTops[band] + Metrics.TITLE / 2));
      bandGroups.add(group);
    }
    picture.addAll(bandGroups);
    picture.add(edges(graph, layout));
    for (StructureGraph.Box box : graph.boxes()) {
      bandGroups.get(box.layer()).add(node(box, layout.places().get(box.id())));
    }
    return new Sheet("rasp-structure", schedule.output().describe() + ": structure")
        .place(
            new Block(picture, layout.width(), bandTops[bands] - Metrics.MARGIN - Metrics.GAP))
        .toSvg();
  }

  /**
   * The arrows, drawn before the boxes so the boxes cover their ends. Arrows from constants are
   * light and dashed: constants feed steps all over the program, and their long arrows would
   * otherwise hide the ones that carry the computation.
   */
  private static Element edges(StructureGraph graph, StructureLayout layout) {
    Set<String> constants = new HashSet<>();
    graph.boxes().stream()
        .filter(box -> box.kind().equals("constant"))
        .forEach(box -> constants.add(box.id()));
    Element edges = Element.of("g").attr("class", "edges").attr("stroke", "#666666");
    for (StructureGraph.Edge edge : graph.edges()) {
      StructureLayout.Rectangle from = layout.places().get(edge.from());
      StructureLayout.Rectangle to = layout.places().get(edge.to());
      Element line = Element.of("line");
      if (constants.contains(edge.from())) {
        line.attr("class", "edge from-constant")
            .attr("stroke", "#b4b4b4")
            .attr("stroke-dasharray", "4 3");
      } else {
        line.attr("class", "edge");
      }
      edges.add(
          line.attr("data-from", edge.from())
              .attr("data-to", edge.to())
              .attr("x1", from.centreX())
              .attr("y1", from.bottom())
              .attr("x2", to.centreX())
              .attr("y2", to.y())
              .attr("marker-end", "url(#rasp-arrow)"));
    }
    return edges;
  }

  private static Element node(StructureGraph.Box box, StructureLayout.Rectangle place) {
    Element group =
        Element.of("g")
            .attr("class", box.kind().equals("head") ? "node head" : "node")
            .attr("data-id", box.id())
            .attr("data-kind", box.kind());
    if (box.output()) {
      group.attr("data-output", "true");
    }
    String shown = Texts.cut(box.text(), StructureLayout.MAX_TEXT);
    if (!shown.equals(box.text())) {
      group.add(Element.of("title").text(box.text()));
    }
    group.add(
        Element.of("rect")
            .attr("x", place.x())
            .attr("y", place.y())
            .attr("width", place.width())
            .attr("height", place.height())
            .attr("rx", 4)
            .attr("fill", fill(box.kind()))
            .attr("stroke", box.output() ? "#000000" : "#7a7a7a")
            .attr("stroke-width", box.output() ? 2 : 1));
    group.add(Texts.centred("text", shown, place.centreX(), place.y() + place.height() / 2));
    return group;
  }

  private static String fill(String kind) {
    return switch (kind) {
      case "head" -> "#f9d9b0";
      case "aggregate", "width" -> "#fff1b8";
      case "mlp" -> "#d7efd2";
      default -> "#dbe9f6";
    };
  }

  private static Element arrowHead() {
    return Element.of("defs")
        .add(
            Element.of("marker")
                .attr("id", "rasp-arrow")
                .attr("viewBox", "0 0 10 10")
                .attr("refX", 10)
                .attr("refY", 5)
                .attr("markerWidth", 7)
                .attr("markerHeight", 7)
                .attr("orient", "auto")
                .add(Element.of("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", "#666666")));
  }
}
