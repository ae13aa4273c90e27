package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.Program;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.samples.Catalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The tour's page: each sample's run on its example and its structure, under its name. */
class TourGalleryTest {

  /** Fails on the tour's default example "hello": no 'h' in its vocabulary. */
  @RaspProgram(vocabulary = "xyz")
  static Sop<Character> onlyXyz(Sop<Character> tokens) {
    return tokens;
  }

  private static List<Element> sections(Document page) {
    return Xml.all(page, Xml.XHTML, "section");
  }

  private static String text(Element section, String tag) {
    List<Element> found = Xml.all(section, Xml.XHTML, tag);
    return found.isEmpty() ? "" : found.get(0).getTextContent();
  }

  private static Element picture(Element section) {
    List<Element> svgs = Xml.all(section, Xml.SVG, "svg");
    assertThat(svgs).hasSize(1);
    return svgs.get(0);
  }

  @Test
  void everyProgramHasItsRunThenItsStructure() {
    Document page = Xml.parse(TourGallery.html(Catalog.all()));
    List<Element> sections = sections(page);
    assertThat(sections).hasSize(2 * Catalog.all().size());
    for (int i = 0; i < Catalog.all().size(); i++) {
      String name = Catalog.all().get(i).name();
      Element run = sections.get(2 * i);
      Element structure = sections.get(2 * i + 1);
      assertThat(text(run, "h2")).startsWith(name + " on ");
      assertThat(picture(run).getAttribute("class")).isEqualTo("rasp-trace");
      assertThat(text(structure, "h2")).isEqualTo(name + ": structure");
      assertThat(picture(structure).getAttribute("class")).isEqualTo("rasp-structure");
    }
  }

  @Test
  void addIsShownOnTheBlogsInput() {
    Document page = Xml.parse(TourGallery.html(List.of(Catalog.find("add").orElseThrow())));
    List<Element> sections = sections(page);
    assertThat(sections).hasSize(2);
    assertThat(text(sections.get(0), "h2")).isEqualTo("add on \"683+345\"");
    assertThat(text(sections.get(0), "p"))
        .isEqualTo("Blog.add: 6 attention layers, heads per layer [1, 1, 1, 1, 1, 1]");
    // 683 + 345 = 1028, as the blog's add writes it: right-aligned in the input's 7 positions.
    Element output = Xml.groups(picture(sections.get(0)), "output").get(0);
    assertThat(Xml.groups(output, "value").stream().map(v -> v.getAttribute("data-value")))
        .containsExactly("0", "0", "0", "1", "0", "2", "8")
        .inOrder();
    // The structure: a band per layer, the embedding's and add's six.
    assertThat(Xml.groups(picture(sections.get(1)), "band")).hasSize(7);
  }

  @Test
  void aProgramFailingOnItsExampleShowsItsStructureAndTheFailure() throws Exception {
    Program failing = Program.of(TourGalleryTest.class.getDeclaredMethod("onlyXyz", Sop.class));
    List<Element> sections = sections(Xml.parse(TourGallery.html(List.of(failing))));
    assertThat(sections).hasSize(1);
    assertThat(text(sections.get(0), "h2")).isEqualTo("only_xyz: structure");
    assertThat(text(sections.get(0), "p"))
        .isEqualTo(
            "fails on \"hello\": tokens at position 0: unknown token 'h';"
                + " only_xyz accepts \"xyz\"");
    assertThat(picture(sections.get(0)).getAttribute("class")).isEqualTo("rasp-structure");
  }

  @Test
  void theUsageSaysWhereThePageGoes() {
    assertThat(CommandLine.run("tour", "--help").out()).contains(TourGallery.DIRECTORY.toString());
  }

  @Test
  void writeCreatesTheDirectoryAndAnswersTheRelativePath(@TempDir Path dir) throws IOException {
    Path written = TourGallery.write(
        List.of(Catalog.find("flip").orElseThrow()), dir, TourGallery.DIRECTORY);
    assertThat(written).isEqualTo(Path.of("rasp4j-tour/index.html"));
    Document page = Xml.parse(Files.readString(dir.resolve(written), StandardCharsets.UTF_8));
    assertThat(sections(page)).hasSize(2);
  }
}
