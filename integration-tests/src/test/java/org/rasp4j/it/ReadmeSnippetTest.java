package org.rasp4j.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using rasp4j in your build" lines are what the integration tests build with: each
 * consumer project's pom.xml holds them verbatim (one level indented, the version a placeholder
 * the invoker fills in), so a user who pastes them gets the build those tests passed.
 */
class ReadmeSnippetTest {
  private static final String PLACEHOLDER = "@project.version@";

  /** The first xml block of the README's section on using rasp4j in a build. */
  static String snippet() throws IOException {
    String readme = Repository.readme();
    int section = readme.indexOf("## Using rasp4j in your build");
    assertThat(section).isAtLeast(0);
    int start = readme.indexOf("```xml\n", section);
    assertWithMessage("an xml block in the README's build section")
        .that(start)
        .isGreaterThan(section);
    start += "```xml\n".length();
    int end = readme.indexOf("```\n", start);
    return readme.substring(start, end);
  }

  private static List<Path> consumerPoms() throws IOException {
    Path projects = Repository.root().resolve("integration-tests/src/it");
    try (Stream<Path> dirs = Files.list(projects)) {
      return dirs.map(dir -> dir.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void everyConsumerProjectIsBuiltWithTheReadmesLines() throws IOException {
    String snippet = snippet();
    String version = Repository.version();
    assertWithMessage("the README's snippet names the version being built")
        .that(snippet)
        .contains("<version>" + version + "</version>");
    String indented =
        snippet
            .replace(version, PLACEHOLDER)
            .lines()
            .map(line -> line.isEmpty() ? line : "  " + line)
            .collect(Collectors.joining("\n", "", "\n"));
    List<Path> poms = consumerPoms();
    assertThat(poms).hasSize(2);
    for (Path pom : poms) {
      assertWithMessage("%s holds the README's lines verbatim", pom)
          .that(Files.readString(pom))
          .contains(indented);
    }
  }

  /** The snippet pins what this build compiles with: the compiler plugin and the release. */
  @Test
  void theSnippetPinsTheCompilerThisBuildUses() throws IOException {
    String snippet = snippet();
    assertThat(snippet)
        .contains(
            "<artifactId>maven-compiler-plugin</artifactId>\n      <version>"
                + Repository.rootProperty("compiler-plugin.version")
                + "</version>");
    assertThat(snippet)
        .contains(
            "<maven.compiler.release>"
                + Repository.rootProperty("maven.compiler.release")
                + "</maven.compiler.release>");
    assertThat(snippet).contains("<annotationProcessorPaths>");
  }
}
