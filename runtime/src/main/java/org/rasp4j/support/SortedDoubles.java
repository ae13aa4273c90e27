package org.rasp4j.support;

import java.util.Arrays;

/**
 * Double keys in value order, for the value-order kernel of generated evaluators, ordered as
 * Java's comparison operators order them (not as {@link Double#compare} does): -0.0 and 0.0 are
 * one value, and NaN is in no order — every comparison with it is false, so no order selects a
 * NaN key and a NaN query selects no key. The searches test the operator itself on the sorted
 * values, so the range each finds is exactly the set of keys the operator selects.
 */
public final class SortedDoubles {
  private SortedDoubles() {}

  /**
   * The positions of the values that are not NaN, in increasing order of (value, position), -0.0
   * and 0.0 being equal values. O(n log n): the values are ranked by one sort, then the (rank,
   * position) codes sorted by counting.
   *
   * @param values the keys, NaN allowed
   * @return the positions of the non-NaN values, in order
   */
  public static int[] order(double[] values) {
    int n = values.length;
    double[] distinct = new double[n];
    int m = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        distinct[m++] = numeric(value);
      }
    }
    Arrays.sort(distinct, 0, m);
    int d = 0;
    for (int i = 0; i < m; i++) {
      if (d == 0 || distinct[d - 1] != distinct[i]) {
        distinct[d++] = distinct[i];
      }
    }
    long[] codes = new long[m];
    int i = 0;
    for (int k = 0; k < n; k++) {
      if (!Double.isNaN(values[k])) {
        long rank = Arrays.binarySearch(distinct, 0, d, numeric(values[k]));
        codes[i++] = (rank << 32) | k;
      }
    }
    Sorted.sort(codes);
    int[] positions = new int[m];
    for (int r = 0; r < m; r++) {
      positions[r] = (int) codes[r];
    }
    return positions;
  }

  /** The value with -0.0 as 0.0, which the operators do not tell apart (but a sort would). */
  private static double numeric(double value) {
    return value == 0.0 ? 0.0 : value;
  }

  /**
   * How many leading elements of {@code sorted[0, to)} are {@code < y} ({@code <= y} when {@code
   * orEqual}): the keys a query y selects with {@code key < query} ({@code <=}); 0 when y is NaN.
   * {@code sorted} must be in increasing order, without NaN.
   *
   * @param sorted the keys in order
   * @param to how many of them to search
   * @param y the query
   * @param orEqual whether the operator is {@code <=} rather than {@code <}
   * @return the count
   */
  public static int countBelow(double[] sorted, int to, double y, boolean orEqual) {
    int lo = 0;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double x = sorted[mid];
      if (orEqual ? x <= y : x < y) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The first index of {@code sorted[0, to)} whose element is {@code > y} ({@code >= y} when
   * {@code orEqual}), or {@code to} when none is: the keys from there on are those a query y
   * selects with {@code key > query} ({@code >=}); none when y is NaN. {@code sorted} must be in
   * increasing order, without NaN.
   *
   * @param sorted the keys in order
   * @param to how many of them to search
   * @param y the query
   * @param orEqual whether the operator is {@code >=} rather than {@code >}
   * @return the index
   */
  public static int firstAbove(double[] sorted, int to, double y, boolean orEqual) {
    int lo = 0;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double x = sorted[mid];
      if (orEqual ? x >= y : x > y) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * How many leading keys of the order are before (y, q) in the order of (value, position): those
   * with {@code x < y || x == y && position < q}, as sort and minimum break ties; 0 when y is NaN.
   * {@code sorted} and {@code positions} must be the values and positions of an {@link #order}.
   *
   * @param sorted the keys in order
   * @param positions their positions
   * @param to how many of them to search
   * @param y the query's value
   * @param q the query's position
   * @return the count
   */
  public static int countBefore(double[] sorted, int[] positions, int to, double y, int q) {
    int lo = 0;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double x = sorted[mid];
      if (x < y || x == y && positions[mid] < q) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
