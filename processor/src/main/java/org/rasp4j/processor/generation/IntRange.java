package org.rasp4j.processor.generation;

/**
 * The values an int sequence can hold, as a closed interval computed in {@code long} so that the
 * result of an operation on two int ranges is exact and can be tested against the int range.
 */
record IntRange(long lo, long hi) {
  /** The longest input a Java String or array can hold, so the most positions a sum can cover. */
  static final long MAX_LENGTH = Integer.MAX_VALUE;

  static final IntRange ALL = new IntRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

  IntRange {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
  }

  static IntRange of(long value) {
    return new IntRange(value, value);
  }

  /** The smallest range holding all four values (the corners of a product). */
  static IntRange spanning(long a, long b, long c, long d) {
    return new IntRange(
        Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
  }

  boolean fitsInt() {
    return lo >= Integer.MIN_VALUE && hi <= Integer.MAX_VALUE;
  }

  /**
   * The part an int can hold: what a checked operation yields when it does not fail. When no value
   * of the range fits ({@code indices().minus(Integer.MIN_VALUE)}), the operation fails on every
   * position and yields nothing; the nearest int value then stands for that nothing, so the range
   * stays a non-empty, sound bound for what reads it (and for a deferred failure's placeholder).
   */
  IntRange clampToInt() {
    if (lo > Integer.MAX_VALUE) {
      return of(Integer.MAX_VALUE);
    }
    if (hi < Integer.MIN_VALUE) {
      return of(Integer.MIN_VALUE);
    }
    return new IntRange(
        Math.max(lo, Integer.MIN_VALUE), Math.min(hi, Integer.MAX_VALUE));
  }

  boolean contains(long value) {
    return lo <= value && value <= hi;
  }

  IntRange union(IntRange other) {
    return new IntRange(Math.min(lo, other.lo), Math.max(hi, other.hi));
  }

  IntRange plus(IntRange b) {
    return new IntRange(lo + b.lo, hi + b.hi);
  }

  IntRange minus(IntRange b) {
    return new IntRange(lo - b.hi, hi - b.lo);
  }

  IntRange times(IntRange b) {
    return spanning(lo * b.lo, lo * b.hi, hi * b.lo, hi * b.hi);
  }

  IntRange negate() {
    return new IntRange(-hi, -lo);
  }

  /** Floor division by any non-zero divisor in {@code b}: never larger in magnitude than this. */
  IntRange floorDiv(IntRange b) {
    if (lo >= 0 && b.lo > 0) {
      return new IntRange(0, hi);
    }
    long magnitude = Math.max(Math.abs(lo), Math.abs(hi));
    return new IntRange(-magnitude, magnitude);
  }

  /** The floored remainder: between 0 and the divisor, exclusive, on the divisor's side. */
  IntRange floorMod(IntRange b) {
    if (b.lo > 0) {
      return new IntRange(0, b.hi - 1);
    }
    if (b.hi < 0) {
      return new IntRange(b.lo + 1, 0);
    }
    return new IntRange(Math.min(b.lo + 1, 0), Math.max(b.hi - 1, 0));
  }

  /** A sum of 2 to {@link #MAX_LENGTH} values of this range. */
  IntRange sumOfTwoOrMore() {
    return spanning(2 * lo, MAX_LENGTH * lo, 2 * hi, MAX_LENGTH * hi);
  }
}
