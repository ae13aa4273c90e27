package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.Program;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.picture.Pictures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every sample's structure picture is readable, judged from the coordinates it was drawn at: no
 * two boxes overlap, no arrow runs through a box (its own two included: it leaves one's edge and
 * ends on the other's), arrows turn at right angles, every box and its text lie in its layer's
 * band, and the bands come in layer order. Its DOT text is DOT as far as structure goes (braces
 * balanced outside strings, every edge's ends declared) and has the picture's nodes and arrows.
 * Right angles also say that every sample is laid out by ELK, not by the plain rows that very
 * large programs get.
 */
class StructurePicturesTest {
  /** Text is 12 px monospace: 7.5 px a character at most, centred on its y. */
  private static final double CHARACTER = 7.5;
  private static final double HALF_LINE = 6;
  private static final double EPSILON = 0.01;

  record Box(String id, double left, double top, double right, double bottom) {
    /** Whether the open segment from a to b meets the box's inside (its border does not count). */
    boolean isCrossedBy(double[] a, double[] b) {
      double minX = Math.min(a[0], b[0]);
      double maxX = Math.max(a[0], b[0]);
      double minY = Math.min(a[1], b[1]);
      double maxY = Math.max(a[1], b[1]);
      return minX < right - EPSILON && maxX > left + EPSILON
          && minY < bottom - EPSILON && maxY > top + EPSILON;
    }

    boolean overlaps(Box other) {
      return left < other.right - EPSILON && other.left < right - EPSILON
          && top < other.bottom - EPSILON && other.top < bottom - EPSILON;
    }
  }

  static Stream<Arguments> programs() {
    return Catalog.all().stream().map(program -> Arguments.of(program.name(), program));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void boxesDoNotOverlapAndArrowsGoAroundThem(String name, Program program) throws Exception {
    Document svg = parse(Pictures.structure(program.schedule()));

    Map<String, Box> boxes = boxes(svg);
    List<Box> all = new ArrayList<>(boxes.values());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertWithMessage("%s overlaps %s", all.get(i), all.get(j))
            .that(all.get(i).overlaps(all.get(j)))
            .isFalse();
      }
    }
    List<Element> edges = withClass(svg, "edge");
    assertThat(edges).isNotEmpty();
    for (Element edge : edges) {
      String arrow = edge.getAttribute("data-from") + " -> " + edge.getAttribute("data-to");
      List<double[]> points = points(edge);
      assertWithMessage("%s starts on its source's bottom", arrow)
          .that(points.get(0)[1])
          .isWithin(EPSILON)
          .of(boxes.get(edge.getAttribute("data-from")).bottom());
      assertWithMessage("%s ends on its target's top", arrow)
          .that(points.get(points.size() - 1)[1])
          .isWithin(EPSILON)
          .of(boxes.get(edge.getAttribute("data-to")).top());
      for (int i = 1; i < points.size(); i++) {
        double[] a = points.get(i - 1);
        double[] b = points.get(i);
        assertWithMessage("%s turns at right angles", arrow)
            .that(Math.abs(a[0] - b[0]) < EPSILON || Math.abs(a[1] - b[1]) < EPSILON)
            .isTrue();
        for (Box box : all) {
          assertWithMessage("%s segment %s,%s -> %s,%s runs through %s", arrow, a[0], a[1], b[0],
                  b[1], box)
              .that(box.isCrossedBy(a, b))
              .isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void boxesAndTheirTextsLieInTheirLayersBands(String name, Program program) throws Exception {
    Schedule schedule = program.schedule();
    Document svg = parse(Pictures.structure(schedule));

    List<Element> bands = withClass(svg, "band");
    assertThat(bands).hasSize(schedule.layers().size());
    double previousBottom = Double.NEGATIVE_INFINITY;
    for (Element band : bands) {
      Element strip = firstChild(band, "rect");
      double top = number(strip, "y");
      double bottom = top + number(strip, "height");
      assertThat(top).isAtLeast(previousBottom - EPSILON);
      previousBottom = bottom;
      for (Element node : withClass(band, "node")) {
        Element rect = firstChild(node, "rect");
        double left = number(rect, "x");
        double right = left + number(rect, "width");
        double boxTop = number(rect, "y");
        double boxBottom = boxTop + number(rect, "height");
        assertWithMessage("%s in band %s", node.getAttribute("data-id"), band.getAttribute("data-layer"))
            .that(boxTop >= top && boxBottom <= bottom)
            .isTrue();
        for (Element text : childrenNamed(node, "text")) {
          double width = text.getTextContent().codePointCount(0, text.getTextContent().length()) * CHARACTER;
          double x = number(text, "x");
          double y = number(text, "y");
          assertWithMessage("'%s' inside its box", text.getTextContent())
              .that(x - width / 2 >= left && x + width / 2 <= right
                  && y - HALF_LINE >= boxTop && y + HALF_LINE <= boxBottom)
              .isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void theDotTextIsDotWithThePicturesNodesAndArrows(String name, Program program)
      throws Exception {
    Schedule schedule = program.schedule();
    String dot = Pictures.toDot(schedule);
    Document svg = parse(Pictures.structure(schedule));

    assertThat(dot).startsWith("digraph ");
    assertBracesBalanceOutsideStrings(dot);
    Set<String> declared = new HashSet<>();
    Matcher declaration = Pattern.compile("(?m)^\\s*(\"[^\"]*\") \\[").matcher(dot);
    while (declaration.find()) {
      assertWithMessage("declared once: %s", declaration.group(1))
          .that(declared.add(declaration.group(1)))
          .isTrue();
    }
    Set<String> arrows = new HashSet<>();
    Matcher edge = Pattern.compile("(?m)^\\s*(\"[^\"]*\") -> (\"[^\"]*\")( \\[style=invis\\])?;$")
        .matcher(dot);
    while (edge.find()) {
      assertThat(declared).contains(edge.group(1));
      assertThat(declared).contains(edge.group(2));
      if (edge.group(3) == null) {
        arrows.add(edge.group(1) + " -> " + edge.group(2));
      }
    }
    Set<String> drawn = new HashSet<>();
    for (Element line : withClass(svg, "edge")) {
      drawn.add("\"" + line.getAttribute("data-from") + "\" -> \"" + line.getAttribute("data-to") + "\"");
    }
    assertThat(arrows).isEqualTo(drawn);
    for (String id : boxes(svg).keySet()) {
      assertThat(declared).contains("\"" + id + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void theSameProgramGivesTheSamePicture(String name, Program program) {
    // The processor writes it into the build's output: reproducible builds need the same bytes.
    assertThat(Pictures.structure(program.schedule()))
        .isEqualTo(Pictures.structure(program.schedule()));
  }

  private static void assertBracesBalanceOutsideStrings(String dot) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < dot.length(); i++) {
      char c = dot.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        assertWithMessage("a brace closes nothing at %s", i).that(depth).isAtLeast(0);
      }
    }
    assertWithMessage("a string is left open").that(inString).isFalse();
    assertWithMessage("braces left open").that(depth).isEqualTo(0);
  }

  private static Map<String, Box> boxes(Document svg) {
    Map<String, Box> boxes = new HashMap<>();
    for (Element node : withClass(svg.getDocumentElement(), "node")) {
      Element rect = firstChild(node, "rect");
      double x = number(rect, "x");
      double y = number(rect, "y");
      String id = node.getAttribute("data-id");
      boxes.put(id, new Box(id, x, y, x + number(rect, "width"), y + number(rect, "height")));
    }
    return boxes;
  }

  private static List<double[]> points(Element polyline) {
    List<double[]> points = new ArrayList<>();
    for (String pair : polyline.getAttribute("points").trim().split("\\s+")) {
      String[] xy = pair.split(",");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    assertThat(points.size()).isAtLeast(2);
    return points;
  }

  private static Document parse(String svg) throws Exception {
    // Throws on anything not well-formed.
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> withClass(Document document, String cssClass) {
    return withClass(document.getDocumentElement(), cssClass);
  }

  private static List<Element> withClass(Element root, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element firstChild(Element parent, String tag) {
    return childrenNamed(parent, tag).get(0);
  }

  private static List<Element> childrenNamed(Element parent, String tag) {
    List<Element> children = new ArrayList<>();
    for (org.w3c.dom.Node child = parent.getFirstChild(); child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        children.add(element);
      }
    }
    return children;
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }
}
