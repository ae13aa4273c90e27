package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureDotTest {
  @Test
  void flipIsItsNodesInTheirLayersAndRowsWithTheirArrows() {
    DotReader dot = DotReader.read(Pictures.toDot(Programs.flip()));

    // By hand from the blog's flip, rows top to bottom within each layer, as the SVG has them.
    Map<String, List<List<String>>> layers = new TreeMap<>();
    Map<Integer, List<String>> groups = new TreeMap<>();
    Map<String, String> labels = new HashMap<>();
    for (DotReader.Node node : visibleNodes(dot)) {
      String label = node.attributes().get("label");
      labels.put(node.id(), label);
      groups.computeIfAbsent(node.rankGroup(), g -> new ArrayList<>()).add(label);
    }
    for (DotReader.Node node : visibleNodes(dot)) {
      List<List<String>> rows = layers.computeIfAbsent(node.cluster(), c -> new ArrayList<>());
      List<String> row = groups.get(node.rankGroup());
      if (!rows.contains(row)) {
        rows.add(row);
      }
    }
    assertThat(layers)
        .containsExactly(
            "cluster_layer_0", List.of(List.of("indices", "tokens")),
            "cluster_layer_1",
            List.of(
                List.of("key(1) == query(1)"),
                List.of("aggregate 'length'\n← constant 1"),
                List.of("length - indices"),
                List.of("(length - indices) - 1")),
            "cluster_layer_2",
            List.of(
                List.of("key((length - indices) - 1) ==\nquery(indices)"),
                List.of("aggregate 'flip'")));

    List<String> arrows = new ArrayList<>();
    for (DotReader.Edge edge : dot.edges) {
      if (!"invis".equals(edge.attributes().get("style"))) {
        arrows.add(labels.get(edge.from()) + " -> " + labels.get(edge.to()));
      }
    }
    assertThat(arrows)
        .containsExactly(
            "key(1) == query(1) -> aggregate 'length'\n← constant 1",
            "aggregate 'length'\n← constant 1 -> length - indices",
            "indices -> length - indices",
            "length - indices -> (length - indices) - 1",
            "(length - indices) - 1 -> key((length - indices) - 1) ==\nquery(indices)",
            "indices -> key((length - indices) - 1) ==\nquery(indices)",
            "key((length - indices) - 1) ==\nquery(indices) -> aggregate 'flip'",
            "tokens -> aggregate 'flip'");
  }

  @Test
  void theOutputIsDrawnBoldAndLayersAreTitledAsTheBands() {
    String text = Pictures.toDot(Programs.flip());
    DotReader dot = DotReader.read(text);

    List<String> bold = new ArrayList<>();
    for (DotReader.Node node : visibleNodes(dot)) {
      if ("2".equals(node.attributes().get("penwidth"))) {
        bold.add(node.attributes().get("label"));
      }
    }
    assertThat(bold).containsExactly("aggregate 'flip'");
    assertThat(text).startsWith("digraph \"aggregate 'flip'\" {\n");
    assertThat(text).contains("subgraph \"cluster_layer_0\" {\n    label=\"embedding (layer 0)\";");
    assertThat(text).contains("subgraph \"cluster_layer_2\" {\n    label=\"layer 2\";");
  }

  /**
   * The hidden chain runs through every row in order, so graphviz cannot lift a layer whose
   * heads read only constants (flip's layer 1) above the embedding.
   */
  @Test
  void anInvisibleChainOrdersTheRows() {
    DotReader dot = DotReader.read(Pictures.toDot(Programs.flip()));

    List<String> chain = new ArrayList<>();
    for (DotReader.Edge edge : dot.edges) {
      if ("invis".equals(edge.attributes().get("style"))) {
        if (chain.isEmpty()) {
          chain.add(edge.from());
        }
        assertThat(edge.from()).isEqualTo(chain.get(chain.size() - 1));
        chain.add(edge.to());
      }
    }
    assertThat(chain)
        .containsExactly(
            "row_0_0", "row_1_0", "row_1_1", "row_1_2", "row_1_3", "row_2_0", "row_2_1")
        .inOrder();
  }

  @Test
  void labelsAreEscaped() {
    assertThat(StructureDot.quote("say \"hi\" \\ then\nbye")).isEqualTo("\"say \\\"hi\\\" \\\\ then\\nbye\"");
  }

  @Test
  void theReaderRejectsWhatIsNotTheDotItReads() {
    assertThrows(AssertionError.class, () -> DotReader.read("digraph g { \"a\"; "));
    assertThrows(AssertionError.class, () -> DotReader.read("digraph g { \"a\"; } }"));
    assertThrows(AssertionError.class, () -> DotReader.read("digraph g { \"a\" -> \"b\"; \"a\"; }"));
    assertThrows(AssertionError.class, () -> DotReader.read("digraph g { \"a [label=\"x\"]; }"));
    assertThrows(AssertionError.class, () -> DotReader.read("digraph g { \"a\"; \"a\"; }"));
    DotReader quoted = DotReader.read("digraph g { \"}\" [label=\"{\"]; }");
    assertThat(quoted.nodes.keySet()).containsExactly("}");
  }

  /** Where graphviz is installed, it reads every structure here as it reads its own. */
  @Test
  void graphvizLaysItOut(@TempDir Path folder) throws Exception {
    Assumptions.assumeTrue(onPath("dot"), "graphviz's dot is not installed");
    Map<String, String> programs = new LinkedHashMap<>();
    programs.put("flip", Pictures.toDot(Programs.flip()));
    programs.put("sort", Pictures.toDot(Programs.sort()));
    programs.put("frac_prevs", Pictures.toDot(Programs.fractionOfAs()));
    for (var program : programs.entrySet()) {
      Path source = folder.resolve(program.getKey() + ".dot");
      Files.writeString(source, program.getValue());
      Process dot = new ProcessBuilder("dot", "-Tsvg", source.toString()).redirectErrorStream(true)
          .start();
      String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(dot.exitValue()).isEqualTo(0);
      SvgDocument.parse(output.substring(output.indexOf("<svg")));
    }
  }

  private static boolean onPath(String command) throws IOException {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }

  private static List<DotReader.Node> visibleNodes(DotReader dot) {
    return dot.nodes.values().stream()
        .filter(node -> !"invis".equals(node.attributes().get("style")))
        .toList();
  }

}
