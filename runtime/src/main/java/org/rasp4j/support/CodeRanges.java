package org.rasp4j.support;

/**
 * The ranges of a set of long codes, whole and by halves: a signed long orders as its signed high
 * 32 bits, then its unsigned low 32 bits, so counting over either range, or over the high half
 * after the low one, sorts them.
 */
record CodeRanges(long min, long max, int highMin, int highMax, long lowMin, long lowMax) {
  /** The ranges of {@code codes}, which must not be empty. */
  static CodeRanges of(long[] codes) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int highMin = Integer.MAX_VALUE;
    int highMax = Integer.MIN_VALUE;
    long lowMin = Long.MAX_VALUE;
    long lowMax = Long.MIN_VALUE;
    for (long code : codes) {
      min = Math.min(min, code);
      max = Math.max(max, code);
      highMin = Math.min(highMin, high(code));
      highMax = Math.max(highMax, high(code));
      lowMin = Math.min(lowMin, low(code));
      lowMax = Math.max(lowMax, low(code));
    }
    return new CodeRanges(min, max, highMin, highMax, lowMin, lowMax);
  }

  /** The most slots worth an array for n codes: O(n), so memory stays linear. */
  static int limit(int n) {
    return 2 * n + 1024;
  }

  static int high(long code) {
    return (int) (code >> 32);
  }

  static long low(long code) {
    return code & 0xffffffffL;
  }

  /** How many values the whole range holds, or -1 when more than a long counts. */
  long span() {
    long span = max - min; // negative when the range overflows a long
    return span < 0 ? -1 : span + 1;
  }

  long highs() {
    return (long) highMax - highMin + 1;
  }

  long lows() {
    return lowMax - lowMin + 1;
  }
}
