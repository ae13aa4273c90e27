package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.samples.SampleRuns.assertSchedule;
import static org.rasp4j.samples.SampleRuns.program;
import static org.rasp4j.samples.SampleRuns.run;
import static org.rasp4j.samples.SampleRuns.chars;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.RaspException;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.testing.Gen;

/**
 * The blog's programs against plain-Java models of their tasks, and their layer and head counts
 * (RASPy's, from the blog and the reference measurements).
 */
class BlogProgramsTest {

  // ---- layers and heads ----

  static Stream<Arguments> layerTable() {
    return Stream.of(
        Arguments.of("flip", 2, List.of(1, 1)),
        Arguments.of("length", 1, List.of(1)),
        Arguments.of("histogram", 1, List.of(1)),
        Arguments.of("window_sum", 1, List.of(1)),
        Arguments.of("cumsum", 1, List.of(1)),
        Arguments.of("index0", 1, List.of(1)),
        Arguments.of("index1", 1, List.of(1)),
        Arguments.of("index4", 1, List.of(1)),
        Arguments.of("shift0", 1, List.of(1)),
        Arguments.of("shift1", 1, List.of(1)),
        Arguments.of("shift2", 1, List.of(1)),
        Arguments.of("shift_left", 1, List.of(1)),
        Arguments.of("minimum", 2, List.of(1, 1)),
        Arguments.of("first_l", 2, List.of(1, 1)),
        Arguments.of("ralign", 2, List.of(1, 1)),
        Arguments.of("split_first", 3, List.of(1, 1, 1)),
        Arguments.of("split_second", 1, List.of(1)),
        Arguments.of("slide", 2, List.of(1, 1)),
        Arguments.of("atoi", 0, List.of()),
        Arguments.of("add_step0", 3, List.of(1, 1, 1)),
        Arguments.of("add_step1", 4, List.of(1, 1, 1, 1)),
        Arguments.of("add_step2", 6, List.of(1, 1, 1, 1, 1, 1)),
        Arguments.of("add", 6, List.of(1, 1, 1, 1, 1, 1)));
  }

  @ParameterizedTest(name = "{0}: {1} layers, heads {2}")
  @MethodSource("layerTable")
  void layersAndMergedHeads(String name, int layers, List<Integer> heads) {
    assertSchedule(name, layers, heads);
  }

  @Test
  void addHasRaspysSevenHeadsBecauseSplitComputesTheSplitPointTwice() {
    Schedule schedule = program("add").schedule();
    assertThat(schedule.objectHeadsPerLayer()).isEqualTo(List.of(2, 1, 1, 1, 1, 1));
    assertThat(schedule.objectHeadsPerLayer().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(7);
  }

  // ---- generic programs, on characters and on ints ----

  @Test
  void flipReverses() {
    Gen.forAll(200, gen -> flipReverses(gen.string('a', 'z', 0, 20)));
  }

  private void flipReverses(String s) {
    List<Character> expected = chars(s);
    Collections.reverse(expected);
    assertThat(run("flip", s)).isEqualTo(expected);
  }

  @Test
  void flipReversesInts() {
    Gen.forAll(200, gen -> flipReversesInts(gen.ints(-50, 50, 0, 20)));
  }

  private void flipReversesInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    Collections.reverse(expected);
    assertThat(run("flip", xs)).isEqualTo(expected);
  }

  @Test
  void lengthIsTheLengthEverywhere() {
    Gen.forAll(200, gen -> lengthIsTheLengthEverywhere(gen.anyString(20)));
  }

  private void lengthIsTheLengthEverywhere(String s) {
    assertThat(run("length", s)).isEqualTo(Collections.nCopies(s.length(), s.length()));
  }

  @Test
  void histogramCountsEachToken() {
    Gen.forAll(200, gen -> histogramCountsEachToken(gen.string("abc", 0, 20)));
  }

  private void histogramCountsEachToken(String s) {
    List<Integer> expected = new ArrayList<>();
    for (char c : s.toCharArray()) {
      expected.add((int) s.chars().filter(d -> d == c).count());
    }
    assertThat(run("histogram", s)).isEqualTo(expected);
  }

