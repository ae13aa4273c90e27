package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link StructureGraph}'s boxes and arrows go, as ELK's layered layout ({@link
 * LayeredEngine}) puts them: a band per program layer, top to bottom, each box in its layer's
 * band, arrows routed orthogonally around the boxes. Band titles sit in a column of their own on
 * the left, so no box can cover them. Each box shows its whole label, wrapped. Programs whose
 * arrows span too many layers in all get {@link StructureRows}' plain rows instead.
 *
 * @param bandTops where each band starts, and after the last one where the last band ends
 * @param places each box's rectangle, by id
 * @param lines each box's lines of text, by id
 * @param routes each edge's points, from the box read to the box reading, in the graph's order
 * @param width how far right the widest box or arrow reaches
 */
record StructureLayout(
    double[] bandTops,
    Map<String, Rectangle> places,
    Map<String, List<String>> lines,
    List<List<LayeredEngine.Point>> routes,
    double width) {
  /** A line of a box's text is at most this long; longer labels wrap. */
  static final int MAX_LINE = 40;
  /** From one line of a box's text to the next. */
  static final double LINE = 15;
  /** Room in a band above its highest box and below its lowest. */
  static final double BAND_PAD = 10;
  /**
   * The most layers all arrows may span together (an arrow from layer 0 to layer 3 spans 3) for
   * the layered layout. Its time grows with that sum, since it routes an arrow through every
   * layer it crosses: about 0.1 ms a layer, so half a second here, where the largest sample
   * (add) spans 45. A program at the processor's size limit, hundreds of layers each read from
   * the embedding, would take minutes.
   */
  static final int MAX_LAYERED_SPAN = 5_000;

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
    double gutter = 0;
    for (int band = 0; band < bands; band++) {
      gutter = Math.max(gutter, TextWidth.of(bandTitle(band)));
    }
    double left = Metrics.MARGIN + Metrics.GAP + gutter + Metrics.GAP;
    Map<String, List<String>> lines = new HashMap<>();
    for (StructureGraph.Box box : graph.boxes()) {
      lines.put(box.id(), Wrap.lines(box.label(), MAX_LINE));
    }
    return span(graph) <= MAX_LAYERED_SPAN
        ? layered(graph, bands, lines, left)
        : StructureRows.of(graph, bands, lines, left);
  }

  /** How many layers the graph's arrows span, all together. */
  static long span(StructureGraph graph) {
    Map<String, Integer> layers = new HashMap<>();
    graph.boxes().forEach(box -> layers.put(box.id(), box.layer()));
    long span = 0;
    for (StructureGraph.Edge edge : graph.edges()) {
      span += layers.get(edge.to()) - layers.get(edge.from());
    }
    return span;
  }

  private static StructureLayout layered(
      StructureGraph graph, int bands, Map<String, List<String>> lines, double left) {
    double top = Metrics.MARGIN + BAND_PAD;
    List<LayeredEngine.Node> nodes = new ArrayList<>();
    boolean[] filled = new boolean[bands];
    for (StructureGraph.Box box : graph.boxes()) {
      List<String> text = lines.get(box.id());
      nodes.add(new LayeredEngine.Node(box.id(), width(text), height(text.size()), box.layer()));
      filled[box.layer()] = true;
    }
    for (int band = 0; band < bands; band++) {
      if (!filled[band]) { // a layer of folded constants only: its band keeps a box's height
        nodes.add(new LayeredEngine.Node("band" + band, 1, Metrics.ROW, band));
      }
    }
    LayeredEngine.Placement placement = LayeredEngine.place(nodes, graph.edges());

    Map<String, Rectangle> places = new HashMap<>();
    double[] highest = new double[bands];
    double[] lowest = new double[bands];
    Arrays.fill(highest, Double.MAX_VALUE);
    double right = left;
    for (LayeredEngine.Node node : nodes) {
      LayeredEngine.Point corner = placement.places().get(node.id());
      Rectangle place =
          new Rectangle(left + corner.x(), top + corner.y(), node.width(), node.height());
      highest[node.partition()] = Math.min(highest[node.partition()], place.y());
      lowest[node.partition()] = Math.max(lowest[node.partition()], place.bottom());
      right = Math.max(right, place.right());
      if (lines.containsKey(node.id())) {
        places.put(node.id(), place);
      }
    }
    List<List<LayeredEngine.Point>> routes = new ArrayList<>();
    for (List<LayeredEngine.Point> route : placement.routes()) {
      List<LayeredEngine.Point> moved = new ArrayList<>();
      for (LayeredEngine.Point point : route) {
        moved.add(new LayeredEngine.Point(left + point.x(), top + point.y()));
        right = Math.max(right, left + point.x());
      }
      routes.add(List.copyOf(moved));
    }

    // Bands meet halfway between one layer's lowest box and the next one's highest; ELK's
    // partitions keep every box of a layer above every box of the next.
    double[] bandTops = new double[bands + 1];
    bandTops[0] = Metrics.MARGIN;
    for (int band = 1; band < bands; band++) {
      bandTops[band] = (lowest[band - 1] + highest[band]) / 2;
    }
    bandTops[bands] = lowest[bands - 1] + BAND_PAD;
    return new StructureLayout(bandTops, places, lines, routes, right + Metrics.GAP);
  }

  /** A box's width for its lines of text. */
  static double width(List<String> lines) {
    return lines.stream().mapToDouble(TextWidth::box).max().orElse(Metrics.MIN_BOX);
  }

  /** A box's height for {@code lineCount} lines of text. */
  static double height(int lineCount) {
    return Metrics.ROW + (lineCount - 1) * LINE;
  }

  static String bandTitle(int layer) {
    return layer == 0 ? "embedding (layer 0)" : "layer " + layer;
  }
}
