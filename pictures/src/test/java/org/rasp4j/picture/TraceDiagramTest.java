package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;
import static org.rasp4j.picture.SvgDocument.children;
import static org.rasp4j.picture.SvgDocument.sequences;
import static org.rasp4j.picture.SvgDocument.valueTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.interpreter.Trace;
import org.w3c.dom.Element;

class TraceDiagramTest {
  @Test
  void flipIsTwoLayersOfOneHeadEach() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    List<Element> layers = svg.all("layer");
    assertThat(layers).hasSize(2);
    assertThat(layers.get(0).getAttribute("data-layer")).isEqualTo("1");
    assertThat(layers.get(1).getAttribute("data-layer")).isEqualTo("2");
    assertThat(children(layers.get(0), "head")).hasSize(1);
    assertThat(children(layers.get(1), "head")).hasSize(1);
    assertThat(svg.root().getAttribute("class")).isEqualTo("rasp-trace");
  }

  /**
   * A causal head draws its keys after the query as masked, the rest as the selector decides; its
   * rows and columns are the program's sequences, not the mask's indices.
   */
  @Test
  void aCausalHeadDrawsTheMaskedCells() {
    org.rasp4j.Sop<Integer> length = org.rasp4j.Library.length().causal();
    SvgDocument svg = SvgDocument.parse(Pictures.of(length.trace("abcd")));
    Element head = children(svg.all("layer").get(0), "head").get(0);
    List<Element> cells = SvgDocument.all(head, "cell");
    assertThat(cells).hasSize(16);
    for (Element cell : cells) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      assertThat(SvgDocument.hasClass(cell, "masked")).isEqualTo(k > q);
      assertThat(SvgDocument.hasClass(cell, "selected")).isEqualTo(k <= q);
    }
    assertThat(sequences(head, "key")).hasSize(1);
    // without the mask, nothing is drawn masked
    SvgDocument plain = SvgDocument.parse(Pictures.of(org.rasp4j.Library.length().trace("abcd")));
    assertThat(svgCells(plain, "masked")).isEmpty();
  }

  private static List<Element> svgCells(SvgDocument svg, String cssClass) {
    return SvgDocument.all(svg.root(), "cell").stream()
        .filter(cell -> SvgDocument.hasClass(cell, cssClass)).toList();
  }

  @Test
  void flipsHeadsSelectEverythingThenTheMirrorPosition() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    Element lengthHead = children(svg.all("layer").get(0), "head").get(0);
    Element flipHead = children(svg.all("layer").get(1), "head").get(0);
    for (Element cell : SvgDocument.all(lengthHead, "cell")) {
      assertThat(SvgDocument.hasClass(cell, "selected")).isTrue();
    }
    List<Element> cells = SvgDocument.all(flipHead, "cell");
    assertThat(cells).hasSize(25);
    for (Element cell : cells) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      assertThat(SvgDocument.hasClass(cell, "selected")).isEqualTo(k == 4 - q);
    }
  }

  @Test
  void flipsPictureShowsTheBlogsValues() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    Element lengthHead = children(svg.all("layer").get(0), "head").get(0);
    Element length = sequences(lengthHead, "output").get(0);
    assertThat(length.getAttribute("data-label")).isEqualTo("length");
    assertThat(valueTexts(length)).containsExactly("5", "5", "5", "5", "5").inOrder();

    Element flipHead = children(svg.all("layer").get(1), "head").get(0);
    Element key = sequences(flipHead, "key").get(0);
    assertThat(valueTexts(key)).containsExactly("4", "3", "2", "1", "0").inOrder();
    assertThat(valueTexts(sequences(flipHead, "query").get(0)))
        .containsExactly("0", "1", "2", "3", "4")
        .inOrder();
    assertThat(valueTexts(sequences(flipHead, "value").get(0)))
        .containsExactly("h", "e", "l", "l", "o")
        .inOrder();
    Element flip = sequences(flipHead, "output").get(0);
    assertThat(flip.getAttribute("data-label")).isEqualTo("flip");
    assertThat(valueTexts(flip)).containsExactly("o", "l", "l", "e", "h").inOrder();
  }

  @Test
  void theInputComesFirstAndTheOutputLast() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    Element first = svg.all("sequence").get(0);
    assertThat(first.getAttribute("data-label")).isEqualTo("tokens");
    assertThat(valueTexts(first)).containsExactly("h", "e", "l", "l", "o").inOrder();
    List<Element> all = svg.all("sequence");
    Element last = all.get(all.size() - 1);
    assertThat(valueTexts(last)).containsExactly("o", "l", "l", "e", "h").inOrder();
  }

  @Test
  void theEmbeddingShowsEachBroadcastConstantOnceInOneLine() {
    // flip broadcasts 1 four times (length's key, query and value, and "- 1"): one constant
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    Element embedding = svg.all("embedding").get(0);
    assertThat(labels(children(embedding, "inputs").get(0))).containsExactly("tokens", "indices").inOrder();
    assertThat(texts(children(embedding, "note"))).containsExactly("constants: 1");
  }

  @Test
  void namedConstantsAreNamedInTheLineAndNoConstantTakesARow() {
    Sop<Integer> found =
        where(Programs.chars().eq('a'), indices(), constant(-1).named("none")).named("found");
    SvgDocument svg = SvgDocument.parse(Pictures.of(found.trace("ab")));

    Element embedding = svg.all("embedding").get(0);
    assertThat(labels(children(embedding, "inputs").get(0))).containsExactly("tokens", "indices").inOrder();
    String note = SvgDocument.all(embedding, "note").get(0).getTextContent();
    assertThat(note).isAnyOf("constants: 'a', none = -1", "constants: none = -1, 'a'");
    assertThat(labels(svg.root())).containsNoneOf("constant 'a'", "none", "constant -1");
    Element mlp = children(embedding, "mlp").get(0);
    assertThat(labels(mlp)).containsExactly("tokens == 'a'", "found").inOrder();
  }

  @Test
  void aProgramWithoutConstantsHasNoConstantsLine() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Library.sort(Programs.chars(), indices()).trace("ba")));

    assertThat(svg.all("note")).isEmpty();
  }

  @Test
  void aHeadsHeadersSayQueryKeyAndValue() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("hello")));

    Element flipHead = children(svg.all("layer").get(1), "head").get(0);
    assertThat(labels(flipHead))
        .containsExactly("key: (length - indices) - 1", "query: indices", "flip", "value: tokens");
    Element lengthHead = children(svg.all("layer").get(0), "head").get(0);
    assertThat(labels(lengthHead))
        .containsExactly("key: constant 1", "query: constant 1", "length", "value: constant 1");
  }

  private static List<String> labels(Element root) {
    List<String> labels = new ArrayList<>();
    SvgDocument.all(root, "sequence").forEach(sequence -> labels.add(sequence.getAttribute("data-label")));
    return labels;
  }

  private static List<String> texts(List<Element> elements) {
    List<String> texts = new ArrayList<>();
    elements.forEach(element -> texts.add(element.getTextContent()));
    return texts;
  }

  @Test
  void aProgramThatNeverReadsItsTokensStillShowsThem() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.cumsumOfLengthMinusIndices().trace(3, 2, 3, 5)));

    Element first = svg.all("sequence").get(0);
    assertThat(first.getAttribute("data-label")).isEqualTo(TraceStages.UNREAD_TOKENS);
    assertThat(valueTexts(first)).containsExactly("3", "2", "3", "5").inOrder();
  }

  @Test
  void namedStepsAreLabelledByTheirNames() {
    SvgDocument svg =
        SvgDocument.parse(Pictures.of(Programs.cumsumOfLengthMinusIndices().trace(3, 2, 3, 5)));

    List<String> labels = new ArrayList<>();
    svg.all("sequence").forEach(sequence -> labels.add(sequence.getAttribute("data-label")));
    assertThat(labels).containsAtLeast("length", "cumsum", "length - indices");
    assertThat(String.join("|", labels)).doesNotContain("aggregate");
    Element cumsum = sequences(children(svg.all("layer").get(1), "head").get(0), "output").get(0);
    // cumsum of [4, 3, 2, 1], by hand
    assertThat(valueTexts(cumsum)).containsExactly("4", "7", "9", "10").inOrder();
  }

  @Test
  void nothingSelectedShowsTheCharZeroVisibly() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.shiftWithoutDefault().trace("abc")));

    Element head = children(svg.all("layer").get(0), "head").get(0);
    assertThat(valueTexts(sequences(head, "output").get(0))).containsExactly("∅", "a", "b").inOrder();
    Element nothing = children(sequences(head, "output").get(0), "value").get(0);
    assertThat(nothing.getAttribute("data-value")).isEqualTo("'\\u0000'"); // XML cannot hold '\0'
    assertThat(SvgDocument.child(nothing, "rect").getAttribute("fill")).isEqualTo("#ffffff");
  }

  @Test
  void tokensThatAreMarkupAreDrawnAsText() {
    Trace trace = Programs.flip().trace("<&\">'");
    SvgDocument svg = SvgDocument.parse(Pictures.of(trace));

    Element flipHead = children(svg.all("layer").get(1), "head").get(0);
    assertThat(valueTexts(sequences(flipHead, "output").get(0)))
        .containsExactly("'", ">", "\"", "&", "<")
        .inOrder();
  }

  @Test
  void anEmptyInputDrawsEmptyRowsAndMatrices() {
    Trace trace = Programs.flip().trace("");
    SvgDocument svg = SvgDocument.parse(Pictures.of(trace));

    assertThat(svg.all("layer")).hasSize(2);
    assertThat(svg.all("cell")).isEmpty();
    assertThat(svg.all("value")).isEmpty();
    TraceExpectations.assertPictureShows(trace, svg);
  }

  static Stream<Arguments> traces() {
    return Stream.of(
        Arguments.of("flip", Programs.flip().trace("hello")),
        Arguments.of("cumsum(length - indices)", Programs.cumsumOfLengthMinusIndices().trace(3, 2, 3, 5)),
        Arguments.of("sort (a selector width)", Programs.sort().trace("dcbab")),
        Arguments.of("minimum", Library.minimum(Programs.ints()).trace(5, 3, 2, 5, 2)),
        Arguments.of("shift", Library.shift(2, '_', Programs.chars()).trace("abcde")),
        Arguments.of("frac_prevs (doubles)", Programs.fractionOfAs().trace("abaca")),
        Arguments.of("no attention", Programs.chars().eq('l').trace("hello")),
        Arguments.of("two outputs, one head", twoValuesThroughOneHead().trace("abc")));
  }

  /** Two aggregates through one selector share one head: two value rows, two output columns. */
  private static Sop<Character> twoValuesThroughOneHead() {
    Selector previous = Library.before().and(key(indices()).ge(query(indices().minus(1))));
    Sop<Character> token = previous.value(tokens(CHAR), '-').named("previous token");
    Sop<Integer> position = previous.value(indices(), -1).named("previous index");
    return where(position.ge(0), token, '?');
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void everyHeadCellAndValueMatchesTheTrace(String name, Trace trace) {
    TraceExpectations.assertPictureShows(trace, SvgDocument.parse(Pictures.of(trace)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void nothingOverlaps(String name, Trace trace) {
    SvgDocument svg = SvgDocument.parse(Pictures.of(trace));

    Geometry.assertNoTextOverlaps(svg);
    Geometry.assertNoBoxOverlaps(svg);
    Geometry.assertValuesFitTheirBoxes(svg);
    Geometry.assertInsidePicture(svg);
  }

  @Test
  void aSelectorWidthDrawsBothOfItsHeadsInOneLayer() {
    Trace trace = Programs.sort().trace("dcba");
    SvgDocument svg = SvgDocument.parse(Pictures.of(trace));

    List<Element> heads = children(svg.all("layer").get(0), "head");
    assertThat(heads).hasSize(2);
    for (Element head : heads) {
      // Both heads feed the width; 'dcba' sorts to positions 3, 2, 1, 0.
      Element width = sequences(head, "output").get(0);
      assertThat(width.getAttribute("data-label")).isEqualTo("target_pos");
      assertThat(valueTexts(width)).containsExactly("3", "2", "1", "0").inOrder();
    }
  }

  @Test
  void sixtyFourTokensDrawWithoutOverlapsAndEveryBoxFitsItsText() {
    String input = "abracadabra, the quick brown fox jumps over 13 lazy dogs!?xyz<&>";
    assertThat(input).hasLength(64);
    for (Trace trace :
        List.of(
            Programs.flip().trace(input),
            Programs.fractionOfAs().trace(input),
            Programs.sort().trace(input))) {
      SvgDocument svg = SvgDocument.parse(Pictures.of(trace));

      assertThat(svg.all("value").size()).isGreaterThan(64 * 3);
      Geometry.assertValuesFitTheirBoxes(svg);
      Geometry.assertNoBoxOverlaps(svg);
      Geometry.assertNoTextOverlaps(svg);
      Geometry.assertInsidePicture(svg);
      TraceExpectations.assertPictureShows(trace, svg);
    }
  }

  @Test
  void twoHundredFiftySixTokensAreTheMost() {
    Sop<Boolean> isA = Programs.chars().eq('a');

    String svg = Pictures.of(isA.trace("a".repeat(DrawingLimit.MAX_TOKENS)));
    assertThat(SvgDocument.parse(svg).all("value").size()).isAtLeast(2 * 256);

    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> Pictures.of(isA.trace("a".repeat(300))));
    assertThat(tooLong)
        .hasMessageThat()
        .isEqualTo("the input is too long to draw (300 tokens, at most 256); trace it as text instead");
    IllegalArgumentException justOver =
        assertThrows(IllegalArgumentException.class, () -> Pictures.of(isA.trace("a".repeat(257))));
    assertThat(justOver).hasMessageThat().contains("(257 tokens, at most 256)");
  }

  @Test
  void theSvgIsStandalone() {
    SvgDocument svg = SvgDocument.parse(Pictures.of(Programs.flip().trace("ab")));

    Element root = svg.root();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox"))
        .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
    Geometry.assertInsidePicture(svg);
  }
}
