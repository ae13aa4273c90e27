package org.rasp4j.samples.cli;

import java.util.Map;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * The input each sample program shows in the tour: the blog's own inputs for the blog's programs,
 * sensible ones for the paper's and tracr's (a BOS program gets '§' at position 0).
 */
final class ExampleInputs {
  private ExampleInputs() {}

  private static final Map<String, Input> TABLE =
      Map.ofEntries(
          // The blog's (blog-cases.tsv).
          Map.entry("histogram", Input.of("hello")),
          Map.entry("length", Input.of("hello")),
          Map.entry("window_sum", Input.of(1, 3, 2, 2, 2)),
          Map.entry("cumsum", Input.of(3, 1, -2, 3, 1)),
          Map.entry("cumsum_length_minus_indices", Input.of(3, 2, 3, 5)),
          Map.entry("flip", Input.of("hello")),
          Map.entry("index0", Input.of("hello")),
          Map.entry("index1", Input.of("hello")),
          Map.entry("index4", Input.of("hello")),
          Map.entry("shift0", Input.of("hello")),
          Map.entry("shift1", Input.of("hello")),
          Map.entry("shift2", Input.of("hello")),
          Map.entry("shift_left", Input.of("hello")),
          Map.entry("minimum", Input.of(5, 3, 2, 5, 2)),
          Map.entry("first_l", Input.of("hello")),
          Map.entry("ralign", Input.of("xyz__")),
          Map.entry("split_first", Input.of("xyz+zyr")),
          Map.entry("split_second", Input.of("xyz+zyr")),
          Map.entry("slide", Input.of("xxxh<<<l")),
          Map.entry("atoi", Input.of("31234")),
          Map.entry("add", Input.of("683+345")),
          Map.entry("add_step0", Input.of("683+345")),
          Map.entry("add_step1", Input.of("683+345")),
          Map.entry("add_step2", Input.of("683+345")),
          // The RASP paper's: BOS programs read '§' at position 0.
          Map.entry("hist_bos", Input.of("§aabcb")),
          Map.entry("hist2_bos", Input.of("§aaabbcd")),
          Map.entry("sort_bos", Input.of("§dbeac")),
          Map.entry("most_freq_bos", Input.of("§abbccc")),
          Map.entry("dyck1", Input.of("(()))(")),
          Map.entry("dyck2", Input.of("({}){")),
          // tracr's.
          Map.entry("tracr_count", Input.of("banana")),
          Map.entry("tracr_count_less_freq", Input.of("aaabbc")),
          Map.entry("tracr_detect_pattern", Input.of("abcabd")),
          Map.entry("tracr_pair_balance", Input.of("(()())")),
          Map.entry("tracr_shuffle_dyck2", Input.of("({)}")),
          Map.entry("tracr_shuffle_dyck3", Input.of("([{)}]")),
          Map.entry("tracr_sort", Input.of(5, 3, 2, 5, 2)),
          Map.entry("tracr_sort_unique", Input.of("dbeac")),
          // The causal ones: the generator on a prompt and the answer it writes.
          Map.entry("causal_detect_pattern", Input.of("abcabd")),
          Map.entry("reverse_by_generation", Input.of("abc>cba")));

  /** The example for {@code program}; "hello" or [5, 3, 2, 5, 2] when the table has none. */
  static Input of(Program program) {
    Input example = TABLE.get(program.name());
    if (example != null) {
      return example;
    }
    return program.tokenTypes().contains(ElementType.CHAR)
        ? Input.of("hello")
        : Input.of(5, 3, 2, 5, 2);
  }
}
