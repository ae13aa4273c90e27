package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.samples.SampleRuns.assertSchedule;
import static org.rasp4j.samples.SampleRuns.run;
import static org.rasp4j.samples.SampleRuns.chars;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.testing.Gen;

/**
 * The RASP paper's programs against plain-Java models (counting, sorting, a stack-based Dyck
 * checker), and the paper's layer and head table.
 */
class PaperProgramsTest {
  private static final char BOS = '§';

  // ---- the paper's table (merged heads per layer) ----

  static Stream<Arguments> layerTable() {
    return Stream.of(
        Arguments.of("reverse", 2, List.of(1, 1)),
        Arguments.of("hist_bos", 1, List.of(1)),
        Arguments.of("hist_nobos", 1, List.of(2)),
        Arguments.of("hist2_bos", 2, List.of(2, 1)),
        Arguments.of("sort_bos", 2, List.of(1, 1)),
        Arguments.of("most_freq_bos", 3, List.of(2, 1, 1)),
        Arguments.of("dyck1", 2, List.of(1, 1)),
        Arguments.of("dyck2", 4, List.of(1, 2, 1, 1)),
        // the RASP library's sort: a selector width (two heads), then one head
        Arguments.of("sort", 2, List.of(2, 1)));
  }

  @ParameterizedTest(name = "{0}: {1} layers, heads {2}")
  @MethodSource("layerTable")
  void layersAndHeadsAsInThePaper(String name, int layers, List<Integer> heads) {
    assertSchedule(name, layers, heads);
  }

  // ---- worked examples ----

  @Test
  void examplesWorkedByHand() {
    assertThat(run("hist_bos", "§hello")).isEqualTo(List.of(0, 1, 1, 2, 2, 1));
    assertThat(run("hist_nobos", "hello")).isEqualTo(List.of(1, 1, 2, 2, 1));
    // a, b, d occur twice (three tokens share that count), c once
    assertThat(run("hist2_bos", "§aabbcdd")).isEqualTo(List.of(0, 3, 3, 3, 3, 1, 3, 3));
    assertThat(run("sort_bos", "§hello")).isEqualTo(chars("§ehllo"));
    // b and c three times (b first), a once, the rest BOS
    assertThat(run("most_freq_bos", "§abbcccb")).isEqualTo(chars("§bca§§§§"));
    assertThat(run("reverse", "hello")).isEqualTo(chars("olleh"));
    assertThat(run("sort", "hello")).isEqualTo(chars("ehllo"));
    assertThat(run("dyck1", "(()))(")).isEqualTo(chars("PPPTFF"));
    assertThat(run("dyck2", "({})({)}")).isEqualTo(chars("PPPTPPFF"));
    assertThat(run("dyck2", "({)}")).isEqualTo(chars("PPFF"));
    assertThat(run("dyck2", "}{}")).isEqualTo(chars("FFF"));
  }

  @Test
  void theEmptyInputGivesTheEmptyOutput() {
    for (String name : List.of("reverse", "sort", "hist_nobos", "dyck1", "dyck2")) {
      assertThat(run(name, "")).isEmpty();
    }
  }

  // ---- histograms ----

  @Test
  void histBosCountsEachToken() {
    Gen.forAll(200, gen -> histBosCountsEachToken(gen.string("abc", 0, 20)));
  }

  private void histBosCountsEachToken(String s) {
    List<Integer> expected = new ArrayList<>();
    expected.add(0);
    expected.addAll(counts(s));
    assertThat(run("hist_bos", BOS + s)).isEqualTo(expected);
  }

  @Test
  void histNobosCountsEachToken() {
    Gen.forAll(200, gen -> histNobosCountsEachToken(gen.string("abc", 0, 20)));
  }

  private void histNobosCountsEachToken(String s) {
    assertThat(run("hist_nobos", s)).isEqualTo(counts(s));
  }

  @Test
  void histNobosCountsInts() {
    Gen.forAll(200, gen -> histNobosCountsInts(gen.ints(0, 3, 0, 20)));
  }

