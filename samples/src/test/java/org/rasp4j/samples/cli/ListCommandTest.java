package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/** {@code list}: one aligned line per catalogue program, each run by its generated evaluator. */
class ListCommandTest {
  private static final Pattern LINE =
      Pattern.compile(
          "(\\S+) +(char|int|char\\|int) +layers=(\\d+) +heads=\\[([0-9, ]*)\\] +evaluator=generated");

  /** The lines of {@code list}, by program name: {type, layers, heads}. */
  private static Map<String, List<String>> listed() {
    CommandLine result = CommandLine.run("list");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    Map<String, List<String>> byName = new HashMap<>();
    for (String line : result.out().split("\n")) {
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).isTrue();
      byName.put(m.group(1), List.of(m.group(2), m.group(3), "[" + m.group(4) + "]"));
    }
    assertThat(result.out().split("\n")).hasLength(byName.size());
    return byName;
  }

  @Test
  void oneLinePerProgram() {
    Map<String, List<String>> listed = listed();
    assertThat(listed.keySet())
        .containsExactlyElementsIn(Catalog.all().stream().map(Program::name).toList());
  }

  @Test
  void theBlogsPrograms() {
    Map<String, List<String>> listed = listed();
    assertThat(listed.get("add")).containsExactly("char", "6", "[1, 1, 1, 1, 1, 1]").inOrder();
    assertThat(listed.get("cumsum")).containsExactly("int", "1", "[1]").inOrder();
    // minimum is written for any token type; its two layers have one head each.
    assertThat(listed.get("minimum")).containsExactly("char|int", "2", "[1, 1]").inOrder();
  }

  @Test
  void layerCountsAreTheBlogs() {
    Map<String, List<String>> listed = listed();
    for (BlogCases.Row row : BlogCases.rows()) {
      row.catalogueName()
          .filter(listed::containsKey)
          .ifPresent(
              name -> assertThat(listed.get(name).get(1)).isEqualTo(String.valueOf(row.layers())));
    }
  }

  @Test
  void columnsAreAligned() {
    List<String> lines = List.of(CommandLine.run("list").out().split("\n"));
    assertThat(lines.stream().map(line -> line.indexOf("layers=")).distinct().count()).isEqualTo(1);
    assertThat(lines.stream().map(line -> line.indexOf("evaluator=")).distinct().count())
        .isEqualTo(1);
  }
}
