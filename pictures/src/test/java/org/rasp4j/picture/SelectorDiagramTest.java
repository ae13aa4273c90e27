package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.picture.SvgDocument.sequences;
import static org.rasp4j.picture.SvgDocument.valueTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.w3c.dom.Element;

class SelectorDiagramTest {
  @Test
  void beforeSelectsTheKeysLeftOfEachQuery() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Library.before(), "abcd"));

    assertThat(svg.root().getAttribute("class")).isEqualTo("rasp-selector");
    assertThat(svg.all("layer")).isEmpty();
    List<Element> cells = svg.all("cell");
    assertThat(cells).hasSize(16);
    for (Element cell : cells) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      assertThat(SvgDocument.hasClass(cell, "selected")).isEqualTo(k < q);
    }
  }

  @Test
  void queriesRunDownTheLeftAndKeysAlongTheTop() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Library.before(), "abcd"));

    Element head = svg.all("head").get(0);
    Element queries = sequences(head, "query").get(0);
    Element keys = sequences(head, "key").get(0);
    assertThat(valueTexts(queries)).containsExactly("0", "1", "2", "3").inOrder();
    assertThat(valueTexts(keys)).containsExactly("0", "1", "2", "3").inOrder();
    assertThat(sequences(head, "value")).isEmpty();
    assertThat(sequences(head, "output")).isEmpty();

    // Query i's box is level with matrix row i; key j's box above matrix column j.
    for (Element cell : svg.all("cell")) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      Element queryBox = SvgDocument.child(SvgDocument.children(queries, "value").get(q), "rect");
      Element keyBox = SvgDocument.child(SvgDocument.children(keys, "value").get(k), "rect");
      assertThat(SvgDocument.number(queryBox, "y")).isEqualTo(SvgDocument.number(cell, "y"));
      assertThat(SvgDocument.number(queryBox, "x")).isLessThan(SvgDocument.number(cell, "x"));
      assertThat(SvgDocument.number(keyBox, "x")).isEqualTo(SvgDocument.number(cell, "x"));
      assertThat(SvgDocument.number(keyBox, "y")).isLessThan(SvgDocument.number(cell, "y"));
    }
  }

  @Test
  void aCombinedSelectorShowsEveryPairOfKeysAndQueries() {
    Selector beforeAndSame =
        Library.before().and(key(Programs.chars()).eq(query(Programs.chars())));

    SvgDocument svg = SvgDocument.parse(Pictures.of(beforeAndSame, "hello"));

    Element head = svg.all("head").get(0);
    assertThat(sequences(head, "key")).hasSize(2);
    assertThat(sequences(head, "query")).hasSize(2);
    assertThat(valueTexts(sequences(head, "key").get(1)))
        .containsExactly("h", "e", "l", "l", "o")
        .inOrder();
    // Only the second 'l' sees an earlier equal token: query 3, key 2.
    List<Element> selected = svg.all("selected");
    assertThat(selected).hasSize(1);
    assertThat(selected.get(0).getAttribute("data-query")).isEqualTo("3");
    assertThat(selected.get(0).getAttribute("data-key")).isEqualTo("2");
    Geometry.assertNoTextOverlaps(svg);
    Geometry.assertNoBoxOverlaps(svg);
  }

  @Test
  void intInputsWork() {
    Selector same = key(Programs.ints()).eq(query(Programs.ints()));

    SvgDocument svg = SvgDocument.parse(Pictures.of(same, 1, 2, 1));

    boolean[][] expected = {{true, false, true}, {false, true, false}, {true, false, true}};
    for (Element cell : svg.all("cell")) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      assertThat(SvgDocument.hasClass(cell, "selected")).isEqualTo(expected[q][k]);
    }
  }

  @Test
  void theTitleReadsLikeTheProgram() {
    Selector offset = key(indices()).eq(query(indices().minus(1)));

    SvgDocument svg = SvgDocument.parse(Pictures.of(offset, "abc"));

    Element title = SvgDocument.child(svg.all("head").get(0), "text");
    assertThat(title.getTextContent()).isEqualTo("key(indices) == query(indices - 1)");
  }

  @Test
  void tooLongAnInputIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pictures.of(Library.before(), "x".repeat(300)));

    assertThat(e).hasMessageThat().contains("too long to draw (300 tokens, at most 256)");
  }
}
