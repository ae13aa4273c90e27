package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rasp4j.testing.Gen;

/** Sorting, by counting or by comparison, against {@link Arrays#sort(long[])}. */
class SortedTest {
  @Test
  void sortsAsArraysSortDoes() {
    Gen.forAll(400, gen -> {
      long[] codes = CodesForTests.draw(gen);
      long[] expected = codes.clone();
      Arrays.sort(expected);
      Sorted.sort(codes);
      assertThat(codes).isEqualTo(expected);
    });
  }

  @Test
  void lowerBoundFindsTheFirstElementNotBelowTheKey() {
    int[] sorted = {1, 3, 3, 7};
    assertThat(Sorted.lowerBound(sorted, 0, 4, 0)).isEqualTo(0);
    assertThat(Sorted.lowerBound(sorted, 0, 4, 3)).isEqualTo(1);
    assertThat(Sorted.lowerBound(sorted, 0, 4, 4)).isEqualTo(3);
    assertThat(Sorted.lowerBound(sorted, 0, 4, 8)).isEqualTo(4);
    assertThat(Sorted.lowerBound(sorted, 2, 3, 1)).isEqualTo(2);
  }
}
