package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.samples.SampleRuns.assertSchedule;
import static org.rasp4j.samples.SampleRuns.run;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.testing.Gen;

/**
 * tracr's library programs against the examples of tracr's docstrings and plain-Java models, and
 * their layer and head counts.
 */
class TracrProgramsTest {

  // ---- layers and heads (a selector width is two heads; means sharing a selector, one) ----

  static Stream<Arguments> layerTable() {
    return Stream.of(
        Arguments.of("tracr_length", 1, List.of(2)),
        Arguments.of("tracr_frac_prevs", 1, List.of(1)),
        Arguments.of("tracr_pair_balance", 1, List.of(1)),
        Arguments.of("tracr_sort_unique", 2, List.of(2, 1)),
        Arguments.of("tracr_sort", 2, List.of(2, 1)),
        Arguments.of("tracr_sort_freq", 3, List.of(2, 2, 1)),
        Arguments.of("tracr_shift_by", 1, List.of(1)),
        Arguments.of("tracr_detect_pattern", 1, List.of(2)),
        Arguments.of("tracr_count_less_freq", 2, List.of(2, 2)),
        Arguments.of("tracr_count", 1, List.of(2)),
        // layer 1: the balances' prefix means (one selector) and length's width (two heads);
        // layer 2: has_neg over everything and last_zero at the last position
        Arguments.of("tracr_shuffle_dyck2", 2, List.of(3, 2)),
        Arguments.of("tracr_shuffle_dyck3", 2, List.of(3, 2)));
  }

  @ParameterizedTest(name = "{0}: {1} layers, heads {2}")
  @MethodSource("layerTable")
  void layersAndMergedHeads(String name, int layers, List<Integer> heads) {
    assertSchedule(name, layers, heads);
  }

  // ---- tracr's docstring examples ----

  @Test
  void docstringExamples() {
    assertThat(run("tracr_length", "abcdefg")).isEqualTo(Collections.nCopies(7, 7));
    assertClose(run("tracr_frac_prevs", "hello"), List.of(0.0, 0.0, 1 / 3.0, 1 / 2.0, 2 / 5.0));
    assertClose(
        run("tracr_pair_balance", "a()b(c))"),
        List.of(0.0, 1 / 2.0, 0.0, 0.0, 1 / 5.0, 1 / 6.0, 0.0, -1 / 8.0));
    assertThat(run("tracr_sort_unique", List.of(2, 4, 3, 1))).isEqualTo(List.of(1, 2, 3, 4));
    assertThat(run("tracr_sort", List.of(2, 4, 3, 1))).isEqualTo(List.of(1, 2, 3, 4));
    assertThat(run("tracr_sort", List.of(2, 4, 1, 2))).isEqualTo(List.of(1, 2, 2, 4));
    assertThat(run("tracr_sort_freq", List.of(2, 4, 2, 1))).isEqualTo(List.of(2, 2, 4, 1));
    // tracr: [None, None, T, F, F, T]; rasp4j pads the shifted detectors with false
    assertThat(run("tracr_detect_pattern", "abcabc"))
        .isEqualTo(List.of(false, false, true, false, false, true));
    assertThat(run("tracr_count_less_freq", "aaabbc")).isEqualTo(Collections.nCopies(6, 3));
    assertThat(run("tracr_count_less_freq", "aacbbc")).isEqualTo(Collections.nCopies(6, 6));
    assertThat(run("tracr_count", "aaabbc")).isEqualTo(Collections.nCopies(6, 3));
    assertThat(run("tracr_count", "cabc")).isEqualTo(Collections.nCopies(4, 1));
    assertThat(run("tracr_shuffle_dyck2", "({)}")).isEqualTo(Collections.nCopies(4, true));
    assertThat(run("tracr_shuffle_dyck2", "(){)}")).isEqualTo(Collections.nCopies(5, false));
    // tracr: [None, h, e, l, l]; rasp4j fills with '_'
    assertThat(run("tracr_shift_by", "hello")).isEqualTo(List.of('_', 'h', 'e', 'l', 'l'));
  }

  // ---- properties ----

  @Test
  void lengthIsTheLength() {
    Gen.forAll(200, gen -> lengthIsTheLength(gen.ints(-5, 5, 0, 20)));
  }

