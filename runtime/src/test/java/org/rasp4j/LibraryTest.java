package org.rasp4j;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Library.cumsum;
import static org.rasp4j.Library.fracPrevs;
import static org.rasp4j.Library.index;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.minimum;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.testing.Gen;

/**
 * The standard library against hand-worked examples (the blog's among them) and plain-Java models
 * of what each function means.
 */
class LibraryTest {
  /** Random cases per property. */
  private static final int TRIES = 1000;

  private final Sop<Character> letters = tokens(CHAR);
  private final Sop<Integer> ints = tokens(INT);

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).toList();
  }

  private static int[] array(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void lengthIsTheInputSizeEverywhere() {
    assertThat(length().eval("hello")).containsExactly(5, 5, 5, 5, 5);
    assertThat(length().eval("")).isEmpty();
    assertThat(length().schedule().attentionLayers()).isEqualTo(1);
  }

  @Test
  void indexReadsOnePositionEverywhere() {
    assertThat(index(1, letters).eval("hello")).containsExactlyElementsIn(chars("eeeee"));
    assertThat(index(4, letters).eval("hello")).containsExactlyElementsIn(chars("ooooo"));
    // past the end nothing is selected: the zero char
    assertThat(index(7, letters).eval("hi")).containsExactly('\0', '\0');
    assertThat(index(0, ints).schedule().attentionLayers()).isEqualTo(1);
  }

  @Test
  void shiftOnTheBlogsExamples() {
    assertThat(shift(2, '_', letters).eval("hello"))
        .containsExactlyElementsIn(chars("__hel"))
        .inOrder();
    assertThat(shift(-1, '0', letters).eval("hello"))
        .containsExactlyElementsIn(chars("ello0"))
        .inOrder();
    assertThat(shift(0, '_', letters).eval("hello"))
        .containsExactlyElementsIn(chars("hello"))
        .inOrder();
  }

  @Test
  void shiftMovesEveryValue() {
    Gen.forAll(TRIES, gen -> shiftMovesEveryValue(gen.string('a', 'z', 0, 10), gen.between(-12, 12)));
  }

  private void shiftMovesEveryValue(String text, int offset) {
    List<Character> expected = new ArrayList<>();
    for (int p = 0; p < text.length(); p++) {
      int from = p - offset;
      expected.add(from >= 0 && from < text.length() ? text.charAt(from) : '_');
    }
    assertThat(shift(offset, '_', letters).eval(text))
        .containsExactlyElementsIn(expected)
        .inOrder();
  }

  @Test
  void cumsumOnTheBlogsExample() {
    assertThat(cumsum(ints).eval(3, 1, -2, 3, 1)).containsExactly(3, 4, 2, 5, 6).inOrder();
    // cumsum(length - indices) on [3, 2, 3, 5]: 4, 4+3, 4+3+2, 4+3+2+1, in two layers
    Sop<Integer> lengthMinusIndices = length().minus(indices());
    assertThat(cumsum(lengthMinusIndices).eval(3, 2, 3, 5)).containsExactly(4, 7, 9, 10).inOrder();
    assertThat(cumsum(lengthMinusIndices).schedule().attentionLayers()).isEqualTo(2);
  }

  @Test
  void cumsumIsTheRunningSum() {
    Gen.forAll(TRIES, gen -> cumsumIsTheRunningSum(gen.ints(-1000, 1000, 0, 12)));
  }

  private void cumsumIsTheRunningSum(List<Integer> values) {
    List<Integer> expected = new ArrayList<>();
    int running = 0;
    for (int value : values) {
      running += value;
      expected.add(running);
    }
    assertThat(cumsum(ints).eval(array(values))).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void minimumOnTheBlogsExample() {
    assertThat(minimum(ints).eval(5, 3, 2, 5, 2)).containsExactly(2, 2, 2, 2, 2);
    assertThat(minimum(letters).eval("hello")).containsExactlyElementsIn(chars("eeeee"));
    assertThat(minimum(ints).schedule().attentionLayers()).isEqualTo(2);
  }

  @Test
  void minimumIsTheSmallestEverywhere() {
    Gen.forAll(TRIES, gen -> minimumIsTheSmallestEverywhere(gen.ints(-50, 50, 1, 10)));
  }

  private void minimumIsTheSmallestEverywhere(List<Integer> values) {
    int smallest = Integer.MAX_VALUE;
    for (int value : values) {
      smallest = value < smallest ? value : smallest;
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      expected.add(smallest);
    }
    assertThat(minimum(ints).eval(array(values))).containsExactlyElementsIn(expected);
  }

  /** The positions of {@code keys} in stable sorted order. */
  private static List<Integer> stableOrder(List<? extends Comparable<?>> keys) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      positions.add(i);
    }
    // insertion sort: move a position left only past strictly greater keys (stable)
    for (int i = 1; i < positions.size(); i++) {
      for (int j = i;
          j > 0 && greater(keys.get(positions.get(j - 1)), keys.get(positions.get(j)));
          j--) {
        Integer swap = positions.get(j);
        positions.set(j, positions.get(j - 1));
        positions.set(j - 1, swap);
      }
    }
    return positions;
  }

  @SuppressWarnings("unchecked")
  private static boolean greater(Comparable<?> a, Comparable<?> b) {
    return ((Comparable<Object>) a).compareTo(b) > 0;
  }

  @Test
  void sortExamples() {
    assertThat(sort(letters, letters).eval("hello"))
        .containsExactlyElementsIn(chars("ehllo"))
        .inOrder();
    // ties keep input order: the two 'l's are positions 2 and 3
    assertThat(sort(indices(), letters).eval("hello")).containsExactly(1, 0, 2, 3, 4).inOrder();
    assertThat(sort(letters, letters).schedule().attentionLayers()).isEqualTo(2);
  }

  @Test
  void sortIsAStableSort() {
    Gen.forAll(TRIES, gen -> sortIsAStableSort(gen.string('a', 'c', 0, 10)));
  }

  private void sortIsAStableSort(String text) {
    List<Integer> order = stableOrder(chars(text));
    List<Character> sorted = order.stream().map(text::charAt).toList();

    assertThat(sort(indices(), letters).eval(text)).containsExactlyElementsIn(order).inOrder();
    assertThat(sort(letters, letters).eval(text)).containsExactlyElementsIn(sorted).inOrder();
  }

  @Test
  void sortUniqueSortsByUniqueKeys() {
    Gen.forAll(TRIES, gen -> sortUniqueSortsByUniqueKeys(gen.uniqueInts(-100, 100, 10)));
  }

  private void sortUniqueSortsByUniqueKeys(List<Integer> keys) {
    List<Integer> keyList = keys;
    List<Integer> order = stableOrder(keyList);
    List<Integer> sorted = new ArrayList<>(keyList);
    sorted.sort(Comparator.naturalOrder());

    assertThat(sortUnique(indices(), ints).eval(array(keyList)))
        .containsExactlyElementsIn(order)
        .inOrder();
    assertThat(sortUnique(ints, ints).eval(array(keyList)))
        .containsExactlyElementsIn(sorted)
        .inOrder();
  }

  @Test
  void widthWithBosCountsWithoutPositionZero() {
    Selector sameToken = key(letters).eq(query(letters));
    Sop<Integer> histogram = widthWithBos(sameToken);

    assertThat(histogram.eval("§aab")).containsExactly(0, 2, 2, 1).inOrder();
    assertThat(widthWithBos(before()).eval("§abc")).containsExactly(0, 0, 1, 2).inOrder();
    // one head, where the selector width primitive takes two
    assertThat(histogram.schedule().headsPerLayer()).containsExactly(1);
  }

  @Test
  void widthWithBosIsTheCountAfterTheBos() {
    Gen.forAll(TRIES, gen -> widthWithBosIsTheCountAfterTheBos(gen.string('a', 'c', 0, 12)));
  }

  private void widthWithBosIsTheCountAfterTheBos(String text) {
    String input = "§" + text;
    List<Integer> expected = new ArrayList<>();
    for (int q = 0; q < input.length(); q++) {
      int count = 0;
      for (int k = 1; k < input.length(); k++) {
        count += input.charAt(k) == input.charAt(q) ? 1 : 0;
      }
      expected.add(count);
    }
    assertThat(widthWithBos(key(letters).eq(query(letters))).eval(input))
        .containsExactlyElementsIn(expected)
        .inOrder();
  }

  @Test
  void fracPrevsExample() {
    assertThat(fracPrevs(letters.eq('a')).eval("abaa"))
        .containsExactly(1.0, 0.5, 2 / 3.0, 0.75)
        .inOrder();
    assertThat(fracPrevs(letters.eq('a')).eval("")).isEmpty();
  }

  @Test
  void fracPrevsIsThePrefixFraction() {
    Gen.forAll(TRIES, gen -> fracPrevsIsThePrefixFraction(gen.string('a', 'b', 0, 12)));
  }

  private void fracPrevsIsThePrefixFraction(String text) {
    List<Double> expected = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += text.charAt(i) == 'a' ? 1 : 0;
      expected.add((double) count / (i + 1));
    }
    assertThat(fracPrevs(letters.eq('a')).eval(text)).containsExactlyElementsIn(expected).inOrder();
  }
}
