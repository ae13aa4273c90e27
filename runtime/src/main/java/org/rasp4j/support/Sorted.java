package org.rasp4j.support;

/** Searches in sorted int arrays, for the attention kernels of generated evaluators. */
public final class Sorted {
  private Sorted() {}

  /**
   * Sorts the array in increasing order, in place: by counting, O(n), when the values, or both
   * halves of them (a value and a position, as the kernels code keys), span O(n) values; else by
   * comparison, O(n log n).
   *
   * @param values the array to sort
   */
  public static void sort(long[] values) {
    int n = values.length;
    if (n < 64) {
      java.util.Arrays.sort(values);
      return;
    }
    CodeRanges ranges = CodeRanges.of(values);
    int limit = CodeRanges.limit(n);
    long span = ranges.span();
    if (span > 0 && span <= limit) {
      countingSort(values, ranges.min(), (int) span);
    } else if (ranges.highs() <= limit && ranges.lows() <= limit) {
      long[] byLow = new long[n];
      countingSortByHalf(values, byLow, false, ranges.lowMin(), (int) ranges.lows());
      countingSortByHalf(byLow, values, true, ranges.highMin(), (int) ranges.highs());
    } else {
      java.util.Arrays.sort(values);
    }
  }

  private static void countingSort(long[] values, long min, int span) {
    int[] counts = new int[span];
    for (long value : values) {
      counts[(int) (value - min)]++;
    }
    int i = 0;
    for (int s = 0; s < span; s++) {
      for (int c = counts[s]; c > 0; c--) {
        values[i++] = min + s;
      }
    }
  }

  /** One stable pass of a radix sort: {@code from} into {@code to} by one half of each value. */
  private static void countingSortByHalf(long[] from, long[] to, boolean high, long min,
      int span) {
    int[] next = new int[span + 1];
    for (long value : from) {
      next[digit(value, high, min) + 1]++;
    }
    for (int d = 0; d < span; d++) {
      next[d + 1] += next[d];
    }
    for (long value : from) {
      to[next[digit(value, high, min)]++] = value;
    }
  }

  private static int digit(long value, boolean high, long min) {
    return (int) ((high ? CodeRanges.high(value) : CodeRanges.low(value)) - min);
  }

  /**
   * The first index in {@code [from, to)} whose element is at least {@code key}, or {@code to}
   * when there is none; {@code sorted} must be in increasing order on that range. The key is a
   * long so that a bound one past an int (a query {@code <= Integer.MAX_VALUE}) needs no care.
   *
   * @param sorted the array
   * @param from the range's first index
   * @param to the index after the range
   * @param key the bound
   * @return the index, in {@code [from, to]}
   */
  public static int lowerBound(int[] sorted, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * {@link #lowerBound(int[], int, int, long)} in a sorted long array.
   *
   * @param sorted the array
   * @param from the range's first index
   * @param to the index after the range
   * @param key the bound
   * @return the first index in {@code [from, to)} whose element is at least {@code key}, or {@code
   *     to}
   */
  public static int lowerBound(long[] sorted, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
