package org.rasp4j.samples.compiled;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/**
 * The generated evaluators stand alone: no reference to the runtime's IR, analysis, interpreter,
 * Sop or Selector (only RaspException and the support package, for identical errors).
 */
class GeneratedSourcesTest {
  private static final Path GENERATED = Path.of("target/generated-sources/annotations");
  private static final Pattern FORBIDDEN = Pattern.compile(
      "org\\.rasp4j\\.(ir|analysis|interpreter)\\b|\\bSop\\b|\\bSelector\\b|org\\.rasp4j\\.Rasp\\b"
          + "|org\\.rasp4j\\.Library\\b|\\bList<|\\bjava\\.util\\.(?!Objects)");

  @Test
  void everySampleHasAGeneratedSource() throws IOException {
    List<Path> sources = sources();
    for (Program program : Catalog.all()) {
      String file = program.annotation().name() + ".java";
      assertWithMessage("generated source of %s", program.name())
          .that(sources.stream().anyMatch(p -> p.getFileName().toString().equals(file)))
          .isTrue();
    }
  }

  @Test
  void noGeneratedSourceReferencesTheIrOrTheInterpreter() throws IOException {
    List<Path> sources = sources();
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      String text = Files.readString(source);
      var matcher = FORBIDDEN.matcher(text);
      assertWithMessage("%s references %s", source, matcher.find() ? matcher.group() : "")
          .that(FORBIDDEN.matcher(text).find())
          .isFalse();
    }
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(GENERATED)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }
}
