package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain layout for programs too large for {@link LayeredEngine} (see {@link
 * StructureLayout#MAX_LAYERED_SPAN}): a band per layer, the graph's rows of boxes within each band
 * left to right, each row ordered by where the boxes it reads sit (the mean of their centres), and
 * straight arrows from the bottom of a box to the top of its user, which may pass over other
 * boxes. It takes time in proportion to the boxes and arrows, where the layered layout's grows
 * with how many layers each arrow spans; a program of hundreds of layers gets a picture at all.
 */
final class StructureRows {
  /** Room between rows of boxes, for the arrows. */
  static final double ROW_GAP = 28;

  private StructureRows() {}

  static StructureLayout of(
      StructureGraph graph, int bands, Map<String, List<String>> lines, double left) {
    Map<Integer, Map<Integer, List<StructureGraph.Box>>> rows = new TreeMap<>();
    for (StructureGraph.Box box : graph.boxes()) {
      rows.computeIfAbsent(box.layer(), layer -> new TreeMap<>())
          .computeIfAbsent(box.row(), row -> new ArrayList<>())
          .add(box);
    }
    Map<String, List<String>> sources = new HashMap<>();
    for (StructureGraph.Edge edge : graph.edges()) {
      sources.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(edge.from());
    }
    Map<String, StructureLayout.Rectangle> places = new HashMap<>();
    double[] bandTops = new double[bands + 1];
    double y = Metrics.MARGIN;
    double right = left;
    for (int band = 0; band < bands; band++) {
      bandTops[band] = y;
      y += StructureLayout.BAND_PAD;
      for (List<StructureGraph.Box> row : rows.getOrDefault(band, Map.of()).values()) {
        List<StructureGraph.Box> ordered = new ArrayList<>(row);
        ordered.sort(Comparator.comparingDouble(box -> barycentre(box, sources, places)));
        double x = left;
        double height = 0;
        for (StructureGraph.Box box : ordered) {
          List<String> text = lines.get(box.id());
          StructureLayout.Rectangle place =
              new StructureLayout.Rectangle(
                  x, y, StructureLayout.width(text), StructureLayout.height(text.size()));
          places.put(box.id(), place);
          x = place.right() + LayeredEngine.BOX_GAP;
          right = Math.max(right, place.right());
          height = Math.max(height, place.height());
        }
        y += height + ROW_GAP;
      }
      y = Math.max(y - ROW_GAP + StructureLayout.BAND_PAD, bandTops[band] + Metrics.TITLE);
    }
    bandTops[bands] = y;
    List<List<LayeredEngine.Point>> routes = new ArrayList<>();
    for (StructureGraph.Edge edge : graph.edges()) {
      StructureLayout.Rectangle from = places.get(edge.from());
      StructureLayout.Rectangle to = places.get(edge.to());
      routes.add(
          List.of(
              new LayeredEngine.Point(from.centreX(), from.bottom()),
              new LayeredEngine.Point(to.centreX(), to.y())));
    }
    return new StructureLayout(bandTops, places, lines, routes, right + Metrics.GAP);
  }

  /** The mean centre of the placed boxes {@code box} reads; -1 (first, in order) for none. */
  private static double barycentre(
      StructureGraph.Box box,
      Map<String, List<String>> sources,
      Map<String, StructureLayout.Rectangle> places) {
    double sum = 0;
    int count = 0;
    for (String source : sources.getOrDefault(box.id(), List.of())) {
      StructureLayout.Rectangle place = places.get(source);
      if (place != null) {
        sum += place.centreX();
        count++;
      }
    }
    return count == 0 ? -1 : sum / count;
  }
}
