package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The README's picture, docs/add.svg, is what its caption says: the blog's add on 683+345, as
 * {@code draw} writes it (regenerate it with the README's command when the pictures change).
 */
class ReadmePictureTest {

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).isNotNull();
    return dir;
  }

  @Test
  void theReadmeShowsAddOn683Plus345() throws IOException {
    assertThat(Files.readString(root().resolve("README.md")))
        .contains("\n![add on 683+345](docs/add.svg)\n");
    Document picture =
        Xml.parse(Files.readString(root().resolve("docs/add.svg"), StandardCharsets.UTF_8));
    Element svg = picture.getDocumentElement();
    assertThat(svg.getAttribute("class")).isEqualTo("rasp-trace");
    assertThat(Xml.all(svg, Xml.SVG, "title").get(0).getTextContent())
        .endsWith(" on ['6', '8', '3', '+', '3', '4', '5']");
    assertThat(Xml.groups(svg, "layer").stream().map(g -> g.getAttribute("data-layer")))
        .containsExactly("1", "2", "3", "4", "5", "6")
        .inOrder();
    // 683 + 345 = 1028.
    Element output = Xml.groups(svg, "output").get(0);
    assertThat(Xml.groups(output, "value").stream().map(v -> v.getAttribute("data-value")))
        .containsExactly("0", "0", "0", "1", "0", "2", "8")
        .inOrder();
  }
}
