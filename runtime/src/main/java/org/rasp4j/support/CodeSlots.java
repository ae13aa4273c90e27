package org.rasp4j.support;

/**
 * An order-preserving map from a set of long codes onto the slots {@code [0, size)}, found when
 * the codes span few enough values for an array of that size: either their whole range ({@code
 * code - min}), or the product of the ranges of their high and low 32 bits (a {@link
 * Grouping#pair pair} of a group and a value). A signed long orders as its signed high half, then
 * its unsigned low half, so both maps keep the codes' order, and counting over the slots sorts.
 */
final class CodeSlots {
  private final long min;
  private final long max;
  private final boolean split;
  private final int highMin;
  private final int highMax;
  private final long lowMin;
  private final long lowMax;
  private final int size;

  private CodeSlots(long min, long max, boolean split, int highMin, int highMax, long lowMin,
      long lowMax, int size) {
    this.min = min;
    this.max = max;
    this.split = split;
    this.highMin = highMin;
    this.highMax = highMax;
    this.lowMin = lowMin;
    this.lowMax = lowMax;
    this.size = size;
  }

  /** The slots of {@code codes}, or null when neither map fits in {@code limit} slots. */
  static CodeSlots of(long[] codes, int limit) {
    if (codes.length == 0) {
      return null;
    }
    CodeRanges r = CodeRanges.of(codes);
    long span = r.span();
    if (span > 0 && span <= limit) {
      return new CodeSlots(r.min(), r.max(), false, 0, 0, 0, 0, (int) span);
    }
    long highs = r.highs();
    long lows = r.lows();
    if (highs <= limit && lows <= limit && highs * lows <= limit) {
      return new CodeSlots(r.min(), r.max(), true, r.highMin(), r.highMax(), r.lowMin(),
          r.lowMax(), (int) (highs * lows));
    }
    return null;
  }

  private static int high(long code) {
    return CodeRanges.high(code);
  }

  private static long low(long code) {
    return CodeRanges.low(code);
  }

  int size() {
    return size;
  }

  /** Whether a code could be one of the codes: within the ranges the slots cover. */
  boolean contains(long code) {
    if (!split) {
      return code >= min && code <= max;
    }
    int high = high(code);
    long low = low(code);
    return high >= highMin && high <= highMax && low >= lowMin && low <= lowMax;
  }

  /** The slot of a code the slots {@link #contains contain}. */
  int slot(long code) {
    if (!split) {
      return (int) (code - min);
    }
    return (int) ((long) (high(code) - highMin) * (lowMax - lowMin + 1) + (low(code) - lowMin));
  }
}
