package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.picture.SvgDocument.child;
import static org.rasp4j.picture.SvgDocument.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Layout checks on a drawn picture, with text widths estimated here by a fixed measure
 * (7.5 px per character of the 12 px monospace font, wide East Asian characters aside): no text
 * overlaps another, no box overlaps another, and every value box is wider than its text.
 */
final class Geometry {
  static final double CHARACTER = 7.5;
  static final double HALF_LINE = 6; // 12 px text centred on its y

  private Geometry() {}

  /** A rectangle in picture coordinates, with what it is for messages. */
  record Area(String what, double left, double top, double right, double bottom) {
    boolean overlaps(Area other) {
      // Touching edges are fine: neighbouring boxes share a border.
      return left < other.right - 0.01 && other.left < right - 0.01
          && top < other.bottom - 0.01 && other.top < bottom - 0.01;
    }
  }

  static double estimatedWidth(String text) {
    return text.codePointCount(0, text.length()) * CHARACTER;
  }

  /** Where a {@code <text>} draws, from its anchor and estimated width. */
  static Area textArea(Element text) {
    double x = number(text, "x");
    double y = number(text, "y");
    double width = estimatedWidth(text.getTextContent());
    double left =
        switch (text.getAttribute("text-anchor")) {
          case "end" -> x - width;
          case "middle" -> x - width / 2;
          default -> x;
        };
    return new Area("text '" + text.getTextContent() + "'", left, y - HALF_LINE, left + width, y + HALF_LINE);
  }

  static Area rectArea(Element rect, String what) {
    double x = number(rect, "x");
    double y = number(rect, "y");
    return new Area(what, x, y, x + number(rect, "width"), y + number(rect, "height"));
  }

  static void assertNoTextOverlaps(SvgDocument svg) {
    List<Area> areas = new ArrayList<>();
    for (Element text : svg.tags("text")) {
      areas.add(textArea(text));
    }
    assertDisjoint(areas);
  }

  /** Value boxes and matrix cells: no two share any area. */
  static void assertNoBoxOverlaps(SvgDocument svg) {
    List<Area> areas = new ArrayList<>();
    for (Element value : svg.all("value")) {
      areas.add(rectArea(child(value, "rect"), "box of " + value.getAttribute("data-value")));
    }
    for (Element cell : svg.all("cell")) {
      areas.add(rectArea(cell, "cell " + cell.getAttribute("data-query") + "," + cell.getAttribute("data-key")));
    }
    assertDisjoint(areas);
  }

  /** Every value's text lies inside its box. */
  static void assertValuesFitTheirBoxes(SvgDocument svg) {
    for (Element value : svg.all("value")) {
      Area box = rectArea(child(value, "rect"), "box");
      Element text = child(value, "text");
      Area drawn = textArea(text);
      assertWithMessage("box of '%s'", text.getTextContent())
          .that(box.right() - box.left())
          .isAtLeast(estimatedWidth(text.getTextContent()));
      assertWithMessage("text '%s' inside its box", text.getTextContent())
          .that(drawn.left() >= box.left() && drawn.right() <= box.right()
              && drawn.top() >= box.top() && drawn.bottom() <= box.bottom())
          .isTrue();
    }
  }

  /** Every text and box lies inside the picture's width and height. */
  static void assertInsidePicture(SvgDocument svg) {
    double width = number(svg.root(), "width");
    double height = number(svg.root(), "height");
    List<Area> areas = new ArrayList<>();
    svg.tags("text").forEach(text -> areas.add(textArea(text)));
    svg.all("cell").forEach(cell -> areas.add(rectArea(cell, "cell")));
    svg.all("value").forEach(value -> areas.add(rectArea(child(value, "rect"), "box")));
    for (Area area : areas) {
      assertWithMessage("%s inside the %sx%s picture", area, width, height)
          .that(area.left() >= 0 && area.top() >= 0 && area.right() <= width && area.bottom() <= height)
          .isTrue();
    }
  }

  /** Sweep by top edge: only areas whose vertical ranges meet are compared. */
  private static void assertDisjoint(List<Area> areas) {
    List<Area> sorted = new ArrayList<>(areas);
    sorted.sort(Comparator.comparingDouble(Area::top));
    for (int i = 0; i < sorted.size(); i++) {
      Area a = sorted.get(i);
      for (int j = i + 1; j < sorted.size() && sorted.get(j).top() < a.bottom(); j++) {
        Area b = sorted.get(j);
        assertWithMessage("%s overlaps %s", a, b).that(a.overlaps(b)).isFalse();
      }
    }
  }
}
