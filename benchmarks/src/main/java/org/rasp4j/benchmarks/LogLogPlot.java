package org.rasp4j.benchmarks;

import java.util.List;
import java.util.Map;
import org.rasp4j.picture.Element;

/**
 * The report's picture, drawn with rasp4j's own SVG elements: one small log-log panel per
 * program (time per call against n, every panel on the same scales), one polyline per
 * implementation measured, a legend on top.
 */
public final class LogLogPlot {
  private static final int COLUMNS = 4;
  private static final double PANEL_WIDTH = 250;
  private static final double PANEL_HEIGHT = 190;
  private static final double LEFT = 52;
  private static final double TOP = 22;
  private static final double RIGHT = 12;
  private static final double BOTTOM = 30;
  private static final double LEGEND = 30;
  private static final String[] UNITS = {"ns", "µs", "ms", "s"};

  private LogLogPlot() {}

  /** The colour of an implementation's line: dark enough for thin lines on white. */
  static String colour(Implementation implementation) {
    return switch (implementation) {
      case GENERATED -> "#1f5fa8";
      case INTERPRETER -> "#c0392b";
      case HAND_WRITTEN -> "#2e8b3a";
    };
  }

  /** The SVG document for {@code report}. */
  public static String svg(Report report) {
    List<String> programs = report.programs();
    double minNanos = Double.POSITIVE_INFINITY;
    double maxNanos = 0;
    int maxN = 10;
    int minN = Integer.MAX_VALUE;
    for (String program : programs) {
      for (List<double[]> line : report.series(program).values()) {
        for (double[] point : line) {
          minNanos = Math.min(minNanos, point[1]);
          maxNanos = Math.max(maxNanos, point[1]);
          maxN = Math.max(maxN, (int) point[0]);
          minN = Math.min(minN, Math.max(1, (int) point[0]));
        }
      }
    }
    if (maxNanos == 0) {
      minNanos = 1;
      maxNanos = 10;
    }
    Scale scale =
        new Scale(
            minN == Integer.MAX_VALUE ? 0 : Math.floor(Math.log10(minN)),
            Math.max(Math.floor(Math.log10(Math.min(minN, maxN))) + 1, Math.ceil(Math.log10(maxN))),
            Math.floor(Math.log10(minNanos)), Math.ceil(Math.log10(maxNanos)));
    int rows = Math.max(1, (programs.size() + COLUMNS - 1) / COLUMNS);
    double width = COLUMNS * PANEL_WIDTH;
    double height = LEGEND + rows * PANEL_HEIGHT;
    Element svg =
        Element.of("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("class", "rasp-benchmarks")
            .attr("width", width)
            .attr("height", height)
            .attr("viewBox", "0 0 " + (int) width + " " + (int) height)
            .attr("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif")
            .attr("font-size", 10);
    svg.add(Element.of("title").text("Time per call against n, log-log"));
    svg.add(Element.of("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff"));
    svg.add(legend());
    for (int i = 0; i < programs.size(); i++) {
      double x = (i % COLUMNS) * PANEL_WIDTH;
      double y = LEGEND + (i / COLUMNS) * PANEL_HEIGHT;
      svg.add(panel(programs.get(i), report.series(programs.get(i)), scale, x, y));
    }
    return svg.render();
  }

  private static Element legend() {
    Element legend = Element.of("g").attr("class", "legend");
    double x = LEFT;
    for (Implementation implementation : Implementation.values()) {
      legend.add(Element.of("line").attr("x1", x).attr("y1", 15).attr("x2", x + 24)
          .attr("y2", 15).attr("stroke", colour(implementation)).attr("stroke-width", 2));
      legend.add(Element.of("text").attr("x", x + 30).attr("y", 19).attr("font-size", 12)
          .text(implementation.label()));
      x += 150;
    }
    legend.add(Element.of("text").attr("x", x).attr("y", 19).attr("font-size", 12)
        .text("time per call (log) against n (log)"));
    return legend;
  }

  /** Decades of n along x and of nanoseconds along y. */
  private record Scale(double minX, double maxX, double minY, double maxY) {
    double x(double n) {
      return LEFT + (Math.log10(n) - minX) / (maxX - minX) * (PANEL_WIDTH - LEFT - RIGHT);
    }

    double y(double nanos) {
      double span = Math.max(1, maxY - minY);
      return PANEL_HEIGHT - BOTTOM
          - (Math.log10(nanos) - minY) / span * (PANEL_HEIGHT - TOP - BOTTOM);
    }
  }

  private static Element panel(
      String program, Map<Implementation, List<double[]>> series, Scale scale, double x,
      double y) {
    Element panel =
        Element.of("g").attr("class", "panel").attr("transform",
            "translate(" + (int) x + "," + (int) y + ")");
    panel.add(Element.of("text").attr("x", LEFT).attr("y", 14).attr("font-size", 12)
        .attr("font-weight", "bold").text(program));
    double left = scale.x(Math.pow(10, scale.minX()));
    double right = scale.x(Math.pow(10, scale.maxX()));
    for (int d = (int) scale.minY(); d <= (int) scale.maxY(); d++) {
      double gy = scale.y(Math.pow(10, d));
      panel.add(Element.of("line").attr("x1", left).attr("y1", gy).attr("x2", right)
          .attr("y2", gy).attr("stroke", "#e4e4e4"));
      if (d >= 0 && d % 3 == 0 && d / 3 < UNITS.length) {
        panel.add(Element.of("text").attr("x", left - 4).attr("y", gy + 3)
            .attr("text-anchor", "end").text("1 " + UNITS[d / 3]));
      }
    }
    for (int d = (int) scale.minX(); d <= (int) scale.maxX(); d++) {
      double gx = scale.x(Math.pow(10, d));
      panel.add(Element.of("line").attr("x1", gx).attr("y1", scale.y(Math.pow(10, scale.minY())))
          .attr("x2", gx).attr("y2", scale.y(Math.pow(10, scale.maxY()))).attr("stroke", "#e4e4e4"));
      panel.add(Element.of("text").attr("x", gx).attr("y", PANEL_HEIGHT - BOTTOM + 14)
          .attr("text-anchor", "middle").text(d == 0 ? "1" : "1e" + d));
    }
    panel.add(Element.of("text").attr("x", right).attr("y", PANEL_HEIGHT - 4)
        .attr("text-anchor", "end").text("n"));
    series.forEach(
        (implementation, line) -> {
          StringBuilder points = new StringBuilder();
          Element dots = Element.of("g").attr("fill", colour(implementation));
          for (double[] point : line) {
            double px = scale.x(point[0]);
            double py = scale.y(point[1]);
            if (points.length() > 0) {
              points.append(' ');
            }
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", px, py));
            dots.add(Element.of("circle").attr("cx", px).attr("cy", py).attr("r", 2));
          }
          panel.add(Element.of("polyline").attr("class", implementation.benchmarkMethod())
              .attr("points", points.toString()).attr("fill", "none")
              .attr("stroke", colour(implementation)).attr("stroke-width", 1.5));
          panel.add(dots);
        });
    return panel;
  }
}
