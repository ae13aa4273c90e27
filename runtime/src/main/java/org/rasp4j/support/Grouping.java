package org.rasp4j.support;

import java.util.Arrays;

/**
 * Positions grouped by a long code (a value, or a group and a value, see {@link #pair}), for the
 * attention kernels of generated evaluators: the groups numbered in increasing code, each
 * group's positions in increasing order. Built in O(n log n) without boxing.
 */
public final class Grouping {
  private final long[] distinct;
  private final int[] groupOf;
  private final int[] start;
  private final int[] members;

  private Grouping(long[] distinct, int[] groupOf, int[] start, int[] members) {
    this.distinct = distinct;
    this.groupOf = groupOf;
    this.start = start;
    this.members = members;
  }

  /** The grouping of positions 0..codes.length - 1 by their codes. */
  public static Grouping of(long[] codes) {
    int n = codes.length;
    long[] sorted = codes.clone();
    Arrays.sort(sorted);
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[groups++] = sorted[i];
      }
    }
    long[] distinct = Arrays.copyOf(sorted, groups);
    int[] groupOf = new int[n];
    int[] start = new int[groups + 1];
    for (int k = 0; k < n; k++) {
      groupOf[k] = Arrays.binarySearch(distinct, codes[k]);
      start[groupOf[k] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] next = Arrays.copyOf(start, groups);
    int[] members = new int[n];
    for (int k = 0; k < n; k++) {
      members[next[groupOf[k]]++] = k;
    }
    return new Grouping(distinct, groupOf, start, members);
  }

  /** The code of a group and a value of at most 32 bits: both must match for the pair to. */
  public static long pair(int group, long value) {
    return ((long) group << 32) | (value & 0xffffffffL);
  }

  /** The group of a code, or -1 when no position has it. */
  public int find(long code) {
    int g = Arrays.binarySearch(distinct, code);
    return g < 0 ? -1 : g;
  }

  /** The number of groups. */
  public int groups() {
    return distinct.length;
  }

  /** The group of each position (the array itself, not a copy: for generated code only). */
  public int[] groupOf() {
    return groupOf;
  }

  /**
   * Where each group's positions start in {@link #members}, and at index {@code groups()} their
   * end (the array itself).
   */
  public int[] start() {
    return start;
  }

  /** The positions, group after group, each group's in increasing order (the array itself). */
  public int[] members() {
    return members;
  }
}
