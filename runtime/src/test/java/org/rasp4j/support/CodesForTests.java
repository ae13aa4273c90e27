package org.rasp4j.support;

import org.rasp4j.testing.Gen;

/**
 * Arrays of long codes in each regime the counting paths tell apart: a small range of values
 * (negative ones too), pairs of a group and a small value (negative values wrap to high low
 * halves), positions with values (value-order's keys), and codes spread over the whole long range.
 */
final class CodesForTests {
  private CodesForTests() {}

  static long[] draw(Gen gen) {
    int n = gen.bool() ? gen.between(0, 100) : gen.between(100, 3000);
    int regime = gen.between(0, 4);
    long base = gen.bool() ? 0 : gen.anyInt();
    int width = gen.between(1, 3 * n + 2000);
    int groups = gen.between(1, n + 1);
    long[] codes = new long[n];
    for (int k = 0; k < n; k++) {
      int small = gen.random().nextInt(width);
      codes[k] = switch (regime) {
        case 0 -> base + small;
        case 1 -> Grouping.pair(gen.random().nextInt(groups), small % 7 - 3);
        case 2 -> ((long) (small % 100 - 50) << 32) | k;
        case 3 -> gen.random().nextLong();
        default -> gen.random().nextInt(8) == 0 ? Long.MIN_VALUE
            : gen.random().nextBoolean() ? Long.MAX_VALUE : small - width / 2;
      };
    }
    return codes;
  }
}
