package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** {@code trace}: the interpreter's trace, layer by layer, from the input to the output. */
class TraceCommandTest {

  @Test
  void flipLayerByLayer() {
    CommandLine result = CommandLine.run("trace", "flip", "hello");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("input ['h', 'e', 'l', 'l', 'o']\nlayer 0 (embedding)\n");
    // flip: length in layer 1, then the reversing head in layer 2, and no third layer.
    assertThat(result.out()).contains("\nlayer 1\n  head 1: ");
    assertThat(result.out()).contains("\nlayer 2\n  head 1: ");
    assertThat(result.out()).doesNotContain("\nlayer 3\n");
    // The reversing head's pattern: query i selects key 4 - i, the anti-diagonal.
    assertThat(result.out()).contains("\n    ....1\n    ...1.\n    ..1..\n    .1...\n    1....\n");
    assertThat(result.out()).endsWith("\noutput ['o', 'l', 'l', 'e', 'h']\n");
  }

  @Test
  void tenThousandTokensAreSummarisedInLessThanAMegabyte() {
    // In full, the histogram's one head alone is a 10,000 × 10,000 matrix: 100 MB.
    CommandLine result = CommandLine.run("trace", "histogram", "abcde".repeat(2000));
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out().length()).isLessThan(1 << 20);
    assertThat(result.out()).contains("\n(summarised: 10000 positions, more than 32;");
    // Query 9999 (an 'e') selects the 2,000 'e's: keys 4, 9, ..., the first eight shown.
    assertThat(result.out()).contains("\n    query 9999 selects 2000 keys: 4, 9, 14, 19, 24, 29, 34, 39, …\n");
    assertThat(result.out()).endsWith(", …, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000]\n");
  }

  @Test
  void intInputs() {
    CommandLine result = CommandLine.run("trace", "cumsum", "[3, 1, -2, 3, 1]");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).startsWith("input [3, 1, -2, 3, 1]\n");
    assertThat(result.out()).endsWith("\noutput [3, 4, 2, 5, 6]\n");
  }

  @Test
  void errorsAsForRun() {
    CommandLine unknown = CommandLine.run("trace", "nope", "hello");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("rasp4j: unknown program 'nope'");
    CommandLine wrongType = CommandLine.run("trace", "cumsum", "hello");
    assertThat(wrongType.status()).isEqualTo(2);
    assertThat(wrongType.err()).startsWith("rasp4j: ");
    assertThat(wrongType.out()).isEmpty();
  }
}
