package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;

/**
 * Constants are inlined as literals: awkward ones (quotes, backslashes, line breaks, text that
 * looks like a Unicode escape, the int extremes, special doubles) must compile and mean the
 * same value.
 */
class JavaLiteralsTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);

  /** A chain of where(indices == i, value_i, ...): position i shows the i-th constant. */
  private static <T> Sop<T> positions(List<T> values) {
    Sop<T> result = where(indices().eq(0), values.get(0), values.get(0));
    for (int i = 1; i < values.size(); i++) {
      result = where(indices().eq(i), values.get(i), result);
    }
    return result;
  }

  private static void check(String name, Sop<?> program, int size) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, ElementType.INT, program.node());
    int[] input = new int[size];
    Outcome outcome = Differential.agree(evaluator, program.node(), input);
    assertThat(outcome.failed()).isFalse();
  }

  @Test
  void characters() {
    List<Character> chars =
        List.of('\'', '\\', '\n', '\r', '\t', '\b', '\f', '\0', '"', 'é', '\u2028', '\u007f', 'z');
    check("Chars", positions(chars), chars.size());
    Sop<Boolean> quote = CHARS.eq('\'').or(CHARS.eq('\\'));
    CompiledEvaluator evaluator = CompiledEvaluator.of("Quote", quote.node());
    assertThat(evaluator.run("a'\\")).isEqualTo(Outcome.values(List.of(false, true, true)));
  }

  @Test
  void strings() {
    List<String> strings = List.of(
        "", "\"quoted\"", "back\\slash", "line\nbreak", "\\u000a", "\u0001", "tab\t", "é\u2028",
        "it's", "\u0085\u2029");
    check("Strings", positions(strings), strings.size());
  }

  @Test
  void intsAndDoubles() {
    List<Integer> ints = List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 7);
    check("Ints", positions(ints), ints.size());
    check("Negatives", INTS.minus(-5).times(-1).minus(Integer.MIN_VALUE + 10), 3);
    List<Double> doubles = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        -0.0, 0.0, 1e-300, Double.MIN_VALUE, -Double.MAX_VALUE, 1e10, -2.5);
    check("Doubles", positions(doubles), doubles.size());
    check("DoubleArithmetic", INTS.toDouble().minus(-2.5).times(-0.0).div(-1e-300), 2);
  }
}
