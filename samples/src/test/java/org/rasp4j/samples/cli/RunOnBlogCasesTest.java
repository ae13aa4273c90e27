package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.util.stream.Collectors.toSet;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.samples.Catalog;

/**
 * {@code run} on every blog example whose program is in the catalogue: the blog's output and
 * layers.
 */
class RunOnBlogCasesTest {
  /** The fixed start of run's line: program, input, output, layers, heads. */
  private static final Pattern RUN =
      Pattern.compile(
          "\\{\"program\":\"([^\"]*)\",\"input\":(.*?),\"output\":(\\[.*?\\]),"
              + "\"layers\":(\\d+),\"heads\":\\[[0-9,]*\\][,}].*");

  static Stream<BlogCases.Row> programRows() {
    return BlogCases.rows().stream()
        .filter(row -> row.catalogueName().flatMap(Catalog::find).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programRows")
  void runPrintsTheBlogsOutputAndLayerCount(BlogCases.Row row) {
    String name = row.catalogueName().orElseThrow();

    CommandLine result = CommandLine.run("run", name, row.input());

    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("}\n");
    assertThat(result.out().strip()).doesNotContain("\n");
    Matcher line = RUN.matcher(result.out().strip());
    assertThat(line.matches()).isTrue();
    assertThat(line.group(1)).isEqualTo(name);
    assertThat(line.group(2)).isEqualTo(BlogCases.compact(row.input()));
    assertThat(line.group(3)).isEqualTo(BlogCases.compact(row.expectedOutput()));
    assertThat(Integer.parseInt(line.group(4))).isEqualTo(row.layers());
  }

  @Test
  void everyBlogProgramTheCatalogueMustHaveIsCheckedAbove() {
    Set<String> checked =
        programRows().map(row -> row.catalogueName().orElseThrow()).collect(toSet());
    assertThat(checked).containsAtLeastElementsIn(BlogCases.REQUIRED);
  }
}
