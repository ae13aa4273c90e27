package org.rasp4j.samples.compiled;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.CompiledProgram;
import org.rasp4j.samples.blog.Blog;
import org.rasp4j.samples.paper.Paper;
import org.rasp4j.samples.tracr.Tracr;

/**
 * Which kernel computes each head of the samples, as their generated classes report it: none of
 * the blog's and the RASP paper's falls back to the general loop over every query and key (the
 * tracr samples whose function selectors read the query do; see the README's "Kernels"), nor do
 * tracr's sorts, whose keys are doubles. That the kernels
 * compute what the interpreter computes is {@link GeneratedAgreesWithInterpreterTest}'s and
 * {@link ExhaustiveAgreementTest}'s job.
 */
class SampleKernelsTest {
  private static Map<String, List<String>> kernels() {
    List<Program> programs = new ArrayList<>(Program.allIn(Blog.class));
    programs.addAll(Program.allIn(Paper.class));
    return kernels(programs);
  }

  private static Map<String, List<String>> kernels(List<Program> programs) {
    Map<String, List<String>> kernels = new LinkedHashMap<>();
    for (Program program : programs) {
      kernels.put(program.name(), CompiledProgram.of(program).kernels());
    }
    return kernels;
  }

  @Test
  void noBlogOrPaperSampleUsesTheGeneralLoop() {
    Map<String, List<String>> kernels = kernels();
    StringBuilder table = new StringBuilder();
    kernels.forEach((name, list) -> table.append(name).append(": ").append(list).append('\n'));
    for (Map.Entry<String, List<String>> entry : kernels.entrySet()) {
      for (String kernel : entry.getValue()) {
        assertWithMessage("%s\n%s", entry.getKey(), table)
            .that(kernel).doesNotContain("general");
      }
    }
  }

  @Test
  void eachPatternGetsItsKernel() {
    Map<String, List<String>> kernels = kernels();
    // The blog: select-all counts, shifts by one position, prefix sums, groups, a sort's order.
    assertThat(kernels.get("length")).containsExactly("1.1 query-independent");
    assertThat(kernels.get("shift1")).containsExactly("1.1 index-map");
    assertThat(kernels.get("cumsum")).containsExactly("1.1 position-order");
    assertThat(kernels.get("window_sum")).containsExactly("1.1 position-order");
    assertThat(kernels.get("histogram")).containsExactly("1.1 value-groups");
    assertThat(kernels.get("minimum")).contains("1.1 value-order");
    // flip's key is length - indices - 1, not known to be injective: grouped by counting.
    assertThat(kernels.get("flip"))
        .containsExactly("1.1 query-independent", "2.1 position-groups").inOrder();
    // slide's query is a computed value (x + 1), not a position: grouped by sorting.
    assertThat(kernels.get("slide")).containsExactly("1.1 position-order", "2.1 value-groups")
        .inOrder();
    assertThat(kernels.get("ralign"))
        .containsExactly("1.1 query-independent", "2.1 position-groups").inOrder();
    assertThat(kernels.get("add")).containsExactly("1.1 query-independent",
        "2.1 query-independent", "3.1 position-groups", "4.1 index-map", "5.1 position-order",
        "6.1 value-groups").inOrder();
    // The paper: the beginning-of-sequence heads are a group or a sort order, plus position 0.
    assertThat(kernels.get("hist_bos")).containsExactly("1.1 value-groups+position");
    assertThat(kernels.get("sort")).containsExactly("1.1 value-order", "2.1 position-groups")
        .inOrder();
    assertThat(kernels.get("sort_bos"))
        .containsExactly("1.1 value-order+position", "2.1 value-groups+position").inOrder();
    assertThat(kernels.get("reverse")).containsExactly("1.1 query-independent", "2.1 index-map")
        .inOrder();
  }

  @Test
  void tracrSortsOrderTheirDoubleKeys() {
    Map<String, List<String>> kernels = kernels(Program.allIn(Tracr.class));
    // make_sort's keys are made unique as doubles (key + i / max_seq_len), compared with <.
    assertThat(kernels.get("tracr_sort")).containsExactly("1.1 value-order", "2.1 position-groups")
        .inOrder();
    assertThat(kernels.get("tracr_sort_freq")).containsExactly("1.1 value-groups",
        "2.1 value-order", "3.1 position-groups").inOrder();
  }

  @Test
  void tracrFunctionsThatIgnoreTheQueryComputeOneRow() {
    Map<String, List<String>> kernels = kernels(Program.allIn(Tracr.class));
    // make_length's all_true_selector and shuffle_dyck's select_all: (k, q) -> true.
    assertThat(kernels.get("tracr_length")).containsExactly("1.1 query-independent");
    assertThat(kernels.get("tracr_shuffle_dyck2")).containsExactly("1.1 query-independent",
        "1.3 position-order", "2.1 index-map", "2.2 query-independent").inOrder();
    // select_less: (x, y) -> x <= n; count: (k, q) -> k.equals(token).
    assertThat(kernels.get("tracr_count_less_freq"))
        .containsExactly("1.1 value-groups", "2.1 query-independent").inOrder();
    assertThat(kernels.get("tracr_count")).containsExactly("1.1 query-independent");
    // shift_by reads its query: (k, q) -> q == k + offset.
    assertThat(kernels.get("tracr_shift_by")).containsExactly("1.1 general");
  }
}
