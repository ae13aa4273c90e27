package org.rasp4j.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rasp4j.processor.RaspProcessor;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The shape of what the processor writes for a small program: the evaluator's source (a golden
 * file, reviewed by hand) and the structure picture beside it.
 */
class GoldenTest {
  /** The blog's shift(1), written as a user would, compiled warning-free. */
  private static final JavaFileObject SHIFT = JavaFileObjects.forSourceLines("blog.Programs",
      "package blog;",
      "import static org.rasp4j.Rasp.*;",
      "import org.rasp4j.*;",
      "import org.rasp4j.annotation.*;",
      "class Programs {",
      "  @RaspProgram(name = \"ShiftRight\", maxLayers = 1)",
      "  static Sop<Character> shift(Sop<Character> tokens) {",
      "    return key(indices()).eq(query(indices().minus(1))).value(tokens, '_').named(\"shift\");",
      "  }",
      "}");

  /**
   * Full -Xlint:all, processing warnings included: the only annotations here are rasp4j's
   * (@RaspProgram, and @RaspGenerated on the generated class), which its processor claims.
   */
  private static Compilation compile() {
    return javac()
        .withOptions("-Xlint:all", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(SHIFT);
  }

  @Test
  void theEvaluatorMatchesItsGolden() {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("blog.ShiftRight")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("goldens/GoldenTest/ShiftRight.java"));
  }

  @Test
  void theStructurePictureLiesBesideTheClass() throws Exception {
    Compilation compilation = compile();
    JavaFileObject svg = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "blog", "ShiftRight.svg")
        .orElseThrow(() -> new AssertionError("no ShiftRight.svg beside ShiftRight.class"));
    Document document = parse(svg);
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    // shift is one attention layer: the embedding band and layer 1.
    assertThat(count(document, "band")).isEqualTo(2);
  }

  private static Document parse(JavaFileObject file) throws Exception {
    String text;
    try (InputStream in = file.openInputStream()) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(text)));
  }

  private static int count(Document document, String cssClass) {
    var groups = document.getElementsByTagName("g");
    int count = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      String classes = groups.item(i).getAttributes().getNamedItem("class") == null
          ? ""
          : groups.item(i).getAttributes().getNamedItem("class").getNodeValue();
      if (java.util.List.of(classes.split(" ")).contains(cssClass)) {
        count++;
      }
    }
    return count;
  }
}