  @Test
  void histogramCountsInts() {
    Gen.forAll(200, gen -> histogramCountsInts(gen.ints(0, 3, 0, 20)));
  }

  private void histogramCountsInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>();
    for (int x : xs) {
      expected.add(Collections.frequency(xs, x));
    }
    assertThat(run("histogram", xs)).isEqualTo(expected);
  }

  @Test
  void minimumIsTheSmallestEverywhere() {
    Gen.forAll(200, gen -> minimumIsTheSmallestEverywhere(gen.ints(-9, 9, 1, 20)));
  }

  private void minimumIsTheSmallestEverywhere(List<Integer> xs) {
    assertThat(run("minimum", xs)).isEqualTo(Collections.nCopies(xs.size(), Collections.min(xs)));
  }

  @Test
  void minimumOfCharacters() {
    Gen.forAll(200, gen -> minimumOfCharacters(gen.string('a', 'f', 1, 20)));
  }

  private void minimumOfCharacters(String s) {
    assertThat(run("minimum", s))
        .isEqualTo(Collections.nCopies(s.length(), Collections.min(chars(s))));
  }

  @Test
  void indexPicksOnePosition() {
    Gen.forAll(200, gen -> indexPicksOnePosition(gen.string('a', 'z', 0, 8)));
  }

  private void indexPicksOnePosition(String s) {
    // past the end nothing is selected: the char aggregate's default, '\0'
    assertThat(run("index0", s)).isEqualTo(Collections.nCopies(s.length(), at(s, 0)));
    assertThat(run("index1", s)).isEqualTo(Collections.nCopies(s.length(), at(s, 1)));
    assertThat(run("index4", s)).isEqualTo(Collections.nCopies(s.length(), at(s, 4)));
  }

  @Test
  void indexOnInts() {
    assertThat(run("index4", List.of(7, 8, 9, 10, 11, 12))).isEqualTo(List.of(11, 11, 11, 11, 11, 11));
    assertThat(run("index1", List.of(7, 8))).isEqualTo(List.of(8, 8));
    assertThat(run("index4", List.of(7, 8))).isEqualTo(List.of(0, 0));
  }

  // ---- sums ----

  @Test
  void windowSumAddsTheLastThree() {
    Gen.forAll(200, gen -> windowSumAddsTheLastThree(gen.ints(-50, 50, 0, 20)));
  }

  private void windowSumAddsTheLastThree(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      int sum = 0;
      for (int j = Math.max(0, i - 2); j <= i; j++) {
        sum += xs.get(j);
      }
      expected.add(sum);
    }
    assertThat(run("window_sum", xs)).isEqualTo(expected);
  }

  @Test
  void cumsumIsTheRunningSum() {
    Gen.forAll(200, gen -> cumsumIsTheRunningSum(gen.ints(-50, 50, 0, 20)));
  }

  private void cumsumIsTheRunningSum(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>();
    int sum = 0;
    for (int x : xs) {
      sum += x;
      expected.add(sum);
    }
    assertThat(run("cumsum", xs)).isEqualTo(expected);
  }

  // ---- shifts ----

  @Test
  void shiftsMoveTheText() {
    Gen.forAll(200, gen -> shiftsMoveTheText(gen.string('a', 'z', 0, 20)));
  }

  private void shiftsMoveTheText(String s) {
    assertThat(run("shift0", s)).isEqualTo(chars(s));
    assertThat(run("shift1", s)).isEqualTo(chars(("_" + s).substring(0, s.length())));
    assertThat(run("shift2", s)).isEqualTo(chars(("__" + s).substring(0, s.length())));
    assertThat(run("shift_left", s)).isEqualTo(chars(s.isEmpty() ? "" : s.substring(1) + "0"));
  }

  // ---- first, ralign, split, slide ----

  @Test
  void firstLIsTheFirstIndexOfL() {
    Gen.forAll(200, gen -> firstLIsTheFirstIndexOfL(gen.string("helo", 0, 20)));
  }

  private void firstLIsTheFirstIndexOfL(String s) {
    int first = s.indexOf('l') < 0 ? 99 : s.indexOf('l'); // 99: the blog's "none" sentinel
    assertThat(run("first_l", s)).isEqualTo(Collections.nCopies(s.length(), first));
  }

  @Test
  void ralignMovesThePaddingToTheFront() {
    Gen.forAll(
        200,
        gen -> ralignMovesThePaddingToTheFront(gen.string('a', 'z', 0, 12), gen.between(0, 8)));
  }

  private void ralignMovesThePaddingToTheFront(String text, int padding) {
    String input = text + "_".repeat(padding);
    assertThat(run("ralign", input)).isEqualTo(chars("-".repeat(padding) + text));
  }

  @Test
  void splitRightAlignsEachSide() {
    Gen.forAll(
        200,
        gen -> splitRightAlignsEachSide(gen.string('a', 'z', 0, 8), gen.string('a', 'z', 0, 8)));
  }

  private void splitRightAlignsEachSide(String left, String right) {
    String input = left + "+" + right;
    int n = input.length();
    assertThat(run("split_first", input)).isEqualTo(chars("0".repeat(n - left.length()) + left));
    assertThat(run("split_second", input))
        .isEqualTo(chars("0".repeat(n - right.length()) + right));
  }

  @Test
  void slideGivesEachMarkTheNextTokenToItsRight() {
    Gen.forAll(200, gen -> slideGivesEachMarkTheNextTokenToItsRight(gen.string("<ab", 0, 20)));
  }

  private void slideGivesEachMarkTheNextTokenToItsRight(String s) {
    List<Character> expected = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int j = i;
      while (j < s.length() && s.charAt(j) == '<') {
        j++;
      }
      // a trailing '<' has nothing to its right: the char aggregate's default, '\0'
      expected.add(c != '<' ? c : j < s.length() ? s.charAt(j) : '\0');
    }
    assertThat(run("slide", s)).isEqualTo(expected);
  }

  // ---- add ----

  @Test
  void addAddsRightAlignedToTheInputLength() {
    Gen.forAll(
        300,
        gen -> addAddsRightAlignedToTheInputLength(gen.between(0, 9_999_999), gen.between(0, 9_999_999)));
  }

  private void addAddsRightAlignedToTheInputLength(int a, int b) {
    String input = a + "+" + b;
    String sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b)).toString();
    String padded = "0".repeat(input.length() - sum.length()) + sum;
    assertThat(run("add", input)).isEqualTo(digits(padded));
  }

  @Test
  void addOnHandPickedSums() {
    assertThat(run("add", "683+345")).isEqualTo(List.of(0, 0, 0, 1, 0, 2, 8));
    assertThat(run("add", "99+1")).isEqualTo(List.of(0, 1, 0, 0));
    assertThat(run("add", "9999+1")).isEqualTo(List.of(0, 1, 0, 0, 0, 0));
    assertThat(run("add", "0+0")).isEqualTo(List.of(0, 0, 0));
  }

  @Test
  void addsStepsOn99Plus1WorkedByHand() {
    // split: "0099" and "0001"; x = [0, 0, 9, 10]
    assertThat(run("add_step0", "99+1")).isEqualTo(List.of(0, 0, 9, 10));
    // marks '0', '0', '<', '1', shifted left with a '0' fill
    assertThat(run("add_step1", "99+1")).isEqualTo(List.of('0', '<', '1', '0'));
    // the '<' takes the '1' to its right
    assertThat(run("add_step2", "99+1")).isEqualTo(List.of(0, 1, 1, 0));
  }

  @Test
  void atoiReadsDigits() {
    Gen.forAll(100, gen -> atoiReadsDigits(gen.string('0', '9', 0, 20)));
  }

  private void atoiReadsDigits(String s) {
    assertThat(run("atoi", s)).isEqualTo(digits(s));
  }

  @Test
  void addRejectsALetter() {
    RaspException e = assertThrows(RaspException.class, () -> run("add", "12+a"));
    assertThat(e).hasMessageThat().contains("unknown token 'a'");
  }

  // ---- plumbing ----

  private static List<Integer> digits(String s) {
    List<Integer> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c - '0');
    }
    return out;
  }

  private static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : '\0';
  }
}
