package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.w3c.dom.Element;

/**
 * The entry point draws what each method names: the root's class says which picture it is, its
 * title what was drawn (a trace by its output's name, a SOp by its description) on which input.
 */
class PicturesTest {
  @Test
  void aTraceIsARun() {
    Element root = SvgDocument.parse(Pictures.of(Programs.flip().trace("ab"))).root();

    assertThat(root.getAttribute("class")).isEqualTo("rasp-trace");
    assertThat(title(root)).isEqualTo("flip on ['a', 'b']");
  }

  @Test
  void aSopOnCharactersOrIntegersIsItsValues() {
    Element chars = SvgDocument.parse(Pictures.of(Programs.chars().eq('l'), "hel")).root();
    Element ints = SvgDocument.parse(Pictures.of(Programs.ints().times(2), 3, -1)).root();

    assertThat(chars.getAttribute("class")).isEqualTo("rasp-sop");
    assertThat(title(chars)).isEqualTo("== on ['h', 'e', 'l']");
    assertThat(ints.getAttribute("class")).isEqualTo("rasp-sop");
    assertThat(title(ints)).isEqualTo("* on [3, -1]");
  }

  @Test
  void aSelectorOnCharactersOrIntegersIsItsMatrix() {
    Selector before = Library.before();
    Element chars = SvgDocument.parse(Pictures.of(before, "abc")).root();
    Element ints = SvgDocument.parse(Pictures.of(before, 7, 8)).root();

    assertThat(chars.getAttribute("class")).isEqualTo("rasp-selector");
    assertThat(SvgDocument.parse(Pictures.of(before, "abc")).all("cell")).hasSize(9);
    assertThat(title(chars)).endsWith(" on ['a', 'b', 'c']");
    assertThat(ints.getAttribute("class")).isEqualTo("rasp-selector");
    assertThat(title(ints)).endsWith(" on [7, 8]");
  }

  @Test
  void aStructureNeedsNoInput() {
    String ofTheSop = Pictures.structure(Programs.flip());

    assertThat(SvgDocument.parse(ofTheSop).root().getAttribute("class"))
        .isEqualTo("rasp-structure");
    assertThat(title(SvgDocument.parse(ofTheSop).root())).isEqualTo("aggregate 'flip': structure");
    assertThat(ofTheSop).isEqualTo(Pictures.structure(Programs.flip().schedule()));
  }

  @Test
  void everyPictureOnAnInputStopsAtTheSameLimit() {
    String longest = "a".repeat(Pictures.MAX_TOKENS);
    Selector same = key(indices()).eq(query(indices()));

    assertThat(Pictures.of(Programs.chars(), longest)).startsWith("<svg");
    assertThat(Pictures.of(same, new int[Pictures.MAX_TOKENS])).startsWith("<svg");
    assertThrows(IllegalArgumentException.class, () -> Pictures.of(Programs.chars(), longest + "a"));
    assertThrows(
        IllegalArgumentException.class, () -> Pictures.of(same, new int[Pictures.MAX_TOKENS + 1]));
    assertThrows(
        IllegalArgumentException.class,
        () -> Pictures.of(Programs.chars().trace(longest + "a")));
  }

  private static String title(Element root) {
    return SvgDocument.child(root, "title").getTextContent();
  }
}
