package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.w3c.dom.Element;

class GalleryTest {
  @Test
  void thePageHoldsEveryPictureUnderItsTitleInOrder() {
    String html =
        Gallery.builder()
            .title("rasp4j tour")
            .add("flip", Pictures.of(Programs.flip().trace("hello")))
            .add("before", "key(indices) < query(indices)", Pictures.of(Library.before(), "abc"))
            .add("structure", StructureDiagram.of(Programs.flip().schedule()))
            .toHtml();

    assertThat(html).startsWith("<!DOCTYPE html>");
    SvgDocument page = SvgDocument.parse(html);
    assertThat(page.tags("h1").get(0).getTextContent()).isEqualTo("rasp4j tour");
    assertThat(texts(page.tags("h2"))).containsExactly("flip", "before", "structure").inOrder();
    assertThat(page.tags("svg")).hasSize(3);
    assertThat(page.tags("svg").get(0).getAttribute("class")).isEqualTo("rasp-trace");
    assertThat(page.tags("svg").get(2).getAttribute("class")).isEqualTo("rasp-structure");
    assertThat(texts(page.all("caption"))).containsExactly("key(indices) < query(indices)");
  }

  @Test
  void theContentsLinkToEverySection() {
    String html =
        Gallery.builder()
            .add("one", Pictures.of(Library.before(), "ab"))
            .add("two", Pictures.of(Library.before(), "abc"))
            .toHtml();

    SvgDocument page = SvgDocument.parse(html);
    List<String> ids = new ArrayList<>();
    page.tags("section").forEach(section -> ids.add("#" + section.getAttribute("id")));
    List<String> links = new ArrayList<>();
    page.tags("a").forEach(a -> links.add(a.getAttribute("href")));
    assertThat(links).containsExactlyElementsIn(ids).inOrder();
    assertThat(ids).containsNoDuplicates();
  }

  @Test
  void titlesAreText() {
    String html = Gallery.builder().title("<b> & </b>").add("a < b", Pictures.of(Library.before(), "a")).toHtml();

    SvgDocument page = SvgDocument.parse(html);
    assertThat(page.tags("h1").get(0).getTextContent()).isEqualTo("<b> & </b>");
    assertThat(page.tags("h2").get(0).getTextContent()).isEqualTo("a < b");
    assertThat(page.tags("b")).isEmpty();
  }

  @Test
  void anXmlDeclarationIsDroppedAndAnythingButSvgRefused() {
    String svg = Pictures.of(Library.before(), "ab");
    String html = Gallery.builder().add("declared", "<?xml version=\"1.0\"?>\n" + svg).toHtml();
    assertThat(html).doesNotContain("<?xml");
    assertThat(SvgDocument.parse(html).tags("svg")).hasSize(1);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gallery.builder().add("script", "<script>alert(1)</script>"));
    assertThat(e).hasMessageThat().contains("SVG");
  }

  @Test
  void anEmptyGalleryIsAPageWithNoPictures() {
    Gallery gallery = Gallery.builder().build();

    assertThat(gallery.entries()).isEmpty();
    assertThat(SvgDocument.parse(gallery.toHtml()).tags("svg")).isEmpty();
  }

  private static List<String> texts(List<Element> elements) {
    List<String> texts = new ArrayList<>();
    elements.forEach(element -> texts.add(element.getTextContent()));
    return texts;
  }
}
