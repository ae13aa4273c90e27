package org.rasp4j.support;

import java.util.Arrays;

/**
 * How a generated decoder's arrays grow: doubled when full, so each append copies O(1) values
 * amortised; one place, so generated code needs no {@code java.util}.
 */
public final class Capacity {
  /** The largest array length the JVM reliably allocates. */
  public static final int MAX = Integer.MAX_VALUE - 8;

  private Capacity() {}

  /**
   * {@return the next capacity of a full array of {@code length} elements: twice it, at most
   * {@link #MAX}}
   *
   * @param length the full array's length
   * @throws OutOfMemoryError when the array already holds {@link #MAX} elements
   */
  public static int next(int length) {
    if (length >= MAX) {
      throw new OutOfMemoryError("an array holds at most " + MAX + " elements");
    }
    return (int) Math.min((long) MAX, Math.max(16L, 2L * length));
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static int[] copyOf(int[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static long[] copyOf(long[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static double[] copyOf(double[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static char[] copyOf(char[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static boolean[] copyOf(boolean[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }

  /**
   * {@return a copy of {@code values} of length {@code capacity}}
   *
   * @param values the values
   * @param capacity the new length
   */
  public static String[] copyOf(String[] values, int capacity) {
    return Arrays.copyOf(values, capacity);
  }
}
