package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README stays true to the code: its commands, usage, examples and Java excerpts. */
class ReadmeTest {
  private static final String JAR = "java -jar samples/target/rasp4j-samples.jar";

  /** The repository root: Maven runs the tests in samples/. */
  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).isNotNull();
    return dir;
  }

  private static List<String> readme() throws IOException {
    return Files.readAllLines(root().resolve("README.md"));
  }

  /** The fenced blocks of a language ("sh", "text", "java"), each as its lines. */
  private static List<List<String>> blocks(List<String> lines, String language) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      if (current == null && line.equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        blocks.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  @Test
  void quickStartIsTheTwoCommands() throws IOException {
    List<String> lines = readme();
    int start = lines.indexOf("## Quick start");
    assertThat(start).isAtLeast(0);
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    assertThat(blocks(lines.subList(start, end), "sh"))
        .containsExactly(
            List.of("mvn -q -B install -DskipTests && " + JAR + " tour"), List.of("mvn -B verify"))
        .inOrder();
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    Path ci = root().resolve(".ci/run");
    assertThat(Files.isExecutable(ci)).isTrue();
    List<String> commands =
        Files.readAllLines(ci).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    assertThat(commands.get(0)).isEqualTo("set -euo pipefail");
    // The README's command itself, the browser tests required by the environment: CI installs
    // Chromium for them.
    assertThat(commands.get(commands.size() - 2)).isEqualTo("export RASP4J_BROWSER=required");
    assertThat(commands.get(commands.size() - 1)).isEqualTo("mvn -B verify");
  }

  @Test
  void theUsageIsTheCommandLinesOwn() throws IOException {
    List<String> usage =
        blocks(readme(), "text").stream()
            .filter(block -> block.get(0).startsWith("usage: "))
            .findFirst()
            .orElseThrow();
    assertThat(String.join("\n", usage) + "\n").isEqualTo(CommandLine.run("help").out());
  }

  /** Each "$ java -jar ..." line prints the lines that follow it, up to the next "$". */
  @Test
  void theExamplesPrintWhatTheReadmeShows() throws IOException {
    int examples = 0;
    for (List<String> block : blocks(readme(), "text")) {
      for (int i = 0; i < block.size(); i++) {
        if (!block.get(i).startsWith("$ " + JAR + " ")) {
          continue;
        }
        List<String> expected = new ArrayList<>();
        for (int j = i + 1; j < block.size() && !block.get(j).startsWith("$ "); j++) {
          expected.add(block.get(j));
        }
        String[] args = shellWords(block.get(i).substring(("$ " + JAR + " ").length()));
        CommandLine result = CommandLine.run(args);
        assertThat(List.of((result.out() + result.err()).split("\n")))
            .containsExactlyElementsIn(expected)
            .inOrder();
        examples++;
      }
    }
    assertThat(examples).isAtLeast(3);
  }

  /** The user-program example prints what the test build's own copy of it prints. */
  @Test
  void theUserProgramExampleIsWhatRunPrints() throws IOException {
    String shown =
        readme().stream().filter(line -> line.startsWith("{\"program\":\"palindrome\"")).findFirst()
            .orElseThrow();
    CommandLine result =
        CommandLine.run("run", "org.rasp4j.samples.cli.user.Palindromes#palindrome", "abba");
    assertThat(result.out()).isEqualTo(shown + "\n");
  }

  /** The Java excerpts are the sources' own lines. */
  @Test
  void theJavaExcerptsAreInTheSources() throws IOException {
    Set<String> sourceLines =
        Files.readAllLines(
                root().resolve("samples/src/main/java/org/rasp4j/samples/blog/Blog.java"))
            .stream()
            .map(String::strip)
            .collect(Collectors.toSet());
    sourceLines.addAll(
        Files.readAllLines(root().resolve("runtime/src/main/java/org/rasp4j/Library.java")).stream()
            .map(String::strip)
            .toList());
    List<List<String>> excerpts = blocks(readme(), "java");
    assertThat(excerpts).isNotEmpty();
    for (List<String> excerpt : excerpts) {
      for (String line : excerpt) {
        if (!line.isBlank()) {
          assertThat(sourceLines).contains(line.strip());
        }
      }
    }
  }

  /** Words split at spaces, with '...' quoting as in a shell (all the README needs). */
  private static String[] shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        inWord = true;
      } else if (c == ' ' && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words.toArray(new String[0]);
  }
}
