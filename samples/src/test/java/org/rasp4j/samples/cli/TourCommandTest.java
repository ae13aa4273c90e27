package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/** {@code tour}: every program on its example, the blog's on the blog's inputs and outputs. */
class TourCommandTest {

  private static List<String> tourLines() {
    CommandLine result = CommandLine.run("tour");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    return List.of(result.out().split("\n"));
  }

  /** The line after the program's own line: {@code INPUT -> OUTPUT}. */
  private static String example(List<String> lines, String program) {
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith(program + "  layers=")) {
        return lines.get(i + 1);
      }
    }
    throw new AssertionError(program + " is not in the tour");
  }

  @Test
  void everyProgramIsShownWithItsLayersAndHeads() {
    List<String> lines = tourLines();
    for (Program program : Catalog.all()) {
      assertThat(lines.stream().filter(l -> l.startsWith(program.name() + "  layers=")).count())
          .isEqualTo(1);
      assertThat(example(lines, program.name())).startsWith("    ");
      assertThat(example(lines, program.name())).contains(" -> ");
    }
  }

  @Test
  void theBlogsProgramsShowTheBlogsExamples() {
    List<String> lines = tourLines();
    int shown = 0;
    for (BlogCases.Row row : BlogCases.rows()) {
      if (row.catalogueName().flatMap(Catalog::find).isPresent()) {
        String name = row.catalogueName().orElseThrow();
        assertThat(example(lines, name))
            .isEqualTo(
                "    "
                    + BlogCases.compact(row.input())
                    + " -> "
                    + BlogCases.compact(row.expectedOutput()));
        shown++;
      }
    }
    assertThat(shown).isAtLeast(BlogCases.REQUIRED.size());
  }

  @Test
  void theAddLine() {
    List<String> lines = tourLines();
    assertThat(lines).contains("add  layers=6  heads=[1, 1, 1, 1, 1, 1]");
    assertThat(example(lines, "add")).isEqualTo("    \"683+345\" -> [0,0,0,1,0,2,8]");
  }

  /** Outputs worked out by hand from the task definitions (rasp-semantics.md, tracr's lib.py). */
  @Test
  void thePapersAndTracrsExamples() {
    List<String> lines = tourLines();
    // Dyck PTF per prefix: T balanced, P could still balance, F from the first error on.
    assertThat(example(lines, "dyck1"))
        .isEqualTo("    \"(()))(\" -> [\"P\",\"P\",\"P\",\"T\",\"F\",\"F\"]");
    assertThat(example(lines, "dyck2"))
        .isEqualTo("    \"({}){\" -> [\"P\",\"P\",\"P\",\"T\",\"P\"]");
    // Histograms after the BOS (which counts 0): a a b c b.
    assertThat(example(lines, "hist_bos")).isEqualTo("    \"§aabcb\" -> [0,2,2,2,1,2]");
    // Counts a:3 b:2 c:1 d:1; how many distinct tokens share each token's count.
    assertThat(example(lines, "hist2_bos")).isEqualTo("    \"§aaabbcd\" -> [0,1,1,1,1,1,2,2]");
    // Distinct tokens by descending count (c:3, b:2, a:1) after the BOS, then BOS padding.
    assertThat(example(lines, "most_freq_bos"))
        .isEqualTo("    \"§abbccc\" -> [\"§\",\"c\",\"b\",\"a\",\"§\",\"§\",\"§\"]");
    assertThat(example(lines, "sort_bos"))
        .isEqualTo("    \"§dbeac\" -> [\"§\",\"a\",\"b\",\"c\",\"d\",\"e\"]");
    // tracr: three 'a's in banana; "abc" ends at position 2; ({)} is shuffle-balanced.
    assertThat(example(lines, "tracr_count")).isEqualTo("    \"banana\" -> [3,3,3,3,3,3]");
    assertThat(example(lines, "tracr_detect_pattern"))
        .isEqualTo("    \"abcabd\" -> [false,false,true,false,false,false]");
    assertThat(example(lines, "tracr_shuffle_dyck2"))
        .isEqualTo("    \"({)}\" -> [true,true,true,true]");
    assertThat(example(lines, "tracr_sort_unique"))
        .isEqualTo("    \"dbeac\" -> [\"a\",\"b\",\"c\",\"d\",\"e\"]");
    assertThat(example(lines, "tracr_sort")).isEqualTo("    [5,3,2,5,2] -> [2,2,3,5,5]");
  }

  @Test
  void theTourEndsWithWhereItWroteTheGallery() throws IOException {
    Files.deleteIfExists(CommandLine.SCRATCH.resolve("rasp4j-tour/index.html"));
    List<String> lines = tourLines();
    assertThat(lines.get(lines.size() - 2)).isEmpty();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("gallery: rasp4j-tour/index.html");
    // Relative to the working directory; one run picture and one structure picture per program.
    String page = Files.readString(CommandLine.SCRATCH.resolve("rasp4j-tour/index.html"));
    assertThat(Xml.all(Xml.parse(page), Xml.SVG, "svg")).hasSize(2 * Catalog.all().size());
  }

  /** --out DIR: the page is DIR/index.html, DIR relative to the working directory and created. */
  @Test
  void outPutsTheGalleryInTheDirectoryGiven(@TempDir Path dir) throws IOException {
    CommandLine result = CommandLine.runIn(dir, "tour", "--out", "pictures/all");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("\ngallery: " + Path.of("pictures/all/index.html") + "\n");
    String page = Files.readString(dir.resolve("pictures/all/index.html"));
    assertThat(Xml.all(Xml.parse(page), Xml.SVG, "svg")).hasSize(2 * Catalog.all().size());
    assertThat(Files.exists(dir.resolve("rasp4j-tour"))).isFalse();
  }

  /** An absolute DIR is used as it is, wherever the tour runs. */
  @Test
  void anAbsoluteOutIsUsedAsItIs(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("gallery").toAbsolutePath();
    Path elsewhere = dir.resolve("elsewhere");
    CommandLine result = CommandLine.runIn(elsewhere, "tour", "--out", target.toString());
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("\ngallery: " + target.resolve("index.html") + "\n");
    assertThat(Files.exists(target.resolve("index.html"))).isTrue();
    assertThat(Files.exists(elsewhere)).isFalse();
  }

  @Test
  void aBadOutIsAnErrorLine(@TempDir Path dir) throws IOException {
    assertError(CommandLine.runIn(dir, "tour", "--out"),
        "tour: --out needs DIR; 'tour --help' shows its usage");
    assertError(CommandLine.runIn(dir, "tour", "--out", "a", "--out", "b"),
        "tour: --out is given twice; 'tour --help' shows its usage");
    assertError(CommandLine.runIn(dir, "tour", "--out", "a", "b"),
        "tour: unexpected argument 'b'; 'tour --help' shows its usage");
    Files.writeString(dir.resolve("taken"), "a file, not a directory");
    CommandLine onAFile = CommandLine.runIn(dir, "tour", "--out", "taken");
    assertThat(onAFile.status()).isEqualTo(Main.ERROR);
    assertThat(onAFile.err())
        .startsWith("rasp4j: cannot write the tour's gallery ");
    assertThat(onAFile.err()).contains(Path.of("taken", "index.html").toString());
    assertThat(onAFile.err().lines().count()).isEqualTo(1);
  }

  private static void assertError(CommandLine result, String message) {
    assertThat(result.status()).isEqualTo(Main.ERROR);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("rasp4j: " + message + "\n");
  }

  @Test
  void outPutsTheGalleryInAnotherDirectory(@TempDir Path dir) throws IOException {
    CommandLine result = CommandLine.runIn(dir, "tour", "--out", "pictures/tour");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("\ngallery: pictures/tour/index.html\n");
    String page = Files.readString(dir.resolve("pictures/tour/index.html"));
    assertThat(Xml.all(Xml.parse(page), Xml.SVG, "svg")).hasSize(2 * Catalog.all().size());
    assertThat(Files.exists(dir.resolve("samples"))).isFalse();
  }

  @Test
  void theGroupsAreHeaded() {
    List<String> lines = tourLines();
    assertThat(lines.get(0)).isEqualTo("== blog (org.rasp4j.samples.blog.Blog) ==");
    assertThat(lines).contains("== paper (org.rasp4j.samples.paper.Paper) ==");
    assertThat(lines).contains("== tracr (org.rasp4j.samples.tracr.Tracr) ==");
  }
}
