package org.rasp4j.samples.causal;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.Catalog;

/** The causal samples by hand: tracr's causal test cases and the generator, on the interpreter. */
class CausalSamplesTest {
  private static List<?> run(String name, String input) {
    Program program = Catalog.find(name).orElseThrow();
    return program.run(Input.of(input));
  }

  @Test
  void tracrsCausalTestCases() {
    // frac_prevs of 'l': 0/1, 0/2, 1/3, 2/4, 2/5
    assertThat(run("causal_frac_prevs", "hello"))
        .containsExactly(0.0, 0.0, 1.0 / 3, 0.5, 0.4).inOrder();
    // shift_by(1): the previous token
    assertThat(run("causal_shift_by", "abcd")).containsExactly('_', 'a', 'b', 'c').inOrder();
    // detect_pattern "abc": true where an "abc" ends
    assertThat(run("causal_detect_pattern", "xabcabc"))
        .containsExactly(false, false, false, true, false, false, true).inOrder();
    // selector width of select-all: the prefix's length
    assertThat(run("causal_length", "abcd")).containsExactly(1, 2, 3, 4).inOrder();
  }

  @Test
  void reverseByGenerationWritesTheNextToken() {
    // before '>' nothing ('_'); at '>' the prompt's last token; then the one before; then '.'
    assertThat(run("reverse_by_generation", "ab>ba"))
        .containsExactly('_', '_', 'b', 'a', '.').inOrder();
  }
}
