package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.testing.Gen;

/**
 * The order and searches of double keys against the comparison operators applied to every key:
 * values drawn from a few (so they repeat) among NaN, -0.0, 0.0, the infinities and the extremes.
 */
class SortedDoublesTest {
  private static final double[] SPECIAL = {
    Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
    -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0 / 3, -2.5, 7.0,
    Double.longBitsToDouble(0x7ff8000000000123L) // another NaN
  };

  private static double draw(Gen gen, double[] pool) {
    return gen.random().nextInt(4) == 0
        ? gen.random().nextDouble(-3, 3)
        : pool[gen.random().nextInt(pool.length)];
  }

  private static double[] values(Gen gen) {
    double[] pool = new double[gen.between(1, 6)];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = SPECIAL[gen.random().nextInt(SPECIAL.length)];
    }
    int n = gen.bool() ? gen.between(0, 20) : gen.between(60, 300);
    double[] values = new double[n];
    for (int k = 0; k < n; k++) {
      values[k] = draw(gen, pool);
    }
    return values;
  }

  /** (value, position) by the operators: x before y when x < y, or x == y and earlier. */
  private static List<Integer> expectedOrder(double[] values) {
    List<Integer> positions = new ArrayList<>();
    for (int k = 0; k < values.length; k++) {
      if (values[k] == values[k]) {
        positions.add(k);
      }
    }
    Comparator<Integer> byOperators = (p, q) -> values[p] < values[q] ? -1
        : values[p] > values[q] ? 1 : Integer.compare(p, q);
    positions.sort(byOperators);
    return positions;
  }

  private static List<Integer> list(int[] positions) {
    List<Integer> list = new ArrayList<>();
    for (int p : positions) {
      list.add(p);
    }
    return list;
  }

  @Test
  void ordersTheNumbersByValueThenPositionAndLeavesNaNOut() {
    Gen.forAll(400, gen -> {
      double[] values = values(gen);
      assertThat(list(SortedDoubles.order(values))).isEqualTo(expectedOrder(values));
    });
  }

  @Test
  void eachSearchFindsExactlyTheKeysItsOperatorSelects() {
    Gen.forAll(400, gen -> {
      double[] values = values(gen);
      int[] order = SortedDoubles.order(values);
      int m = order.length;
      double[] sorted = new double[m];
      for (int r = 0; r < m; r++) {
        sorted[r] = values[order[r]];
      }
      for (int t = 0; t < 20; t++) {
        double y = t < SPECIAL.length ? SPECIAL[t] : draw(gen, values.length == 0 ? SPECIAL
            : values);
        int q = gen.random().nextInt(values.length + 1);
        int less = SortedDoubles.countBelow(sorted, m, y, false);
        int atMost = SortedDoubles.countBelow(sorted, m, y, true);
        int above = SortedDoubles.firstAbove(sorted, m, y, false);
        int atLeast = SortedDoubles.firstAbove(sorted, m, y, true);
        int before = SortedDoubles.countBefore(sorted, order, m, y, q);
        for (int r = 0; r < m; r++) {
          double x = sorted[r];
          String where = "y " + y + ", q " + q + ", rank " + r + " of " + list(order);
          assertWithMessage(where).that(r < less).isEqualTo(x < y);
          assertWithMessage(where).that(r < atMost).isEqualTo(x <= y);
          assertWithMessage(where).that(r >= above).isEqualTo(x > y);
          assertWithMessage(where).that(r >= atLeast).isEqualTo(x >= y);
          assertWithMessage(where).that(r < before).isEqualTo(x < y || x == y && order[r] < q);
        }
      }
    });
  }
}
