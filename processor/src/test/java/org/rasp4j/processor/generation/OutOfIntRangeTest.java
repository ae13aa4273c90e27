package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;

/**
 * Checked operations whose every result lies outside int: valid programs that give [] on empty
 * input and an overflow error otherwise (a single selected value passes a sum unchanged), in
 * generated code exactly as in the interpreter.
 */
class OutOfIntRangeTest {
  private static final List<int[]> INPUTS = List.of(
      new int[] {}, new int[] {7}, new int[] {1, 2}, new int[] {-3, 0, 9});

  private static Outcome overflow(String message) {
    return new Outcome(null, RaspException.class, message);
  }

  private static CompiledEvaluator compiled(String name, Sop<?> program) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, ElementType.INT, program.node());
    for (int[] input : INPUTS) {
      Differential.agree(evaluator, program.node(), input);
    }
    return evaluator;
  }

  @Test
  void indicesMinusTheSmallestInt() {
    Sop<Integer> program = indices().minus(Integer.MIN_VALUE);
    CompiledEvaluator evaluator = compiled("MinusMin", program);
    assertThat(evaluator.run(new int[] {})).isEqualTo(Outcome.values(List.of()));
    assertThat(evaluator.run(new int[] {4}))
        .isEqualTo(overflow("- at position 0: integer overflow: 0 - -2147483648"));
  }

  @Test
  void twiceTheLargestIntAddedToIndices() {
    Sop<Integer> program = indices().plus(Integer.MAX_VALUE).plus(Integer.MAX_VALUE);
    CompiledEvaluator evaluator = compiled("PlusMaxTwice", program);
    assertThat(evaluator.run(new int[] {})).isEqualTo(Outcome.values(List.of()));
    assertThat(evaluator.run(new int[] {4}))
        .isEqualTo(overflow("+ at position 0: integer overflow: 2147483647 + 2147483647"));
  }

  @Test
  void aSumOfTheLargestIntOverEveryKey() {
    Sop<Integer> program = selectAll().value(Integer.MAX_VALUE);
    CompiledEvaluator evaluator = compiled("SumOfMax", program);
    assertThat(evaluator.run(new int[] {})).isEqualTo(Outcome.values(List.of()));
    assertThat(evaluator.run(new int[] {4})).isEqualTo(Outcome.values(List.of(Integer.MAX_VALUE)));
    assertThat(evaluator.run(new int[] {4, 5}).failed()).isTrue();
  }

  @Test
  void whatReadsAnAlwaysFailingValueStillAgrees() {
    Sop<Integer> always = indices().minus(Integer.MIN_VALUE);
    // Read by a later, possibly failing, operation and by a head: the placeholder must be safe.
    Sop<Integer> program = tokens(INT).plus(always).plus(selectAll().value(always));
    compiled("ReadsAlwaysFailing", program);
  }
}
