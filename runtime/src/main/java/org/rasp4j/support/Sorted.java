package org.rasp4j.support;

/** Searches in sorted int arrays, for the attention kernels of generated evaluators. */
public final class Sorted {
  private Sorted() {}

  /** Sorts the array in increasing order, in place. */
  public static void sort(long[] values) {
    java.util.Arrays.sort(values);
  }

  /**
   * The first index in {@code [from, to)} whose element is at least {@code key}, or {@code to}
   * when there is none; {@code sorted} must be in increasing order on that range. The key is a
   * long so that a bound one past an int (a query {@code <= Integer.MAX_VALUE}) needs no care.
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

  /** {@link #lowerBound(int[], int, int, long)} in a sorted long array. */
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
