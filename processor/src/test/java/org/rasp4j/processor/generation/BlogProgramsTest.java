package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.cumsum;
import static org.rasp4j.Library.fracPrevs;
import static org.rasp4j.Library.index;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.minimum;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Library.shift;
import static org.rasp4j.Library.sort;
import static org.rasp4j.Library.sortUnique;
import static org.rasp4j.Library.widthWithBos;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;

/**
 * The blog's programs and the library's, generated and run on many inputs: each must give
 * the reference interpreter's values or its exact error.
 */
class BlogProgramsTest {
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final Sop<Integer> INTS = tokens(INT);

  private static <T> Sop<T> flip(Sop<T> tokens) {
    Sop<Integer> opposite = length().minus(indices()).minus(1).named("opp_idx");
    return key(opposite).eq(query(indices())).value(tokens).named("flip");
  }

  private static void checkStrings(String name, Sop<?> program) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, program.node());
    Differential.agreeOnStrings(evaluator, program.node(), Differential.STRINGS);
  }

  private static void checkInts(String name, Sop<?> program) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, ElementType.INT, program.node());
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  @Test
  void flipReversesTheTokens() {
    Sop<Character> program = flip(CHARS);
    CompiledEvaluator evaluator = CompiledEvaluator.of("Flip", program.node());
    assertThat(evaluator.run("hello")).isEqualTo(Outcome.values(List.of('o', 'l', 'l', 'e', 'h')));
    Differential.agreeOnStrings(evaluator, program.node(), Differential.STRINGS);
  }

  @Test
  void lengthAndHistogram() {
    checkStrings("Length", length());
    checkStrings("Histogram", key(CHARS).eq(query(CHARS)).value(1).named("hist"));
  }

  @Test
  void cumsumOverflowsLikeTheInterpreter() {
    Sop<Integer> program = cumsum(INTS);
    CompiledEvaluator evaluator = CompiledEvaluator.of("Cumsum", program.node());
    assertThat(evaluator.run(new int[] {3, 1, -2, 3, 1}))
        .isEqualTo(Outcome.values(List.of(3, 4, 2, 5, 6)));
    Outcome overflow = evaluator.run(new int[] {1, Integer.MAX_VALUE, 5});
    assertThat(overflow.message())
        .isEqualTo("aggregate 'cumsum' at position 1: integer overflow: the sum of key positions"
            + " [0, 1] is 2147483648");
    Differential.agreeOnInts(evaluator, program.node(), Differential.INTS);
  }

  @Test
  void cumsumOfLengthMinusIndices() {
    checkInts("CumsumLength", cumsum(length().minus(indices())));
  }

  @Test
  void shiftAndIndex() {
    checkStrings("Shift2", shift(2, '_', CHARS));
    checkStrings("ShiftBack", shift(-1, '0', CHARS));
    checkStrings("Index1", index(1, CHARS));
    checkInts("IntShift", shift(1, -7, INTS));
  }

  @Test
  void minimumOfIntsAndChars() {
    checkInts("Minimum", minimum(INTS));
    checkStrings("MinimumChar", minimum(CHARS));
  }

  @Test
  void ralignAndSlide() {
    Sop<Integer> underscores = key(CHARS).eq(query('_')).value(1);
    Sop<Character> ralign =
        key(indices().plus(underscores)).eq(query(indices())).value(CHARS, '-').named("ralign");
    checkStrings("Ralign", ralign);

    Sop<Boolean> match = CHARS.ne('<');
    Sop<Integer> x = cumsum(match.toInt());
    Sop<Character> slide = key(x).eq(query(x.plus(1))).and(key(match).eq(query(true)))
        .value(CHARS).named("y");
    checkStrings("Slide", where(match, CHARS, slide));
  }

  @Test
  void sortsUseSelectorWidth() {
    checkInts("Sort", sort(INTS, INTS));
    checkStrings("SortChars", sort(CHARS, CHARS));
    checkInts("SortUnique", sortUnique(INTS, INTS.times(2).plus(indices())));
    checkStrings("Width", key(CHARS).eq(query(CHARS)).width());
  }

  @Test
  void meansAndRounding() {
    checkStrings("FracPrevs", fracPrevs(CHARS.eq('l')));
    checkInts("Mean", selectAll().mean(INTS).named("avg"));
    checkStrings("WidthWithBos", widthWithBos(key(CHARS).eq(query(CHARS))));
    checkInts("DoubleSum", key(indices()).le(query(indices())).value(INTS.toDouble()));
  }

  @Test
  void oneClassServesCharactersAndInts() {
    Sop<Character> chars = flip(CHARS);
    Sop<Integer> ints = flip(INTS);
    CompiledEvaluator evaluator = CompiledEvaluator.of("GenericFlip", chars.node(), ints.node());
    assertThat(evaluator.run(new int[] {1, 2, 3})).isEqualTo(Outcome.values(List.of(3, 2, 1)));
    Differential.agreeOnStrings(evaluator, chars.node(), Differential.STRINGS);
    Differential.agreeOnInts(evaluator, ints.node(), Differential.INTS);
  }

  @Test
  void embeddingsAsTheOutput() {
    checkStrings("Identity", CHARS);
    checkStrings("Positions", indices());
    checkInts("Constant", tokens(INT).times(0).plus(4));
  }
}
