package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.picture.Pictures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code draw PROGRAM INPUT [--out FILE]}: the run's SVG picture in a file, its path printed. */
class DrawCommandTest {
  @TempDir Path dir;

  private static Document svg(Path file) throws IOException {
    return Xml.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The data-value of each box of the picture's last row, the program's output. */
  private static List<String> outputValues(Document picture) {
    List<Element> output = Xml.groups(picture, "output");
    assertThat(output).hasSize(1);
    return Xml.groups(output.get(0), "value").stream()
        .map(box -> box.getAttribute("data-value"))
        .toList();
  }

  private static List<String> layerNumbers(Document picture) {
    return Xml.groups(picture, "layer").stream().map(g -> g.getAttribute("data-layer")).toList();
  }

  private List<Path> filesWritten() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void theDefaultFileIsTheProgramsNameInTheWorkingDirectory() throws IOException {
    CommandLine result = CommandLine.runIn(dir, "draw", "add", "683+345");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("add.svg\n");
    Document picture = svg(dir.resolve("add.svg"));
    assertThat(picture.getDocumentElement().getNamespaceURI()).isEqualTo(Xml.SVG);
    assertThat(picture.getDocumentElement().getLocalName()).isEqualTo("svg");
    // The blog's add: six attention layers; 683 + 345 = 1028, right-aligned in 7 positions.
    assertThat(layerNumbers(picture)).containsExactly("1", "2", "3", "4", "5", "6").inOrder();
    assertThat(outputValues(picture))
        .containsExactly("0", "0", "0", "1", "0", "2", "8")
        .inOrder();
  }

  @Test
  void outNamesTheFileAndIsPrintedAsGiven() throws IOException {
    Files.createDirectory(dir.resolve("pictures"));
    CommandLine result =
        CommandLine.runIn(dir, "draw", "flip", "hello", "--out", "pictures/flip.svg");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("pictures/flip.svg\n");
    assertThat(filesWritten()).containsExactly(dir.resolve("pictures/flip.svg"));

    Document picture = svg(dir.resolve("pictures/flip.svg"));
    assertThat(layerNumbers(picture)).containsExactly("1", "2").inOrder();
    assertThat(outputValues(picture)).containsExactly("'o'", "'l'", "'l'", "'e'", "'h'").inOrder();
    // Layer 2's head reverses: query i selects key 4 - i, the anti-diagonal, and nothing else.
    Element reversing = Xml.groups(Xml.groups(picture, "layer").get(1), "head").get(0);
    List<String> selected =
        Xml.all(reversing, Xml.SVG, "rect").stream()
            .filter(cell -> cell.getAttribute("class").equals("cell selected"))
            .map(cell -> cell.getAttribute("data-query") + "->" + cell.getAttribute("data-key"))
            .toList();
    assertThat(selected).containsExactly("0->4", "1->3", "2->2", "3->1", "4->0");
  }

  @Test
  void outMayComeFirstAndTakeAnAbsolutePath() throws IOException {
    Path file = dir.resolve("m.svg").toAbsolutePath();
    CommandLine result =
        CommandLine.runIn(
            Path.of("unused"), "draw", "--out", file.toString(), "minimum", "[5,3,2,5,2]");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(file + "\n");
    // The minimum of 5 3 2 5 2 at every position.
    assertThat(outputValues(svg(file))).containsExactly("2", "2", "2", "2", "2");
  }

  @Test
  void anInputAtTheLimitIsDrawnOneOverItIsAnError() throws IOException {
    String longest = "a".repeat(Pictures.MAX_TOKENS);
    CommandLine atLimit = CommandLine.runIn(dir, "draw", "length", longest);
    assertThat(atLimit.err()).isEmpty();
    assertThat(outputValues(svg(dir.resolve("length.svg"))))
        .containsExactlyElementsIn(
            Collections.nCopies(Pictures.MAX_TOKENS, "" + Pictures.MAX_TOKENS));
    Files.delete(dir.resolve("length.svg"));

    CommandLine over = CommandLine.runIn(dir, "draw", "length", longest + "a");
    assertOneErrorLine(over, "the input is too long to draw (257 tokens, at most 256)");
    assertThat(filesWritten()).isEmpty();
  }

  @Test
  void badProgramsAndInputsAreTheUsualErrorsAndWriteNothing() throws IOException {
    assertOneErrorLine(CommandLine.runIn(dir, "draw", "nope", "hello"), "unknown program 'nope'");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "cumsum", "[1, 2"), "malformed input [1, 2: ");
    // Not in add's vocabulary: the interpreter's own check, as for run.
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "6x3+345"),
        "tokens at position 1: unknown token 'x'");
    // A run that fails part-way has no complete trace to draw.
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "cumsum", "[2147483647, 1]"),
        "aggregate 'cumsum' at position 1: integer overflow");
    assertThat(filesWritten()).isEmpty();
  }

  @Test
  void badCommandLinesAreErrors() throws IOException {
    assertOneErrorLine(CommandLine.runIn(dir, "draw"), "draw: missing PROGRAM and INPUT");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "1+2", "3"), "draw: unexpected argument '3'");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "1+2", "--out"), "draw: --out needs FILE");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "1+2", "--out", " "), "draw: --out needs a file name");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "1+2", "--out", "a.svg", "--out", "b.svg"),
        "draw: --out is given twice");
    assertOneErrorLine(
        CommandLine.runIn(dir, "draw", "add", "1+2", "--out", "missing/a.svg"),
        "cannot write missing/a.svg: no directory ");
    assertThat(filesWritten()).isEmpty();
  }

  @Test
  void theUsageShowsDraw() {
    assertThat(CommandLine.run("help").out()).contains("\n  draw ");
    assertThat(CommandLine.run("draw", "--help").out())
        .contains(" draw [-h] [--out=FILE] PROGRAM INPUT\n");
  }

  private static void assertOneErrorLine(CommandLine result, String expectedStart) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rasp4j: " + expectedStart);
    assertThat(result.err().strip()).doesNotContain("\n");
  }
}
