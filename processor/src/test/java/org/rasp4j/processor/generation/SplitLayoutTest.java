package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Library.sort;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rasp4j.Predicate2;
import org.rasp4j.Rasp;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * A large program's evaluator runs each step in a method of its own: forced on small programs
 * (every operation its own step and method), it must still give the interpreter's values and its
 * first error, deferred failures across methods included; and programs that once made one method
 * over the JVM's 64 KB limit compile and agree.
 */
class SplitLayoutTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final int MAX = Integer.MAX_VALUE;

  private static CompiledEvaluator split(String name, SopNode program) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(Layout.SPLIT_EVERYTHING, name, program);
    assertThat(evaluator.source()).contains("private static void");
    return evaluator;
  }

  private static void ints(String name, Sop<?> program) {
    Differential.agreeOnInts(split(name, program.node()), program.node(), Differential.INTS);
  }

  private static void strings(String name, Sop<?> program) {
    Differential.agreeOnStrings(split(name, program.node()), program.node(), Differential.STRINGS);
  }

  @Test
  void blogProgramsInMethodsOfOneOperation() {
    Sop<Integer> opposite = length().minus(indices()).minus(1).named("opp_idx");
    strings("Flip", key(opposite).eq(query(indices())).value(CHARS).named("flip"));
    ints("Sort", sort(INTS, INTS));
    strings("Histogram", key(CHARS).eq(query(CHARS)).width());
    ints("Shift", key(indices()).eq(query(indices().minus(1))).value(INTS, 0));
  }

  @Test
  void firstErrorsAcrossMethods() {
    Sop<Integer> big = INTS.plus(MAX).named("big");
    Sop<Integer> ratio = INTS.div(INTS).named("ratio");
    ints("BigFirst", big.plus(ratio));
    ints("RatioFirst", ratio.plus(big));
    Sop<Character> late = key(length()).eq(query(length())).value(CHARS).named("late");
    Sop<Character> early = selectAll().value(CHARS).named("early");
    strings("LateFirst", where(CHARS.eq('a'), late, early));
    ints("TotalFirst", selectAll().value(INTS).named("total").minus(INTS.times(INTS)));
    Selector prefix = key(indices()).le(query(indices()));
    ints("SharedHead",
        prefix.value(INTS.div(2)).named("halves").plus(prefix.value(INTS).named("plain")));
    Sop<Integer> values = INTS.mod(1 << 30).plus(1);
    Sop<Integer> divisor = selectAll().value(values, 1).named("divisor");
    Sop<Boolean> gate = key(length()).eq(query(length())).value(INTS.gt(0)).named("gate");
    ints("Placeholder", where(gate, INTS, INTS.div(divisor)));
  }

  /** A failing predicate is tested again by each slice of its head's outputs: one error. */
  @Test
  void aFailingPredicateSharedBySlicesOfItsHead() {
    Predicate2<Integer, Integer> near = TestFunctions::nearby;
    Selector nearby = Rasp.select(INTS, INTS, near);
    Sop<Integer> program = nearby.value(INTS).named("sum")
        .plus(nearby.value(INTS.div(3)).named("thirds"))
        .plus(nearby.width());
    Scalar.Param k = new Scalar.Param(0, "key", ElementType.INT);
    Scalar.Param q = new Scalar.Param(1, "query", ElementType.INT);
    ScalarFunction translated = new ScalarFunction(List.of(k, q), new Scalar.Call(
        TestFunctions.class.getCanonicalName(), "nearby", List.of(k, q), ElementType.BOOL),
        "select", new FunctionOrigin.MethodReference());
    SopNode twin = ScalarTwin.of(program.node(), Map.of(near, translated));
    CompiledEvaluator evaluator = split("NearbySlices", twin);
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
    Differential.agreeOnInts(evaluator, program.node(), List.of(
        new int[] {MAX, MAX, 5, -1}, new int[] {1, -1}, new int[] {-1, 1}, new int[] {2, 3, 4}));
  }

  /** 800 chained operations: one fused loop once, now slices of it in methods of their own. */
  @Test
  void eightHundredChainedOperations() {
    SplittableRandom random = new SplittableRandom(7);
    Sop<Integer> value = INTS;
    for (int i = 0; i < 800; i++) {
      int constant = random.nextInt(-3, 4);
      value = switch (random.nextInt(4)) {
        case 0 -> value.plus(constant);
        case 1 -> value.minus(INTS);
        case 2 -> value.times(constant == 0 ? 1 : constant);
        default -> value.mod(5).plus(indices());
      };
    }
    Sop<Integer> program = value;
    CompiledEvaluator evaluator = CompiledEvaluator.of("Chain", program.node());
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  /** 200 heads in one layer, 400 chained shifts: once methods over 64 KB. */
  @Test
  void manyHeadsAndManyShifts() {
    Sop<Integer> sum = INTS;
    for (int offset = 1; offset <= 200; offset++) {
      sum = sum.plus(key(indices()).eq(query(indices().plus(offset))).value(INTS.mod(7), 0));
    }
    Sop<Integer> heads = sum;
    Differential.agreeOnInts(CompiledEvaluator.of("Heads", heads.node()), heads.node(),
        Differential.INTS);

    Sop<Character> shifted = CHARS;
    for (int i = 0; i < 400; i++) {
      shifted = key(indices()).eq(query(indices().minus(1))).value(shifted, '_');
    }
    Sop<Character> shifts = shifted;
    Differential.agreeOnStrings(CompiledEvaluator.of("Shifts", shifts.node()), shifts.node(),
        Differential.STRINGS);
  }
}
