package org.rasp4j.support;

import java.util.Arrays;

/**
 * Positions grouped by a long code (a value, or a group and a value, see {@link #pair}), for the
 * attention kernels of generated evaluators: the groups numbered in increasing code, each
 * group's positions in increasing order. Built without boxing: by counting, O(n), when the codes
 * fall in a range of O(n) {@link CodeSlots slots} (values of a known small range, positions,
 * pairs of both), else by sorting, O(n log n).
 */
public final class Grouping {
  private final long[] distinct;
  private final CodeSlots slots;
  private final int[] groupOfSlot;
  private final int[] groupOf;
  private final int[] start;
  private final int[] members;

  private Grouping(long[] distinct, CodeSlots slots, int[] groupOfSlot, int[] groupOf, int[] start,
      int[] members) {
    this.distinct = distinct;
    this.slots = slots;
    this.groupOfSlot = groupOfSlot;
    this.groupOf = groupOf;
    this.start = start;
    this.members = members;
  }

  /**
   * {@return the grouping of positions 0..codes.length - 1 by their codes}
   *
   * @param codes a code per position
   */
  public static Grouping of(long[] codes) {
    CodeSlots slots = CodeSlots.of(codes, CodeRanges.limit(codes.length));
    return slots == null ? bySorting(codes) : byCounting(codes, slots);
  }

  private static Grouping byCounting(long[] codes, CodeSlots slots) {
    int n = codes.length;
    int[] groupOfSlot = new int[slots.size()];
    for (long code : codes) {
      groupOfSlot[slots.slot(code)] = 1;
    }
    int groups = 0;
    for (int s = 0; s < groupOfSlot.length; s++) {
      groupOfSlot[s] = groupOfSlot[s] == 0 ? -1 : groups++;
    }
    long[] distinct = new long[groups];
    int[] groupOf = new int[n];
    for (int k = 0; k < n; k++) {
      groupOf[k] = groupOfSlot[slots.slot(codes[k])];
      distinct[groupOf[k]] = codes[k];
    }
    return members(distinct, slots, groupOfSlot, groupOf);
  }

  private static Grouping bySorting(long[] codes) {
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
    for (int k = 0; k < n; k++) {
      groupOf[k] = Arrays.binarySearch(distinct, codes[k]);
    }
    return members(distinct, null, null, groupOf);
  }

  private static Grouping members(long[] distinct, CodeSlots slots, int[] groupOfSlot,
      int[] groupOf) {
    int n = groupOf.length;
    int groups = distinct.length;
    int[] start = new int[groups + 1];
    for (int k = 0; k < n; k++) {
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
    return new Grouping(distinct, slots, groupOfSlot, groupOf, start, members);
  }

  /**
   * {@return the code of a group and a value of at most 32 bits: both must match for the pair to}
   *
   * @param group the group
   * @param value the value; only its low 32 bits count
   */
  public static long pair(int group, long value) {
    return ((long) group << 32) | (value & 0xffffffffL);
  }

  /**
   * {@return the group of a code, or -1 when no position has it}
   *
   * @param code the code
   */
  public int find(long code) {
    if (slots != null) {
      return slots.contains(code) ? groupOfSlot[slots.slot(code)] : -1;
    }
    int g = Arrays.binarySearch(distinct, code);
    return g < 0 ? -1 : g;
  }

  /** {@return the number of groups} */
  public int groups() {
    return distinct.length;
  }

  /** {@return the group of each position (the array itself, not a copy: for generated code only)} */
  public int[] groupOf() {
    return groupOf;
  }

  /**
   * {@return where each group's positions start in {@link #members}, and at index {@code
   * groups()} their end (the array itself)}
   */
  public int[] start() {
    return start;
  }

  /**
   * {@return the positions, group after group, each group's in increasing order (the array
   * itself)}
   */
  public int[] members() {
    return members;
  }
}
