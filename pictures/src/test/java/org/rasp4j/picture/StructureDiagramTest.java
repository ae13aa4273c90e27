package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.picture.SvgDocument.child;
import static org.rasp4j.picture.SvgDocument.children;
import static org.rasp4j.picture.SvgDocument.number;

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
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Aggregate;
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
  void flipsBoxesAndArrowsAreTheBlogsProgram() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    Map<String, String> text = boxTexts(svg);
    assertThat(new HashSet<>(text.values()))
        .containsExactly(
            "tokens", "indices", "constant 1", "aggregate 'length'", "length - indices",
            "(length - indices) - 1", "aggregate 'flip'", "key(1) == query(1)",
            "key((length - indices) - 1) == query(indices)");
    Set<String> arrows = new HashSet<>();
    for (Element edge : svg.all("edge")) {
      arrows.add(text.get(edge.getAttribute("data-from")) + " -> " + text.get(edge.getAttribute("data-to")));
    }
    assertThat(arrows)
        .containsExactly(
            "constant 1 -> key(1) == query(1)",
            "key(1) == query(1) -> aggregate 'length'",
            "constant 1 -> aggregate 'length'",
            "aggregate 'length' -> length - indices",
            "indices -> length - indices",
            "length - indices -> (length - indices) - 1",
            "constant 1 -> (length - indices) - 1",
            "(length - indices) - 1 -> key((length - indices) - 1) == query(indices)",
            "indices -> key((length - indices) - 1) == query(indices)",
            "key((length - indices) - 1) == query(indices) -> aggregate 'flip'",
            "tokens -> aggregate 'flip'");
    assertThat(svg.all("edge")).hasSize(11);
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
  void arrowsFromConstantsAreMarked() {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.flip().schedule()));

    Map<String, String> text = boxTexts(svg);
    for (Element edge : svg.all("edge")) {
      boolean fromConstant = text.get(edge.getAttribute("data-from")).equals("constant 1");
      assertThat(SvgDocument.hasClass(edge, "from-constant")).isEqualTo(fromConstant);
    }
  }

  @Test
  void longSelectorsAreCutInTheirBoxAndWholeInTheTooltip() {
    // sort's width heads: its selector or/and key position 0, far past 48 characters.
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(Programs.sort().schedule()));

    int cut = 0;
    for (Element head : svg.all("head")) {
      String shown = child(head, "text").getTextContent();
      String whole = fullText(head);
      assertThat(shown.codePointCount(0, shown.length())).isAtMost(48);
      if (!shown.equals(whole)) {
        cut++;
        assertThat(shown).endsWith("…");
        assertThat(whole).startsWith(shown.substring(0, shown.length() - 1));
      }
    }
    assertThat(cut).isEqualTo(2);
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
    long sops = schedule.nodes().stream().filter(node -> node instanceof SopNode).count();
    assertThat(svg.all("node").size()).isEqualTo(sops + schedule.totalHeads());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void everyArrowRunsDownFromAnInputToItsUser(String name, Schedule schedule) {
    SvgDocument svg = SvgDocument.parse(StructureDiagram.of(schedule));

    Map<String, String> text = boxTexts(svg);
    Set<String> drawn = new HashSet<>();
    for (Element edge : svg.all("edge")) {
      assertThat(number(edge, "y1")).isLessThan(number(edge, "y2"));
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
      Geometry.Area text = Geometry.textArea(child(node, "text"));
      assertThat(text.left()).isAtLeast(box.left());
      assertThat(text.right()).isAtMost(box.right());
      for (Geometry.Area other : boxes) {
        assertThat(box.overlaps(other)).isFalse();
      }
      boxes.add(box);
    }
    Geometry.assertNoTextOverlaps(svg);
  }

  /**
   * The arrows, worked out from the IR as "from text -> to text": an SOp's operands, an aggregate's
   * head and values, a width's heads, a head's key and query sequences. Heads are named by their
   * selector the way the blog writes it, which this test spells out for the programs above.
   */
  private static Set<String> expectedArrows(Schedule schedule) {
    Set<Node> program = new HashSet<>(schedule.nodes());
    Set<String> arrows = new HashSet<>();
    for (Node node : schedule.nodes()) {
      if (node instanceof Elementwise elementwise) {
        elementwise.operands().forEach(o -> arrows.add(Labels.of(o) + " -> " + Labels.of(elementwise)));
      } else if (node instanceof Aggregate aggregate) {
        arrows.add(SelectorText.of(aggregate.selector()) + " -> " + Labels.of(aggregate));
        arrows.add(Labels.of(aggregate.values()) + " -> " + Labels.of(aggregate));
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
            if (program.contains(read)) {
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

  /** The box's text, or its tooltip where the box shows it cut. */
  private static String fullText(Element node) {
    List<Element> titles = new ArrayList<>();
    for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("title")) {
        titles.add(element);
      }
    }
    return titles.isEmpty() ? child(node, "text").getTextContent() : titles.get(0).getTextContent();
  }
}
