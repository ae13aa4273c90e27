package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Arrays;
import java.util.List;
import org.rasp4j.ir.SopNode;

/**
 * Runs a generated evaluator and the reference interpreter on the same inputs and requires the
 * same outcome: equal values, or the same exception class with the same message.
 */
final class Differential {
  private Differential() {}

  /** Character inputs that cover empty, single, repeated and distinct tokens. */
  static final List<String> STRINGS = List.of(
      "", "a", "l", "ll", "hello", "abcba", "aab", "xyz__", "xyz+zyr", "683+345", "ba", "zzzz",
      "xxxh<<<l");

  /** Int inputs that cover empty, zeros, negatives, duplicates and the int extremes. */
  static final List<int[]> INTS = List.of(
      new int[] {},
      new int[] {0},
      new int[] {7},
      new int[] {5, 3, 2, 5, 2},
      new int[] {3, 1, -2, 3, 1},
      new int[] {0, 0, 1},
      new int[] {-5, 7, 0, 2},
      new int[] {Integer.MAX_VALUE, 1},
      new int[] {1, Integer.MAX_VALUE, Integer.MAX_VALUE},
      new int[] {Integer.MIN_VALUE, -1, 4},
      new int[] {-1, Integer.MIN_VALUE},
      new int[] {1 << 30, 1 << 30, -3},
      new int[] {2, 2, 2, 2, 2, 2});

  static void agreeOnStrings(CompiledEvaluator evaluator, SopNode program, List<String> inputs) {
    for (String input : inputs) {
      agree(evaluator, program, input);
    }
    agree(evaluator, program, (String) null);
  }

  static void agreeOnInts(CompiledEvaluator evaluator, SopNode program, List<int[]> inputs) {
    for (int[] input : inputs) {
      agree(evaluator, program, input);
    }
    agree(evaluator, program, (int[]) null);
  }

  static Outcome agree(CompiledEvaluator evaluator, SopNode program, String input) {
    Outcome expected = Outcome.interpreted(program, input);
    Outcome actual = evaluator.run(input);
    assertWithMessage("evaluate(\"%s\")\n%s", input, evaluator.source())
        .that(actual).isEqualTo(expected);
    if (input != null) {
      assertWithMessage("evaluate(char[] \"%s\")", input)
          .that(evaluator.runChars(input.toCharArray())).isEqualTo(expected);
    }
    return actual;
  }

  static Outcome agree(CompiledEvaluator evaluator, SopNode program, int[] input) {
    Outcome expected = Outcome.interpreted(program, input);
    Outcome actual = evaluator.run(input);
    assertWithMessage("evaluate(%s)\n%s", Arrays.toString(input), evaluator.source())
        .that(actual).isEqualTo(expected);
    return actual;
  }
}
