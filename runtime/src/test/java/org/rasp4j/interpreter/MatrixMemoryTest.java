package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.ir.SopNode;

/**
 * The interpreter refuses an input whose selector matrices would take more than half the heap,
 * before computing anything, instead of dying of an OutOfMemoryError; the limit is computed from a
 * heap size given here, so no test needs a large heap.
 */
class MatrixMemoryTest {
  /** Two selectors: the tokens compared with themselves, then the indices. */
  private static final SopNode TWO_SELECTORS = twoSelectors();

  private static SopNode twoSelectors() {
    Sop<Integer> tokens = tokens(INT);
    Sop<Integer> same = key(tokens).eq(query(tokens)).value(tokens);
    return key(indices()).lt(query(indices())).value(same).node();
  }

  @Test
  void aMatrixIsOneByteACellPlusArrayHeaders() {
    // 1 000 rows of 16 + 1 000 bytes, and the array of 1 000 row references (8 bytes each) with its
    // 16-byte header.
    assertThat(MatrixMemory.matrixBytes(1000)).isEqualTo(1000 * 1016 + 8016);
    // 3 rows of 16 + 3 bytes, aligned to 24, and 16 + 24 = 40 bytes of references.
    assertThat(MatrixMemory.matrixBytes(3)).isEqualTo(3 * 24 + 40);
    assertThat(MatrixMemory.matrixBytes(0)).isEqualTo(16);
  }

  @Test
  void matricesUpToHalfTheHeapAreAllowed() {
    long twoMatrices = 2 * MatrixMemory.matrixBytes(1000);
    Input input = Input.of(new int[1000]);
    assertThat(Evaluation.run(TWO_SELECTORS, input, 2 * twoMatrices)).containsKey(TWO_SELECTORS);
  }

  @Test
  void oneByteMoreIsRefusedNamingTheGeneratedEvaluator() {
    long twoMatrices = 2 * MatrixMemory.matrixBytes(1000);
    Input input = Input.of(new int[1000]);
    RaspException e = assertThrows(RaspException.class,
        () -> Evaluation.run(TWO_SELECTORS, input, 2 * twoMatrices - 2));
    assertThat(e).hasMessageThat().isEqualTo("tokens: the input has 1000 tokens: the reference"
        + " interpreter would keep 2 selector matrices of 1000×1000 cells (2.0 MiB), more than its"
        + " limit of half the maximum heap (3.9 MiB); run the program's generated evaluator (the"
        + " evaluate method of the class rasp4j's processor writes for it), which keeps no matrix,"
        + " or give java a larger heap (-Xmx)");
  }

  @Test
  void aProgramWithoutSelectorsHasNoLimit() {
    Sop<Character> tokens = tokens(CHAR);
    assertThat(Evaluation.run(tokens.node(), Input.of("abc"), 0)).containsKey(tokens.node());
  }

  @Test
  void thisJvmsHeapRefusesAnInputOneMatrixWouldNotFitIn() {
    // n² > the whole heap: one matrix could never be allocated.
    int n = (int) Math.min(Integer.MAX_VALUE - 8, (long) Math.sqrt(Runtime.getRuntime().maxMemory()) + 1);
    Input input = Input.of(new int[n]);
    RaspException e = assertThrows(RaspException.class,
        () -> Interpreter.evaluate(TWO_SELECTORS, input));
    assertThat(e).hasMessageThat().contains("run the program's generated evaluator");
    RaspException traced = assertThrows(RaspException.class,
        () -> Interpreter.trace(TWO_SELECTORS, input));
    assertThat(traced).hasMessageThat().contains("the input has " + n + " tokens");
  }
}
