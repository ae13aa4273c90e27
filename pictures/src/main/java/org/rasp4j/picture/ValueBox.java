package org.rasp4j.picture;

import java.util.Locale;
import org.rasp4j.interpreter.Values;

/**
 * One value in its coloured box. {@code data-value} holds the value as traces print it ({@code
 * 'a'}, {@code 0.3333}), with the characters XML cannot hold written {@code \u0000}; the text is
 * the short form of {@link ValueText}.
 */
final class ValueBox {
  private ValueBox() {}

  static Element draw(Object value, int position, double x, double y, double width) {
    return Element.of("g")
        .attr("class", "value")
        .attr("data-value", exact(value))
        .attr("data-position", position)
        .add(
            Element.of("rect")
                .attr("x", x)
                .attr("y", y)
                .attr("width", width)
                .attr("height", Metrics.ROW)
                .attr("rx", 3)
                .attr("fill", Palette.fill(value))
                .attr("stroke", "#7a7a7a"))
        .add(Texts.centred("text", ValueText.of(value), x + width / 2, y + Metrics.ROW / 2));
  }

  /** The trace's print of the value, kept exact where XML would otherwise lose a character. */
  static String exact(Object value) {
    StringBuilder out = new StringBuilder();
    Values.show(value)
        .codePoints()
        .forEach(
            c -> {
              if (!Element.allowedInXml(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
