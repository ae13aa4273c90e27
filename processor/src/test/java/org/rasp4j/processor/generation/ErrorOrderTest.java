package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasp4j.Predicate2;
import org.rasp4j.Rasp;
import org.rasp4j.RaspException;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * When several computations would fail, the generated code reports the one the interpreter
 * reports — the first failing node in the interpreter's order, at its first failing position —
 * although it runs layer by layer and fuses nodes into shared loops.
 */
class ErrorOrderTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final int MAX = Integer.MAX_VALUE;

  private static Outcome failure(String message) {
    return new Outcome(null, RaspException.class, message);
  }

  private static CompiledEvaluator compile(String name, Sop<?> program) {
    return CompiledEvaluator.of(name, program.node());
  }

  @Test
  void twoFailingOperationsFusedInOneLoop() {
    Sop<Integer> big = INTS.plus(MAX).named("big"); // fails where a token is positive
    Sop<Integer> ratio = INTS.div(INTS).named("ratio"); // fails where a token is 0
    Sop<Integer> program = big.plus(ratio);
    CompiledEvaluator evaluator = compile("BigFirst", program);
    // ratio fails at position 0, but big comes first and fails at position 1.
    assertThat(Differential.agree(evaluator, program.node(), new int[] {0, 1}))
        .isEqualTo(failure("+ 'big' at position 1: integer overflow: 1 + 2147483647"));
    assertThat(Differential.agree(evaluator, program.node(), new int[] {0, -1}))
        .isEqualTo(failure("/ 'ratio' at position 0: division by zero: 0 / 0"));
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);

    Sop<Integer> swapped = ratio.plus(big);
    CompiledEvaluator other = compile("RatioFirst", swapped);
    assertThat(Differential.agree(other, swapped.node(), new int[] {0, 1}))
        .isEqualTo(failure("/ 'ratio' at position 0: division by zero: 0 / 0"));
    Differential.agreeOnInts(other, swapped.node(), Differential.INTS);
  }

  @Test
  void aLaterLayerFirstInTheInterpretersOrder() {
    Sop<Character> late = key(length()).eq(query(length())).value(CHARS).named("late");
    Sop<Character> early = selectAll().value(CHARS).named("early");
    Sop<Character> program = where(CHARS.eq('a'), late, early);
    CompiledEvaluator evaluator = compile("LateFirst", program);
    // Both fail on two tokens; the interpreter evaluates late (layer 2) before early (layer 1).
    assertThat(Differential.agree(evaluator, program.node(), "ab"))
        .isEqualTo(failure("aggregate 'late' at position 0: cannot sum 2 char values (key"
            + " positions [0, 1]); a char aggregate must select at most one position"));
    Differential.agreeOnStrings(evaluator, program.node(), Differential.STRINGS);
  }

  @Test
  void anEmbeddingLayerFailureAfterAnAttentionFailure() {
    Sop<Integer> total = selectAll().value(INTS).named("total");
    Sop<Integer> square = INTS.times(INTS).named("square");
    Sop<Integer> program = total.minus(square);
    CompiledEvaluator evaluator = compile("TotalFirst", program);
    // square (layer 0) fails at position 0 and runs first, but total comes first in the
    // interpreter's order.
    assertThat(Differential.agree(evaluator, program.node(), new int[] {MAX, 1}))
        .isEqualTo(failure("aggregate 'total' at position 0: integer overflow: the sum of key"
            + " positions [0, 1] is 2147483648"));
    assertThat(Differential.agree(evaluator, program.node(), new int[] {MAX}))
        .isEqualTo(failure("* 'square' at position 0: integer overflow: 2147483647 *"
            + " 2147483647"));
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  @Test
  void twoFailingAggregatesOfOneHead() {
    Selector prefix = key(indices()).le(query(indices()));
    Sop<Integer> plain = prefix.value(INTS).named("plain");
    Sop<Integer> halves = prefix.value(INTS.div(2)).named("halves");
    Sop<Integer> program = halves.plus(plain);
    CompiledEvaluator evaluator = compile("SharedHead", program);
    assertThat(evaluator.source()).containsMatch("(?s)head 1.*plain.*halves|head 1.*halves.*plain");
    // plain overflows at query 1, halves only at query 2, but halves comes first.
    assertThat(Differential.agree(evaluator, program.node(), new int[] {MAX, MAX, MAX}))
        .isEqualTo(failure("aggregate 'halves' at position 2: integer overflow: the sum of key"
            + " positions [0, 1, 2] is 3221225469"));
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  @Test
  void aFailingPredicateBeforeTheSumItFeeds() {
    Predicate2<Integer, Integer> near = TestFunctions::nearby;
    Sop<Integer> program = Rasp.select(INTS, INTS, near).value(INTS).named("sum");
    Scalar.Param k = new Scalar.Param(0, "key", ElementType.INT);
    Scalar.Param q = new Scalar.Param(1, "query", ElementType.INT);
    ScalarFunction nearby = new ScalarFunction(List.of(k, q), new Scalar.Call(
        TestFunctions.class.getCanonicalName(), "nearby", List.of(k, q), ElementType.BOOL),
        "select", new FunctionOrigin.MethodReference());
    SopNode translated = ScalarTwin.of(program.node(), Map.of(near, nearby));
    CompiledEvaluator evaluator = CompiledEvaluator.of("NearbySum", translated);
    // The sum overflows at query 0; the predicate fails only at query 3, but runs first.
    assertThat(Differential.agree(evaluator, program.node(), new int[] {MAX, MAX, 5, -1}))
        .isEqualTo(failure("select select at position 3: the function threw"
            + " IllegalArgumentException: negative query -1"));
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
    Differential.agreeOnInts(evaluator, program.node(), List.of(
        new int[] {MAX, MAX}, new int[] {1, -1}, new int[] {-1, 1}, new int[] {2, 3, 4}));
  }

  @Test
  void aDeferredFailureLeavesAValueLaterCodeCanDivideBy() {
    // Each value is in [1, 2^30], so their sum is never 0 and divides without a check, but two
    // of them overflow; where that failure waits for an earlier node's, its placeholder is
    // divided by.
    Sop<Integer> values = INTS.mod(1 << 30).plus(1);
    Sop<Integer> divisor = selectAll().value(values, 1).named("divisor");
    Sop<Boolean> late = key(length()).eq(query(length())).value(INTS.gt(0)).named("late");
    Sop<Integer> program = where(late, INTS, INTS.div(divisor));
    CompiledEvaluator evaluator = compile("Placeholder", program);
    assertThat(evaluator.source()).contains("Math.floorDiv(tokens[i], divisor[i])");
    int almost = (1 << 30) - 1;
    assertThat(Differential.agree(evaluator, program.node(), new int[] {almost, almost}))
        .isEqualTo(failure("aggregate 'late' at position 0: cannot sum 2 boolean values (key"
            + " positions [0, 1]); a boolean aggregate must select at most one position (count"
            + " booleans with toInt())"));
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }
}
