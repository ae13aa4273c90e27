package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rasp4j.testing.Gen;

class ElementTest {
  @Test
  void rendersNestedElementsWithAttributesInTheOrderSet() {
    Element group =
        Element.of("g")
            .attr("class", "head")
            .attr("data-head", 2)
            .add(Element.of("rect").attr("x", 1.5).attr("width", 22.0))
            .add(Element.of("text").text("a"));

    assertThat(group.render())
        .isEqualTo("<g class=\"head\" data-head=\"2\"><rect x=\"1.5\" width=\"22\"/><text>a</text></g>");
  }

  @Test
  void escapesMarkupInText() {
    assertThat(Element.of("text").text("a<b & c>\"d\"").render())
        .isEqualTo("<text>a&lt;b &amp; c&gt;\"d\"</text>");
  }

  @Test
  void escapesQuotesAndLineBreaksInAttributes() {
    assertThat(Element.of("g").attr("data-value", "'<\"a\">'\n&").render())
        .isEqualTo("<g data-value=\"'&lt;&quot;a&quot;&gt;'&#10;&amp;\"/>");
  }

  @Test
  void replacesCharactersXmlCannotHold() {
    String rendered = Element.of("text").text("a\0b\u0007c").attr("v", "\0").render();

    assertThat(rendered).isEqualTo("<text v=\"\uFFFD\">a\uFFFDb\uFFFDc</text>");
    assertThat(SvgDocument.parse(rendered).root().getTextContent()).isEqualTo("a\uFFFDb\uFFFDc");
  }

  @Test
  void keepsCharactersOutsideTheBasicPlane() {
    String text = "\uD83D\uDE00 中";

    assertThat(SvgDocument.parse(Element.of("t").text(text).render()).root().getTextContent())
        .isEqualTo(text);
  }

  @Test
  void refusesNamesThatAreNotXmlNames() {
    assertThrows(IllegalArgumentException.class, () -> Element.of("1rect"));
    assertThrows(IllegalArgumentException.class, () -> Element.of("g").attr("a b", "c"));
    assertThrows(IllegalArgumentException.class, () -> Element.of("g").attr("x=\"1\" y", "c"));
  }

  @Test
  void refusesNulls() {
    assertThrows(IllegalArgumentException.class, () -> Element.of("g").text(null));
    assertThrows(IllegalArgumentException.class, () -> Element.of("g").attr("a", (String) null));
    assertThrows(IllegalArgumentException.class, () -> Element.of("g").add(null));
  }

  @Test
  void writesNumbersWithAtMostTwoDecimals() {
    assertThat(Element.number(3)).isEqualTo("3");
    assertThat(Element.number(-12.0)).isEqualTo("-12");
    assertThat(Element.number(2.5)).isEqualTo("2.5");
    assertThat(Element.number(1.0 / 3)).isEqualTo("0.33");
    assertThat(Element.number(1e-9)).isEqualTo("0");
    assertThrows(IllegalArgumentException.class, () -> Element.number(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Element.number(1 / 0.0));
  }

  /** Whatever the text, the document parses and gives the text back (XML-illegal chars as U+FFFD). */
  @Test
  void anyTextAndAttributeSurviveAParse() {
    Gen.forAll(1000, gen -> anyTextAndAttributeSurviveAParse(gen.anyString(64)));
  }

  private void anyTextAndAttributeSurviveAParse(String text) {
    String rendered = Element.of("t").attr("a", text).text(text).render();

    org.w3c.dom.Element root = SvgDocument.parse(rendered).root();

    String expected = xmlSafe(text);
    assertThat(root.getAttribute("a")).isEqualTo(expected);
    assertThat(root.getTextContent()).isEqualTo(expected);
  }

  /** The XML 1.0 Char production, restated: what a parser can give back. */
  private static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean legal =
                  c == 0x9 || c == 0xA || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              out.appendCodePoint(legal ? c : 0xFFFD);
            });
    return out.toString();
  }
}
