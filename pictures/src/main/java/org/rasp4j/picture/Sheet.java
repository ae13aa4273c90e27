package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * A standalone SVG document built from blocks stacked top to bottom, sized to fit them, in the
 * pictures' monospace font on a white background.
 */
final class Sheet {
  private final String kind;
  private final String title;
  private final List<Element> parts = new ArrayList<>();
  private double y = Metrics.MARGIN;
  private double right = Metrics.MARGIN;

  /**
   * @param kind the root's CSS class, e.g. {@code rasp-trace}
   * @param title the document's {@code <title>} (what viewers show as its name)
   */
  Sheet(String kind, String title) {
    this.kind = kind;
    this.title = title;
  }

  /** Where the next block starts. */
  double top() {
    return y;
  }

  /** Adds a block below the previous one. */
  Sheet place(Block block) {
    parts.add(block.element());
    right = Math.max(right, block.right());
    y += block.height() + Metrics.GAP;
    return this;
  }

  /** The SVG document. */
  String toSvg() {
    double width = Math.ceil(right + Metrics.MARGIN);
    double height = Math.ceil(y - Metrics.GAP + Metrics.MARGIN);
    Element svg =
        Element.of("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("class", kind)
            .attr("width", width)
            .attr("height", height)
            .attr("viewBox", "0 0 " + Element.number(width) + " " + Element.number(height))
            .attr("font-family", Metrics.FONT_FAMILY)
            .attr("font-size", Metrics.FONT_SIZE);
    svg.add(Element.of("title").text(title));
    svg.add(
        Element.of("rect")
            .attr("class", "background")
            .attr("width", width)
            .attr("height", height)
            .attr("fill", "#ffffff"));
    svg.addAll(parts);
    return svg.render();
  }
}
