package org.rasp4j.processor.fuzz;

import java.util.SplittableRandom;

/**
 * Random inputs of length 0..24: characters mostly from the few the programs compare with (so
 * selectors match), sometimes any; ints mostly small (so values repeat and sums collide), with
 * the int extremes mixed in (so sums and products overflow).
 */
final class FuzzInputs {
  private static final String COMMON = "abc_<+0";
  private static final String RARE = "zA§\0é\uffff(";
  private static final int[] EXTREMES = {
    Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 1 << 30,
    -(1 << 30), 46341, 65536
  };

  private FuzzInputs() {}

  static int length(SplittableRandom random) {
    return random.nextInt(8) == 0 ? random.nextInt(2) : random.nextInt(25);
  }

  static String chars(SplittableRandom random) {
    int n = length(random);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(random.nextInt(12) == 0
          ? RARE.charAt(random.nextInt(RARE.length()))
          : COMMON.charAt(random.nextInt(COMMON.length())));
    }
    return text.toString();
  }

  static int[] ints(SplittableRandom random) {
    int[] values = new int[length(random)];
    for (int i = 0; i < values.length; i++) {
      int pick = random.nextInt(10);
      values[i] = pick < 6 ? random.nextInt(-3, 4)
          : pick < 8 ? random.nextInt(-30, 31)
          : pick < 9 ? EXTREMES[random.nextInt(EXTREMES.length)]
          : random.nextInt();
    }
    return values;
  }
}
