package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.analysis.Schedule;

/**
 * The picture of a program's structure, from its graph alone (no input): a band per layer, boxes
 * for its SOps and heads, each with its whole label, arrows from each input to its users, laid
 * out by {@link StructureLayout}. Marks for tests and tools: {@code <g class="band"
 * data-layer="k">}, {@code <g class="node" data-id data-kind>} (heads: {@code class="node head"})
 * with a {@code <text class="text">} per line and the whole label as its {@code <title>}, {@code
 * <polyline class="edge" data-from data-to points>}.
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
              .attr("height", bandTops[band + 1] - bandTops[band])
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
      bandGroups.get(box.layer())
          .add(node(box, layout.places().get(box.id()), layout.lines().get(box.id())));
    }
    return new Sheet("rasp-structure", schedule.output().describe() + ": structure")
        .place(new Block(picture, layout.width(), bandTops[bands] - Metrics.MARGIN))
        .toSvg();
  }

  /** The arrows, along the routes the layout found around the boxes. */
  private static Element edges(StructureGraph graph, StructureLayout layout) {
    Element edges =
        Element.of("g").attr("class", "edges").attr("stroke", "#666666").attr("fill", "none");
    for (int i = 0; i < graph.edges().size(); i++) {
      StructureGraph.Edge edge = graph.edges().get(i);
      List<String> points = new ArrayList<>();
      for (LayeredEngine.Point point : layout.routes().get(i)) {
        points.add(Element.number(point.x()) + "," + Element.number(point.y()));
      }
      edges.add(
          Element.of("polyline")
              .attr("class", "edge")
              .attr("data-from", edge.from())
              .attr("data-to", edge.to())
              .attr("points", String.join(" ", points))
              .attr("marker-end", "url(#rasp-arrow)"));
    }
    return edges;
  }

  private static Element node(
      StructureGraph.Box box, StructureLayout.Rectangle place, List<String> lines) {
    Element group =
        Element.of("g")
            .attr("class", box.kind().equals("head") ? "node head" : "node")
            .attr("data-id", box.id())
            .attr("data-kind", box.kind());
    if (box.output()) {
      group.attr("data-output", "true");
    }
    group.add(Element.of("title").text(box.label()));
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
    for (int i = 0; i < lines.size(); i++) {
      group.add(
          Texts.centred(
              "text", lines.get(i), place.centreX(),
              place.y() + Metrics.ROW / 2 + i * StructureLayout.LINE));
    }
    return group;
  }
  /** A box's fill by its kind, shared with the DOT text. */
  static String fill(String kind) {
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
