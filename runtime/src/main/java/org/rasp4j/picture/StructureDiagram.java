package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.analysis.Schedule;

/**
 * The picture of a program's structure, from its graph alone (no input): a band per layer, boxes
 * for its SOps and heads, arrows from each input to its users. Marks for tests and tools: {@code
 * <g class="band" data-layer="k">}, {@code <g class="node" data-id data-kind>} (heads: {@code
 * class="node head"}), {@code <line class="edge" data-from data-to>}.
 */
public final class StructureDiagram {
  /** Vertical room between rows of boxes, for the arrows. */
  private static final double ROW_GAP = 28;
  private static final double BOX_GAP = 16;
  /** Longer texts are cut in the box and shown whole as its tooltip. */
  private static final int MAX_TEXT = 48;

  private StructureDiagram() {}

  /** The schedule's structure as a standalone SVG document. */
  public static String of(Schedule schedule) {
    StructureGraph graph = StructureGraph.of(schedule);
    int bands = schedule.layers().size();
    int[] rowsPerBand = new int[bands];
    for (StructureGraph.Box box : graph.boxes()) {
      rowsPerBand[box.layer()] = Math.max(rowsPerBand[box.layer()], box.row() + 1);
    }
    double[] bandTop = new double[bands + 1];
    bandTop[0] = Metrics.MARGIN;
    for (int band = 0; band < bands; band++) {
      bandTop[band + 1] =
          bandTop[band] + Metrics.TITLE + rowsPerBand[band] * (Metrics.ROW + ROW_GAP) + Metrics.GAP;
    }
    Map<String, Rectangle> places = new HashMap<>();
    Map<String, Double> rowEnds = new HashMap<>();
    double right = Metrics.MARGIN;
    for (StructureGraph.Box box : graph.boxes()) {
      String row = box.layer() + "/" + box.row();
      double x = rowEnds.getOrDefault(row, Metrics.MARGIN + Metrics.GAP);
      double y = bandTop[box.layer()] + Metrics.TITLE + box.row() * (Metrics.ROW + ROW_GAP);
      Rectangle place =
          new Rectangle(x, y, TextWidth.box(Texts.cut(box.text(), MAX_TEXT)), Metrics.ROW);
      places.put(box.id(), place);
      rowEnds.put(row, place.right() + BOX_GAP);
      right = Math.max(right, place.right());
    }
    for (int band = 0; band < bands; band++) {
      right = Math.max(right, Metrics.MARGIN + Metrics.GAP + TextWidth.of(bandTitle(band)));
    }
    double width = right + Metrics.GAP;

    Element picture = Element.of("g").attr("class", "structure");
    picture.add(arrowHead());
    List<Element> bandGroups = new ArrayList<>();
    for (int band = 0; band < bands; band++) {
      Element group = Element.of("g").attr("class", "band").attr("data-layer", band);
      group.add(
          Element.of("rect")
              .attr("x", Metrics.MARGIN)
              .attr("y", bandTop[band])
              .attr("width", width - Metrics.MARGIN)
              .attr("height", bandTop[band + 1] - bandTop[band] - Metrics.GAP)
              .attr("fill", band % 2 == 0 ? "#f6f6f6" : "#eef3f9"));
      group.add(
          Texts.title(
              bandTitle(band), Metrics.MARGIN + Metrics.GAP, bandTop[band] + Metrics.TITLE / 2));
      bandGroups.add(group);
    }
    picture.addAll(bandGroups);
    Element edges = Element.of("g").attr("class", "edges");
    for (StructureGraph.Edge edge : graph.edges()) {
      Rectangle from = places.get(edge.from());
      Rectangle to = places.get(edge.to());
      edges.add(
          Element.of("line")
              .attr("class", "edge")
              .attr("data-from", edge.from())
              .attr("data-to", edge.to())
              .attr("x1", from.centreX())
              .attr("y1", from.bottom())
              .attr("x2", to.centreX())
              .attr("y2", to.y())
              .attr("stroke", "#666666")
              .attr("marker-end", "url(#rasp-arrow)"));
    }
    picture.add(edges);
    for (StructureGraph.Box box : graph.boxes()) {
      bandGroups.get(box.layer()).add(node(box, places.get(box.id())));
    }
    return new Sheet("rasp-structure", schedule.output().describe() + ": structure")
        .place(new Block(picture, width, bandTop[bands] - Metrics.MARGIN - Metrics.GAP))
        .toSvg();
  }

  private static String bandTitle(int layer) {
    return layer == 0 ? "embedding (layer 0)" : "layer " + layer;
  }

  private static Element node(StructureGraph.Box box, Rectangle place) {
    Element group =
        Element.of("g")
            .attr("class", box.kind().equals("head") ? "node head" : "node")
            .attr("data-id", box.id())
            .attr("data-kind", box.kind());
    if (box.output()) {
      group.attr("data-output", "true");
    }
    String shown = Texts.cut(box.text(), MAX_TEXT);
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

  /** Where a box is drawn. */
  private record Rectangle(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    double centreX() {
      return x + width / 2;
    }
  }
}
