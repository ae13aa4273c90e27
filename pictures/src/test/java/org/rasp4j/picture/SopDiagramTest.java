package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.picture.SvgDocument.valueTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SopDiagramTest {
  @Test
  void aComparisonIsARowOfBooleansUnderTheInput() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.chars().eq('l'), "hello"));

    assertThat(svg.root().getAttribute("class")).isEqualTo("rasp-sop");
    List<Element> rows = svg.all("sequence");
    assertThat(rows).hasSize(2);
    assertThat(valueTexts(rows.get(0))).containsExactly("h", "e", "l", "l", "o").inOrder();
    assertThat(rows.get(1).getAttribute("data-label")).isEqualTo("tokens == 'l'");
    assertThat(valueTexts(rows.get(1))).containsExactly("F", "F", "T", "T", "F").inOrder();
  }

  @Test
  void theTokensAloneAreOneRow() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.chars(), "hey"));

    List<Element> rows = svg.all("sequence");
    assertThat(rows).hasSize(1);
    assertThat(valueTexts(rows.get(0))).containsExactly("h", "e", "y").inOrder();
  }

  @Test
  void arithmeticOnInts() {
    // The blog's tokens * 2 - 1 on [1, 2, 3, 5, 2].
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.ints().times(2).minus(1), 1, 2, 3, 5, 2));

    Element result = svg.all("sequence").get(1);
    assertThat(result.getAttribute("data-label")).isEqualTo("(tokens * 2) - 1");
    assertThat(valueTexts(result)).containsExactly("1", "3", "5", "9", "3").inOrder();
  }

  @Test
  void wideValuesGetWideBoxes() {
    SvgDocument svg =
        SvgDocument.parse(Pictures.of(Programs.ints().times(1000000), 1, 2000, 3));

    Geometry.assertValuesFitTheirBoxes(svg);
    Geometry.assertNoBoxOverlaps(svg);
    Geometry.assertNoTextOverlaps(svg);
  }

  @Test
  void tooLongAnInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Pictures.of(Programs.chars(), "x".repeat(257)));
  }
}
