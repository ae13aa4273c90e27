package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a {@link StructureGraph}'s boxes go: a band per layer, top to bottom, rows of boxes within
 * each band, left to right. Each row is ordered by where the boxes it reads sit (the mean of
 * their centres), so arrows run mostly downwards instead of across each other; boxes that read
 * nothing keep the program's order.
 *
 * @param bandTops where each band starts, and after the last one where the last band ends
 * @param places each box's rectangle, by id
 * @param width how far right the widest row or band title reaches
 */
record StructureLayout(double[] bandTops, Map<String, Rectangle> places, double width) {
  /** Vertical room between rows of boxes, for the arrows. */
  static final double ROW_GAP = 28;
  static final double BOX_GAP = 16;
  /** Longer texts are cut in the box (and shown whole as its tooltip). */
  static final int MAX_TEXT = 48;

  /** A box's rectangle. */
  record Rectangle(double x, double y, double width, double height) {
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

  static StructureLayout of(StructureGraph graph, int bands) {
    int[] rowsPerBand = new int[bands];
    Map<Integer, List<StructureGraph.Box>> rows = new TreeMap<>(); // key: band * 10_000 + row
    for (StructureGraph.Box box : graph.boxes()) {
      rowsPerBand[box.layer()] = Math.max(rowsPerBand[box.layer()], box.row() + 1);
      rows.computeIfAbsent(box.layer() * 10_000 + box.row(), r -> new ArrayList<>()).add(box);
    }
    double[] bandTops = new double[bands + 1];
    bandTops[0] = Metrics.MARGIN;
    for (int band = 0; band < bands; band++) {
      bandTops[band + 1] =
          bandTops[band] + Metrics.TITLE + rowsPerBand[band] * (Metrics.ROW + ROW_GAP)
              + Metrics.GAP;
    }
    Map<String, List<String>> sources = new HashMap<>();
    for (StructureGraph.Edge edge : graph.edges()) {
      sources.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(edge.from());
    }
    Map<String, Rectangle> places = new HashMap<>();
    double width = Metrics.MARGIN;
    for (List<StructureGraph.Box> row : rows.values()) {
      List<StructureGraph.Box> ordered = new ArrayList<>(row);
      ordered.sort(Comparator.comparingDouble(box -> barycentre(box, sources, places)));
      double x = Metrics.MARGIN + Metrics.GAP;
      for (StructureGraph.Box box : ordered) {
        double y = bandTops[box.layer()] + Metrics.TITLE + box.row() * (Metrics.ROW + ROW_GAP);
        Rectangle place =
            new Rectangle(x, y, TextWidth.box(Texts.cut(box.text(), MAX_TEXT)), Metrics.ROW);
        places.put(box.id(), place);
        x = place.right() + BOX_GAP;
        width = Math.max(width, place.right());
      }
    }
    for (int band = 0; band < bands; band++) {
      width = Math.max(width, Metrics.MARGIN + Metrics.GAP + TextWidth.of(bandTitle(band)));
    }
    return new StructureLayout(bandTops, places, width + Metrics.GAP);
  }

  static String bandTitle(int layer) {
    return layer == 0 ? "embedding (layer 0)" : "layer " + layer;
  }

  /** The mean centre of the placed boxes {@code box} reads; -1 (first, in order) for none. */
  private static double barycentre(
      StructureGraph.Box box, Map<String, List<String>> sources, Map<String, Rectangle> places) {
    double sum = 0;
    int count = 0;
    for (String source : sources.getOrDefault(box.id(), List.of())) {
      Rectangle place = places.get(source);
      if (place != null) {
        sum += place.centreX();
        count++;
      }
    }
    return count == 0 ? -1 : sum / count;
  }
}