  private void lengthIsTheLength(List<Integer> xs) {
    assertThat(run("tracr_length", xs)).isEqualTo(Collections.nCopies(xs.size(), xs.size()));
  }

  @Test
  void fracPrevsIsTheShareOfLsSoFar() {
    Gen.forAll(200, gen -> fracPrevsIsTheShareOfLsSoFar(gen.string("helo", 0, 20)));
  }

  private void fracPrevsIsTheShareOfLsSoFar(String s) {
    List<Double> expected = new ArrayList<>();
    int ls = 0;
    for (int i = 0; i < s.length(); i++) {
      ls += s.charAt(i) == 'l' ? 1 : 0;
      expected.add(ls / (i + 1.0));
    }
    assertClose(run("tracr_frac_prevs", s), expected);
  }

  @Test
  void pairBalanceIsOpensMinusClosesOverPrefixLength() {
    Gen.forAll(200, gen -> pairBalanceIsOpensMinusClosesOverPrefixLength(gen.string("()a", 0, 20)));
  }

  private void pairBalanceIsOpensMinusClosesOverPrefixLength(String s) {
    List<Double> expected = new ArrayList<>();
    int balance = 0;
    for (int i = 0; i < s.length(); i++) {
      balance += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      expected.add(balance / (i + 1.0));
    }
    assertClose(run("tracr_pair_balance", s), expected);
  }

  @Test
  void sortUniqueSortsDistinctInts() {
    Gen.forAll(200, gen -> sortUniqueSortsDistinctInts(gen.uniqueInts(-50, 50, 20)));
  }

  private void sortUniqueSortsDistinctInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    Collections.sort(expected);
    assertThat(run("tracr_sort_unique", xs)).isEqualTo(expected);
  }

  @Test
  void sortUniqueSortsDistinctChars() {
    Gen.forAll(200, gen -> sortUniqueSortsDistinctChars(gen.uniqueChars('a', 'z', 20)));
  }

  private void sortUniqueSortsDistinctChars(List<Character> cs) {
    List<Character> expected = new ArrayList<>(cs);
    Collections.sort(expected);
    StringBuilder input = new StringBuilder();
    cs.forEach(input::append);
    assertThat(run("tracr_sort_unique", input.toString())).isEqualTo(expected);
  }

  @Test
  void sortSortsIntsWithRepeats() {
    Gen.forAll(200, gen -> sortSortsIntsWithRepeats(gen.ints(-9, 9, 0, 20)));
  }

  private void sortSortsIntsWithRepeats(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    Collections.sort(expected);
    assertThat(run("tracr_sort", xs)).isEqualTo(expected);
  }

  @Test
  void sortFreqOrdersByDescendingCountStably() {
    Gen.forAll(200, gen -> sortFreqOrdersByDescendingCountStably(gen.ints(0, 4, 0, 20)));
  }

  private void sortFreqOrdersByDescendingCountStably(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    expected.sort(Comparator.comparingInt((Integer x) -> -Collections.frequency(xs, x)));
    assertThat(run("tracr_sort_freq", xs)).isEqualTo(expected);
  }

  @Test
  void shiftByMovesOneRight() {
    Gen.forAll(200, gen -> shiftByMovesOneRight(gen.string('a', 'z', 0, 20)));
  }

  private void shiftByMovesOneRight(String s) {
    List<Character> expected = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      expected.add(i == 0 ? '_' : s.charAt(i - 1));
    }
    assertThat(run("tracr_shift_by", s)).isEqualTo(expected);
  }

  @Test
  void detectPatternMarksTheEndOfEachAbc() {
    Gen.forAll(200, gen -> detectPatternMarksTheEndOfEachAbc(gen.string("abc", 0, 20)));
  }

  private void detectPatternMarksTheEndOfEachAbc(String s) {
    List<Boolean> expected = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      expected.add(i >= 2 && s.startsWith("abc", i - 2));
    }
    assertThat(run("tracr_detect_pattern", s)).isEqualTo(expected);
  }

  @Test
  void countLessFreqCountsPositionsOfTokensSeenAtMostTwice() {
    Gen.forAll(
        200,
        gen -> countLessFreqCountsPositionsOfTokensSeenAtMostTwice(gen.ints(0, 5, 0, 20)));
  }

  private void countLessFreqCountsPositionsOfTokensSeenAtMostTwice(List<Integer> xs) {
    // tracr's predicate is x <= n (its docstring's "fewer than n" is off by one), n = 2
    int count = (int) xs.stream().filter(x -> Collections.frequency(xs, x) <= 2).count();
    assertThat(run("tracr_count_less_freq", xs)).isEqualTo(Collections.nCopies(xs.size(), count));
  }

  @Test
  void countCountsTheAs() {
    Gen.forAll(200, gen -> countCountsTheAs(gen.string("abc", 0, 20)));
  }

  private void countCountsTheAs(String s) {
    int as = (int) s.chars().filter(c -> c == 'a').count();
    assertThat(run("tracr_count", s)).isEqualTo(Collections.nCopies(s.length(), as));
  }

  @Test
  void shuffleDyck2AgreesWithPerKindCounters() {
    Gen.forAll(300, gen -> shuffleDyck2AgreesWithPerKindCounters(shuffleDyck2Words(gen)));
  }

  private void shuffleDyck2AgreesWithPerKindCounters(String s) {
    boolean balanced = shuffleBalanced(s, "(){}");
    assertThat(run("tracr_shuffle_dyck2", s)).isEqualTo(Collections.nCopies(s.length(), balanced));
  }

  @Test
  void shuffleDyck3AgreesWithPerKindCounters() {
    Gen.forAll(300, gen -> shuffleDyck3AgreesWithPerKindCounters(shuffleDyck3Words(gen)));
  }

  private void shuffleDyck3AgreesWithPerKindCounters(String s) {
    boolean balanced = shuffleBalanced(s, "(){}[]");
    assertThat(run("tracr_shuffle_dyck3", s)).isEqualTo(Collections.nCopies(s.length(), balanced));
  }

  private static String shuffleDyck2Words(Gen gen) {
    return shuffleWords(gen, "(){}");
  }

  private static String shuffleDyck3Words(Gen gen) {
    return shuffleWords(gen, "(){}[]");
  }

  /**
   * Random words, and shuffles of balanced words (each kind's parentheses paired, kinds
   * interleaved at random), about half of which then get one character changed.
   */
  private static String shuffleWords(Gen gen, String pairs) {
    return gen.bool() ? gen.string(pairs, 0, 20) : shuffle(gen.ints(0, 99, 0, 10), pairs);
  }

  private static String shuffle(List<Integer> ops, String pairs) {
    int kinds = pairs.length() / 2;
    int[] open = new int[kinds];
    StringBuilder word = new StringBuilder();
    for (int op : ops) {
      int kind = op % kinds;
      if (open[kind] > 0 && op >= 50) {
        open[kind]--;
        word.append(pairs.charAt(2 * kind + 1));
      } else {
        open[kind]++;
        word.append(pairs.charAt(2 * kind));
      }
    }
    for (int kind = 0; kind < kinds; kind++) {
      word.append(String.valueOf(pairs.charAt(2 * kind + 1)).repeat(open[kind]));
    }
    if (!ops.isEmpty() && ops.get(0) % 2 == 1 && word.length() > 0) {
      int at = ops.get(ops.size() - 1) % word.length();
      word.setCharAt(at, pairs.charAt(ops.get(0) % pairs.length()));
    }
    return word.toString();
  }

  /** Each kind on its own: its running count never negative and zero at the end. */
  private static boolean shuffleBalanced(String word, String pairs) {
    for (int kind = 0; kind < pairs.length() / 2; kind++) {
      int depth = 0;
      for (char c : word.toCharArray()) {
        depth += c == pairs.charAt(2 * kind) ? 1 : c == pairs.charAt(2 * kind + 1) ? -1 : 0;
        if (depth < 0) {
          return false;
        }
      }
      if (depth != 0) {
        return false;
      }
    }
    return true;
  }

  // ---- plumbing ----

  private static void assertClose(List<?> actual, List<Double> expected) {
    assertThat(actual).hasSize(expected.size());
    IntStream.range(0, expected.size())
        .forEach(
            i ->
                assertWithMessage("position %s of %s", i, actual)
                    .that((Double) actual.get(i))
                    .isWithin(1e-12)
                    .of(expected.get(i)));
  }

}
