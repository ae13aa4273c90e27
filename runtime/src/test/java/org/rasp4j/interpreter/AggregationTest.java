package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.STRING;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.testing.Gen;

/** One attention head: sum (RASPy), mean (RASP), selector width, and what an empty row gives. */
class AggregationTest {
  /** Query position i selects nothing: no key index is below 0. */
  private static Selector nothing() {
    return key(indices()).lt(query(0));
  }

  /** Query position i selects key i only. */
  private static Selector self() {
    return key(indices()).eq(query(indices()));
  }

  @Test
  void sumsTheSelectedInts() {
    assertThat(selectAll().value(tokens(INT)).eval(1, 2, 3)).containsExactly(6, 6, 6);
    // before: position i sums the tokens at 0..i-1, 0 where it selects nothing
    assertThat(before().value(tokens(INT)).eval(4, -1, 10, 2))
        .containsExactly(0, 4, 3, 13)
        .inOrder();
    assertThat(selectAll().value(1).eval("abcd")).containsExactly(4, 4, 4, 4);
  }

  @Test
  void sumsTheSelectedDoubles() {
    assertThat(selectAll().value(tokens(INT).toDouble()).eval(1, 2)).containsExactly(3.0, 3.0);
    assertThat(before().value(0.5).eval("abc")).containsExactly(0.0, 0.5, 1.0).inOrder();
  }

  @Test
  void oneSelectedValuePassesUnchanged() {
    assertThat(self().value(tokens(CHAR)).eval("hey")).containsExactly('h', 'e', 'y').inOrder();
    assertThat(self().value(tokens(CHAR).eq('e')).eval("hey"))
        .containsExactly(false, true, false)
        .inOrder();
    Sop<String> words = tokens(CHAR).map(STRING, c -> c + "!");
    assertThat(self().value(words).eval("ab")).containsExactly("a!", "b!").inOrder();
    assertThat(self().value(tokens(INT).toDouble()).eval(7)).containsExactly(7.0);
  }

  @Test
  void anEmptyRowGivesTheZeroOfTheType() {
    assertThat(nothing().value(tokens(INT)).eval(5, 6)).containsExactly(0, 0);
    assertThat(nothing().value(tokens(INT).toDouble()).eval(5)).containsExactly(0.0);
    assertThat(nothing().value(tokens(CHAR).eq('a')).eval("a")).containsExactly(false);
    assertThat(nothing().value(tokens(CHAR)).eval("ab")).containsExactly('\0', '\0');
    assertThat(nothing().value(tokens(CHAR).map(STRING, String::valueOf)).eval("a"))
        .containsExactly("");
    assertThat(nothing().mean(tokens(INT)).eval(3)).containsExactly(0.0);
  }

  @Test
  void anEmptyRowGivesTheDefaultWhenThereIsOne() {
    assertThat(nothing().value(tokens(CHAR), '_').eval("ab")).containsExactly('_', '_');
    assertThat(nothing().value(tokens(INT), -1).eval(5)).containsExactly(-1);
    assertThat(nothing().value(tokens(CHAR).eq('a'), true).eval("b")).containsExactly(true);
    assertThat(nothing().value("x", "none").eval("b")).containsExactly("none");
    assertThat(nothing().mean(tokens(INT), -1.0).eval(3)).containsExactly(-1.0);
    // the default is only for empty rows
    assertThat(before().value(tokens(CHAR), '_').eval("ab")).containsExactly('_', 'a').inOrder();
  }

  @Test
  void meanAveragesTheSelectedValues() {
    assertThat(selectAll().mean(tokens(INT)).eval(1, 2, 4))
        .containsExactly(7 / 3.0, 7 / 3.0, 7 / 3.0);
    assertThat(before().mean(tokens(INT).toDouble(), 9.0).eval(2, 3, 7))
        .containsExactly(9.0, 2.0, 2.5)
        .inOrder();
    assertThat(self().mean(tokens(CHAR).eq('a').toInt()).eval("ab"))
        .containsExactly(1.0, 0.0)
        .inOrder();
  }

  @Test
  void widthCountsTheSelectedKeys() {
    Sop<Character> t = tokens(CHAR);
    assertThat(key(t).eq(query(t)).width().eval("hello"))
        .containsExactly(1, 1, 2, 2, 1)
        .inOrder();
    assertThat(nothing().width().eval("abc")).containsExactly(0, 0, 0);
    assertThat(before().width().eval("abc")).containsExactly(0, 1, 2).inOrder();
  }

  @Test
  void anEmptyInputGivesAnEmptyOutputThroughHeads() {
    Sop<Character> t = tokens(CHAR);
    Sop<Integer> histogram = key(t).eq(query(t)).width();
    Sop<Character> flip =
        key(indices()).eq(query(selectAll().value(1).minus(indices()).minus(1))).value(t);

    assertThat(flip.eval("")).isEmpty();
    assertThat(histogram.eval("")).isEmpty();
    assertThat(before().mean(tokens(INT)).eval(new int[0])).isEmpty();
    assertThat(before().matrix("")).isEmpty();
  }

  @Test
  void sumMeanAndWidthMatchALoopModel() {
    Gen.forAll(1000, gen -> sumMeanAndWidthMatchALoopModel(gen.ints(-1000, 1000, 0, 12)));
  }

  private void sumMeanAndWidthMatchALoopModel(List<Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    Sop<Integer> t = tokens(INT);
    Selector atMost = key(t).le(query(t)); // query i selects keys j with t[j] <= t[i]

    List<Integer> sums = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (int q : input) {
      int sum = 0;
      int count = 0;
      for (int k : input) {
        if (k <= q) {
          sum += k;
          count++;
        }
      }
      sums.add(sum);
      means.add((double) sum / count);
      widths.add(count);
    }

    assertThat(atMost.value(t).eval(input)).containsExactlyElementsIn(sums).inOrder();
    assertThat(atMost.mean(t).eval(input)).containsExactlyElementsIn(means).inOrder();
    assertThat(atMost.width().eval(input)).containsExactlyElementsIn(widths).inOrder();
  }
}
