package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.picture.SvgDocument.child;
import static org.rasp4j.picture.SvgDocument.children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.Library;
import org.rasp4j.Rasp;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.w3c.dom.Element;

class StructureDiagramTest {
  @Test
  void flipIsThreeBandsWithOneHeadInEachAttentionLayer() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    assertThat(svg.root().getAttribute("class")).isEqualTo("rasp-structure");
    List<Element> bands = svg.all("band");
    assertThat(bands).hasSize(3);
    assertThat(children(bands.get(0), "head")).isEmpty();
    assertThat(children(bands.get(1), "head")).hasSize(1);
    assertThat(children(bands.get(2), "head")).hasSize(1);
  }

  @Test
  void flipsBoxesAndArrowsAreTheBlogsProgramWithItsConstantFolded() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    // By hand from the blog's flip: length = aggregate(select(1, 1, ==), 1) reads the constant 1
    // as its values, which its name does not write; the formulas and the selector write it.
    Map<String, String> text = boxTexts(svg);
    assertThat(new HashSet<>(text.values()))
        .containsExactly(
            "tokens", "indices", "aggregate 'length'\n← constant 1", "length - indices",
            "(length - indices) - 1", "aggregate 'flip'", "key(1) == query(1)",
            "key((length - indices) - 1) == query(indices)");
    Set<String> arrows = new HashSet<>();
    for (Element edge : svg.all("edge")) {
      arrows.add(text.get(edge.getAttribute("data-from")) + " -> " + text.get(edge.getAttribute("data-to")));
    }
    assertThat(arrows)
        .containsExactly(
            "key(1) == query(1) -> aggregate 'length'\n← constant 1",
            "aggregate 'length'\n← constant 1 -> length - indices",
            "indices -> length - indices",
            "length - indices -> (length - indices) - 1",
            "(length - indices) - 1 -> key((length - indices) - 1) == query(indices)",
            "indices -> key((length - indices) - 1) == query(indices)",
            "key((length - indices) - 1) == query(indices) -> aggregate 'flip'",
            "tokens -> aggregate 'flip'");
    assertThat(svg.all("edge")).hasSize(8);
  }

  @Test
  void flipsBoxesSitInTheirLayersBands() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    Map<String, Integer> layers = new HashMap<>();
    for (Element band : svg.all("band")) {
      for (Element node : children(band, "node")) {
        layers.put(fullText(node), Integer.parseInt(band.getAttribute("data-layer")));
        Geometry.Area box = Geometry.rectArea(child(node, "rect"), fullText(node));
        Geometry.Area strip = Geometry.rectArea(child(band, "rect"), "band");
        assertThat(box.top()).isAtLeast(strip.top());
        assertThat(box.bottom()).isAtMost(strip.bottom());
      }
    }
    assertThat(layers)
        .containsExactly(
            "tokens", 0, "indices", 0,
            "key(1) == query(1)", 1, "aggregate 'length'\n← constant 1", 1,
            "length - indices", 1, "(length - indices) - 1", 1,
            "key((length - indices) - 1) == query(indices)", 2, "aggregate 'flip'", 2);
  }

  @Test
  void theOutputIsMarked() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    List<String> marked = new ArrayList<>();
    for (Element node : svg.all("node")) {
      if (node.getAttribute("data-output").equals("true")) {
        marked.add(child(node, "text").getTextContent());
      }
    }
    assertThat(marked).containsExactly("aggregate 'flip'");
  }

  @Test
  void aConstantProgramKeepsItsOnlyBox() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Rasp.constant(7).schedule()));

    assertThat(svg.all("node")).hasSize(1);
    assertThat(svg.all("node").get(0).getAttribute("data-kind")).isEqualTo("constant");
    assertThat(svg.all("edge")).isEmpty();
  }

  @Test
  void longSelectorsWrapAndShowWhole() {
    // sort's width heads: its selector or/and key position 0, far past a line.
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.sort().schedule()));

    int wrapped = 0;
    for (Element head : svg.all("head")) {
      List<String> lines = new ArrayList<>();
      for (Element text : children(head, "text")) {
        lines.add(text.getTextContent());
        assertThat(text.getTextContent().length()).isAtMost(40);
      }
      assertThat(String.join(" ", lines)).isEqualTo(fullText(head));
      if (lines.size() > 1) {
        wrapped++;
      }
    }
    assertThat(wrapped).isEqualTo(2);
  }

  static Stream<Arguments> schedules() {
    return Stream.of(
        Arguments.of("flip", Programs.flip().schedule()),
        Arguments.of("sort", Programs.sort().schedule()),
        Arguments.of("minimum", Library.minimum(Programs.ints()).schedule()),
        Arguments.of("cumsum(length - indices)", Programs.cumsumOfLengthMinusIndices().schedule()),
        Arguments.of("frac_prevs", Programs.fractionOfAs().schedule()),
        Arguments.of("no attention", Programs.chars().eq('l').schedule()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void bandsAndHeadsFollowTheSchedule(String name, Schedule schedule) {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(schedule));

    List<Element> bands = svg.all("band");
    assertThat(bands).hasSize(schedule.attentionLayers() + 1);
    List<Integer> heads = new ArrayList<>();
    for (Element band : bands.subList(1, bands.size())) {
      heads.add(children(band, "head").size());
    }
    assertThat(heads).isEqualTo(schedule.headsPerLayer());
    long sops =
        schedule.nodes().stream()
            .filter(node -> node instanceof SopNode && !(node instanceof Constant))
            .count();
    assertThat(svg.all("node").size()).isEqualTo(sops + schedule.totalHeads());
    assertThat(svg.all("node").stream().map(node -> node.getAttribute("data-kind")))
        .doesNotContain("constant");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void everyArrowRunsDownFromAnInputToItsUser(String name, Schedule schedule) {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(schedule));

    Map<String, String> text = new HashMap<>();
    boxTexts(svg).forEach((id, label) -> text.put(id, label.split("\n")[0])); // without reads
    Set<String> drawn = new HashSet<>();
    Map<String, Geometry.Area> boxes = boxAreas(svg);
    for (Element edge : svg.all("edge")) {
      // From the bottom of the box read to the top of the box reading, at right angles.
      List<double[]> points = points(edge);
      Geometry.Area from = boxes.get(edge.getAttribute("data-from"));
      Geometry.Area to = boxes.get(edge.getAttribute("data-to"));
      assertThat(points.get(0)[1]).isWithin(0.01).of(from.bottom());
      assertThat(points.get(points.size() - 1)[1]).isWithin(0.01).of(to.top());
      for (int i = 1; i < points.size(); i++) {
        boolean vertical = Math.abs(points.get(i)[0] - points.get(i - 1)[0]) < 0.01;
        boolean horizontal = Math.abs(points.get(i)[1] - points.get(i - 1)[1]) < 0.01;
        assertThat(vertical || horizontal).isTrue();
      }
      drawn.add(text.get(edge.getAttribute("data-from")) + " -> " + text.get(edge.getAttribute("data-to")));
    }
    assertThat(drawn).containsExactlyElementsIn(expectedArrows(schedule));
    assertThat(svg.all("edge")).hasSize(drawn.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void boxesFitTheirTextAndDoNotOverlap(String name, Schedule schedule) {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(schedule));

    List<Geometry.Area> boxes = new ArrayList<>();
    for (Element node : svg.all("node")) {
      Geometry.Area box = Geometry.rectArea(child(node, "rect"), node.getAttribute("data-id"));
      for (Element line : children(node, "text")) {
        Geometry.Area text = Geometry.textArea(line);
        assertThat(text.left()).isAtLeast(box.left());
        assertThat(text.right()).isAtMost(box.right());
        assertThat(text.top()).isAtLeast(box.top());
        assertThat(text.bottom()).isAtMost(box.bottom());
      }
      for (Geometry.Area other : boxes) {
        assertThat(box.overlaps(other)).isFalse();
      }
      boxes.add(box);
    }
    Geometry.assertNoTextOverlaps(svg);
  }

  /**
   * The arrows, worked out from the IR as "from text -> to text": an SOp's operands, an aggregate's
   * head and values, a width's heads, a head's key and query sequences; none from a constant,
   * which its users show. Heads are named by their
   * selector the way the blog writes it, which this test spells out for the programs above.
   */
  private static Set<String> expectedArrows(Schedule schedule) {
    Set<Node> program = new HashSet<>(schedule.nodes());
    Set<String> arrows = new HashSet<>();
    for (Node node : schedule.nodes()) {
      if (node instanceof Elementwise elementwise) {
        elementwise.operands().stream()
            .filter(o -> !(o instanceof Constant))
            .forEach(o -> arrows.add(Labels.of(o) + " -> " + Labels.of(elementwise)));
      } else if (node instanceof Aggregate aggregate) {
        arrows.add(SelectorText.of(aggregate.selector()) + " -> " + Labels.of(aggregate));
        if (!(aggregate.values() instanceof Constant)) {
          arrows.add(Labels.of(aggregate.values()) + " -> " + Labels.of(aggregate));
        }
      } else if (node instanceof SelectorWidth width) {
        for (SelectorNode head : width.heads()) {
          arrows.add(SelectorText.of(head) + " -> " + Labels.of(width));
        }
      }
    }
    for (var layer : schedule.layers()) {
      for (var head : layer.heads()) {
        for (Select leaf : leaves(head.selector())) {
          for (SopNode read : List.of(leaf.keys(), leaf.queries())) {
            if (program.contains(read) && !(read instanceof Constant)) {
              arrows.add(Labels.of(read) + " -> " + SelectorText.of(head.selector()));
            }
          }
        }
      }
    }
    return arrows;
  }

  private static List<Select> leaves(SelectorNode selector) {
    if (selector instanceof Select select) {
      return List.of(select);
    }
    List<Select> leaves = new ArrayList<>();
    ((SelectorLogic) selector).operands().forEach(operand -> leaves.addAll(leaves(operand)));
    return leaves;
  }

  private static Map<String, String> boxTexts(SvgDocument svg) {
    Map<String, String> texts = new HashMap<>();
    for (Element node : svg.all("node")) {
      texts.put(node.getAttribute("data-id"), fullText(node));
    }
    return texts;
  }

  /** The box's whole label, from its tooltip (its lines as drawn may be wrapped). */
  static String fullText(Element node) {
    return child(node, "title").getTextContent();
  }

  private static Map<String, Geometry.Area> boxAreas(SvgDocument svg) {
    Map<String, Geometry.Area> areas = new HashMap<>();
    for (Element node : svg.all("node")) {
      areas.put(node.getAttribute("data-id"),
          Geometry.rectArea(child(node, "rect"), node.getAttribute("data-id")));
    }
    return areas;
  }

  /** A polyline's points, as (x, y) pairs. */
  static List<double[]> points(Element polyline) {
    List<double[]> points = new ArrayList<>();
    for (String pair : polyline.getAttribute("points").trim().split(" ")) {
      String[] xy = pair.split(",");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return points;
  }
}
