package org.rasp4j.processor.generation;

import static org.rasp4j.Library.cumsum;
import static org.rasp4j.Library.fracPrevs;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.minimum;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Library.shift;
import static org.rasp4j.Library.sort;
import static org.rasp4j.Library.widthWithBos;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rasp4j.Fn1;
import org.rasp4j.Predicate2;
import org.rasp4j.Rasp;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;
import org.rasp4j.testing.Gen;

/**
 * On random inputs, generated evaluators of many programs give what the reference interpreter
 * gives: the same values, or the same exception and message. Ints are drawn mostly small (so
 * selectors match and sums collide) with the extremes mixed in (so arithmetic overflows).
 */
class EvaluatorPropertiesTest {
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);

  /** A program as the interpreter runs it, and its generated evaluator. */
  private record Case(SopNode program, CompiledEvaluator evaluator) {}

  private static final List<Case> INT_CASES = intCases();
  private static final List<Case> CHAR_CASES = charCases();

  private static Case compiled(String name, Sop<?> program) {
    return new Case(program.node(), CompiledEvaluator.of(name, ElementType.INT, program.node()));
  }

  private static Case compiledChars(String name, Sop<?> program) {
    return new Case(program.node(), CompiledEvaluator.of(name, ElementType.CHAR, program.node()));
  }

  private static List<Case> intCases() {
    List<Case> cases = new ArrayList<>();
    cases.add(compiled("Cumsum", cumsum(INTS)));
    cases.add(compiled("Minimum", minimum(INTS)));
    cases.add(compiled("Sort", sort(INTS, INTS)));
    cases.add(compiled("Arithmetic", INTS.div(indices().minus(1)).plus(INTS.mod(INTS.minus(2)))
        .minus(INTS.negate()).times(length())));
    cases.add(compiled("Doubles", INTS.toDouble().mod(INTS.minus(1).toDouble())
        .plus(INTS.toDouble().div(indices().toDouble())).round()));
    cases.add(compiled("Means", key(INTS).le(query(INTS)).mean(INTS)
        .plus(selectAll().value(INTS.toDouble().times(0.5)))));
    cases.add(compiled("Fused", INTS.plus(Integer.MAX_VALUE).plus(INTS.div(INTS))));
    cases.add(compiled("Layers", selectAll().value(INTS).minus(INTS.times(INTS))));
    Selector prefix = key(indices()).le(query(indices()));
    cases.add(compiled("SharedHead", prefix.value(INTS.div(2)).plus(prefix.value(INTS))));
    cases.add(compiled("Widths", key(INTS).eq(query(INTS)).width()
        .plus(key(INTS).lt(query(INTS)).and(key(indices()).ne(query(0))).not().width())));

    Predicate2<Integer, Integer> near = TestFunctions::nearby;
    Sop<Integer> nearSum = Rasp.select(INTS, INTS, near).value(INTS).named("sum");
    Scalar.Param k = new Scalar.Param(0, "key", ElementType.INT);
    Scalar.Param q = new Scalar.Param(1, "query", ElementType.INT);
    ScalarFunction nearby = new ScalarFunction(List.of(k, q), new Scalar.Call(
        TestFunctions.class.getCanonicalName(), "nearby", List.of(k, q), ElementType.BOOL),
        "select", new FunctionOrigin.MethodReference());
    Fn1<Integer, Integer> picky = TestFunctions::picky;
    Sop<Integer> pickySum = nearSum.map(INT, picky);
    Scalar.Param x = new Scalar.Param(0, "x", ElementType.INT);
    ScalarFunction pickyCall = new ScalarFunction(List.of(x), new Scalar.Call(
        TestFunctions.class.getCanonicalName(), "picky", List.of(x), ElementType.INT), "map",
        new FunctionOrigin.MethodReference());
    SopNode translated =
        ScalarTwin.of(pickySum.node(), Map.of(near, nearby, picky, pickyCall));
    cases.add(new Case(pickySum.node(),
        CompiledEvaluator.of("Functions", ElementType.INT, translated)));
    return cases;
  }

  private static List<Case> charCases() {
    List<Case> cases = new ArrayList<>();
    Sop<Integer> opposite = length().minus(indices()).minus(1);
    cases.add(compiledChars("Flip", key(opposite).eq(query(indices())).value(CHARS)));
    cases.add(compiledChars("Shift", shift(2, '_', CHARS)));
    cases.add(compiledChars("Histogram", key(CHARS).eq(query(CHARS)).value(1)));
    cases.add(compiledChars("MinimumChar", minimum(CHARS)));
    cases.add(compiledChars("SortChars", sort(CHARS, CHARS)));
    cases.add(compiledChars("FracPrevs", fracPrevs(CHARS.eq('a'))));
    cases.add(compiledChars("WidthWithBos", widthWithBos(key(CHARS).lt(query(CHARS)))));
    Sop<Character> late = key(length()).eq(query(length())).value(CHARS);
    cases.add(compiledChars("LateFirst", where(CHARS.eq('a'), late, selectAll().value(CHARS))));
    Sop<Boolean> match = CHARS.ne('<');
    Sop<Integer> x = cumsum(match.toInt());
    cases.add(compiledChars("Slide", where(match, CHARS,
        key(x).eq(query(x.plus(1))).and(key(match).eq(query(true))).value(CHARS))));
    return cases;
  }

  @Test
  void intProgramsAgree() {
    Gen.forAll(300, gen -> {
      int[] input = ints(gen);
      for (Case c : INT_CASES) {
        Differential.agree(c.evaluator(), c.program(), input);
      }
    });
  }

  @Test
  void charProgramsAgree() {
    Gen.forAll(300, gen -> {
      String input = gen.string("aab_<l+0?A", 0, 8);
      for (Case c : CHAR_CASES) {
        Differential.agree(c.evaluator(), c.program(), input);
      }
    });
  }

  /** Extremes where int arithmetic overflows, and squares just past int's range. */
  private static final int[] EXTREMES = {Integer.MIN_VALUE, Integer.MAX_VALUE,
      Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 1 << 30, -(1 << 30), 65536, 46341};

  /** Up to 7 ints: 8 in 11 small, 2 in 11 an extreme, 1 in 11 any int. */
  private static int[] ints(Gen gen) {
    SplittableRandom random = gen.random();
    int[] input = new int[random.nextInt(8)];
    for (int i = 0; i < input.length; i++) {
      int pick = random.nextInt(11);
      input[i] = pick < 8 ? random.nextInt(-3, 4)
          : pick < 10 ? EXTREMES[random.nextInt(EXTREMES.length)] : random.nextInt();
    }
    return input;
  }
}