  private void histNobosCountsInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>();
    for (int x : xs) {
      expected.add(Collections.frequency(xs, x));
    }
    assertThat(run("hist_nobos", xs)).isEqualTo(expected);
  }

  @Test
  void hist2BosCountsTheTokensSharingACount() {
    Gen.forAll(200, gen -> hist2BosCountsTheTokensSharingACount(gen.string("abcd", 0, 20)));
  }

  private void hist2BosCountsTheTokensSharingACount(String s) {
    Map<Character, Integer> count = new LinkedHashMap<>();
    for (char c : s.toCharArray()) {
      count.merge(c, 1, Integer::sum);
    }
    List<Integer> expected = new ArrayList<>();
    expected.add(0);
    for (char c : s.toCharArray()) {
      expected.add((int) count.values().stream().filter(n -> n.equals(count.get(c))).count());
    }
    assertThat(run("hist2_bos", BOS + s)).isEqualTo(expected);
  }

  // ---- reverse and sorts ----

  @Test
  void reverseReverses() {
    Gen.forAll(200, gen -> reverseReverses(gen.string('a', 'z', 0, 20)));
  }

  private void reverseReverses(String s) {
    List<Character> expected = chars(s);
    Collections.reverse(expected);
    assertThat(run("reverse", s)).isEqualTo(expected);
  }

  @Test
  void reverseReversesInts() {
    Gen.forAll(200, gen -> reverseReversesInts(gen.ints(-50, 50, 0, 20)));
  }

  private void reverseReversesInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    Collections.reverse(expected);
    assertThat(run("reverse", xs)).isEqualTo(expected);
  }

  @Test
  void sortSorts() {
    Gen.forAll(200, gen -> sortSorts(gen.string('a', 'f', 0, 20)));
  }

  private void sortSorts(String s) {
    List<Character> expected = chars(s);
    Collections.sort(expected);
    assertThat(run("sort", s)).isEqualTo(expected);
  }

  @Test
  void sortSortsInts() {
    Gen.forAll(200, gen -> sortSortsInts(gen.ints(-9, 9, 0, 20)));
  }

  private void sortSortsInts(List<Integer> xs) {
    List<Integer> expected = new ArrayList<>(xs);
    Collections.sort(expected);
    assertThat(run("sort", xs)).isEqualTo(expected);
  }

  @Test
  void sortBosSortsAfterTheBos() {
    Gen.forAll(200, gen -> sortBosSortsAfterTheBos(gen.string('a', 'f', 0, 20)));
  }

  private void sortBosSortsAfterTheBos(String s) {
    List<Character> expected = chars(s);
    Collections.sort(expected);
    expected.add(0, BOS);
    assertThat(run("sort_bos", BOS + s)).isEqualTo(expected);
  }

  @Test
  void mostFreqBosListsDistinctTokensByCount() {
    Gen.forAll(200, gen -> mostFreqBosListsDistinctTokensByCount(gen.string("abcd", 0, 20)));
  }

  private void mostFreqBosListsDistinctTokensByCount(String s) {
    Map<Character, Integer> count = new LinkedHashMap<>(); // in order of first occurrence
    for (char c : s.toCharArray()) {
      count.merge(c, 1, Integer::sum);
    }
    List<Character> distinct = new ArrayList<>(count.keySet());
    distinct.sort((a, b) -> count.get(b) - count.get(a)); // stable: ties by first occurrence
    List<Character> expected = new ArrayList<>();
    expected.add(BOS);
    expected.addAll(distinct);
    while (expected.size() < s.length() + 1) {
      expected.add(BOS);
    }
    assertThat(run("most_freq_bos", BOS + s)).isEqualTo(expected);
  }

  // ---- Dyck ----

  @Test
  void dyck1AgreesWithAStack() {
    Gen.forAll(300, gen -> dyck1AgreesWithAStack(dyck1Words(gen)));
  }

  private void dyck1AgreesWithAStack(String s) {
    assertThat(run("dyck1", s)).isEqualTo(ptf(s, "()"));
  }

  @Test
  void dyck2AgreesWithAStack() {
    Gen.forAll(300, gen -> dyck2AgreesWithAStack(dyck2Words(gen)));
  }

  private void dyck2AgreesWithAStack(String s) {
    assertThat(run("dyck2", s)).isEqualTo(ptf(s, "(){}"));
  }

  private static String dyck1Words(Gen gen) {
    return words(gen, "()");
  }

  private static String dyck2Words(Gen gen) {
    return words(gen, "(){}");
  }

  /** Uniformly random words, and words that are mostly well nested (else nearly all are F). */
  private static String words(Gen gen, String pairs) {
    return gen.bool() ? gen.string(pairs, 0, 20) : nested(gen.ints(0, 99, 0, 20), pairs);
  }

  /** Opens (op < 50), closes the innermost open one (op < 95), or closes at random. */
  private static String nested(List<Integer> ops, String pairs) {
    int kinds = pairs.length() / 2;
    Deque<Character> open = new ArrayDeque<>();
    StringBuilder word = new StringBuilder();
    for (int op : ops) {
      if (op >= 95) {
        word.append(pairs.charAt(2 * (op % kinds) + 1));
      } else if (open.isEmpty() || op < 50) {
        char opener = pairs.charAt(2 * (op % kinds));
        open.push(opener);
        word.append(opener);
      } else {
        word.append(pairs.charAt(pairs.indexOf(open.pop()) + 1));
      }
    }
    return word.toString();
  }

  /** The PTF label of each prefix, by a stack: F from the first error on, else T or P. */
  private static List<Character> ptf(String word, String pairs) {
    Deque<Character> stack = new ArrayDeque<>();
    boolean failed = false;
    List<Character> labels = new ArrayList<>();
    for (char c : word.toCharArray()) {
      int kind = pairs.indexOf(c);
      if (!failed) {
        if (kind % 2 == 0) {
          stack.push(c);
        } else if (stack.isEmpty() || stack.peek() != pairs.charAt(kind - 1)) {
          failed = true;
        } else {
          stack.pop();
        }
      }
      labels.add(failed ? 'F' : stack.isEmpty() ? 'T' : 'P');
    }
    return labels;
  }

  // ---- plumbing ----

  private static List<Integer> counts(String s) {
    List<Integer> counts = new ArrayList<>();
    for (char c : s.toCharArray()) {
      counts.add((int) s.chars().filter(d -> d == c).count());
    }
    return counts;
  }

}
