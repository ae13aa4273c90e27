package org.rasp4j.picture;

/** How pictures place a line of text (a title, a label, a centred value) and keep it short. */
final class Texts {
  private Texts() {}

  /** A title starting at {@code x}, vertically centred on {@code y}. */
  static Element title(String text, double x, double y) {
    return line("title", text, x, y, "start").attr("font-weight", "bold");
  }

  /** A line of plain text starting at {@code x}, vertically centred on {@code y}. */
  static Element note(String text, double x, double y) {
    return line("note", text, x, y, "start");
  }

  /** A row label ending at {@code x} (right-aligned against its boxes). */
  static Element label(String text, double x, double y) {
    return line("label", text, x, y, "end");
  }

  /** A text centred on ({@code x}, {@code y}). */
  static Element centred(String cssClass, String text, double x, double y) {
    return line(cssClass, text, x, y, "middle");
  }

  /** {@code text} cut to at most {@code maxLength} characters, ending in "…" when cut. */
  static String cut(String text, int maxLength) {
    if (text.codePointCount(0, text.length()) <= maxLength) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxLength - 1)) + "…";
  }

  private static Element line(String cssClass, String text, double x, double y, String anchor) {
    return Element.of("text")
        .attr("class", cssClass)
        .attr("x", x)
        .attr("y", y)
        .attr("text-anchor", anchor)
        .attr("dy", "0.35em") // the baseline that centres the text on y; every renderer knows dy
        .text(text);
  }
}
