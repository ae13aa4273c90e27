package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.picture.SvgDocument.child;
import static org.rasp4j.picture.SvgDocument.children;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;
import org.w3c.dom.Element;

/** Programs whose arrows span too many layers for ELK get plain rows, in time. */
class StructureRowsTest {
  /** Each round a head in a layer of its own, reading indices and a formula of the embedding. */
  private static Schedule rounds(int rounds) {
    Sop<Integer> x = tokens(INT);
    for (int i = 1; i <= rounds; i++) {
      x = x.plus(i);
      x = key(indices()).eq(query(indices().minus(i))).value(x, i);
    }
    return x.schedule();
  }

  @Test
  void flipsArrowsSpanSixLayers() {
    // By hand: indices -> length - indices 1, (length - indices) - 1 -> its head 1, indices ->
    // that head 2, tokens -> aggregate 'flip' 2; the rest stay in their layer.
    assertThat(StructureLayout.span(StructureGraph.of(Programs.flip().schedule()))).isEqualTo(6);
  }

  @Test
  void aProgramOfHundredsOfLayersIsDrawnInRows() {
    Schedule schedule = rounds(400); // its arrows span about 160 000 layers: minutes for ELK
    assertThat(StructureLayout.span(StructureGraph.of(schedule)))
        .isGreaterThan(StructureLayout.MAX_LAYERED_SPAN);

    String picture =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> StructureDiagram.of(schedule));

    SvgDocument svg = SvgDocument.parse(picture);
    assertThat(svg.all("band")).hasSize(401);
    Map<String, Geometry.Area> boxes = new HashMap<>();
    List<Geometry.Area> placed = new ArrayList<>();
    for (Element band : svg.all("band")) {
      Geometry.Area strip = Geometry.rectArea(child(band, "rect"), "band");
      for (Element node : children(band, "node")) {
        Geometry.Area box = Geometry.rectArea(child(node, "rect"), node.getAttribute("data-id"));
        assertThat(box.top()).isAtLeast(strip.top());
        assertThat(box.bottom()).isAtMost(strip.bottom());
        boxes.put(node.getAttribute("data-id"), box);
        placed.add(box);
      }
    }
    placed.sort((a, b) -> Double.compare(a.top(), b.top()));
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size() && placed.get(j).top() < placed.get(i).bottom(); j++) {
        assertThat(placed.get(i).overlaps(placed.get(j))).isFalse();
      }
    }
    for (Element edge : svg.all("edge")) {
      List<double[]> points = StructureDiagramTest.points(edge);
      assertThat(points).hasSize(2);
      assertThat(points.get(0)[1]).isEqualTo(boxes.get(edge.getAttribute("data-from")).bottom());
      assertThat(points.get(1)[1]).isEqualTo(boxes.get(edge.getAttribute("data-to")).top());
    }
  }
}
