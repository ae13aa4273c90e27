package org.rasp4j.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** tracr's library programs in plain Java. */
final class TracrByHand {
  private TracrByHand() {}

  /** The fraction of {@code '('} minus the fraction of {@code ')'} up to each position. */
  static double[] pairBalance(char[] tokens) {
    double[] out = new double[tokens.length];
    int opens = 0;
    int closes = 0;
    for (int i = 0; i < tokens.length; i++) {
      opens += tokens[i] == '(' ? 1 : 0;
      closes += tokens[i] == ')' ? 1 : 0;
      out[i] = (double) opens / (i + 1) - (double) closes / (i + 1);
    }
    return out;
  }

  /**
   * Whether each kind of parenthesis in {@code pairs} (opener, closer, opener, ...) is balanced on
   * its own: never more closers than openers, as many of each at the end. The same everywhere.
   */
  static boolean[] shuffleDyck(String pairs, char[] tokens) {
    int kinds = pairs.length() / 2;
    int[] depth = new int[kinds];
    boolean negative = false;
    for (char c : tokens) {
      int at = pairs.indexOf(c);
      if (at >= 0) {
        depth[at / 2] += at % 2 == 0 ? 1 : -1;
        negative |= depth[at / 2] < 0;
      }
    }
    boolean balanced = !negative;
    for (int d : depth) {
      balanced &= d == 0;
    }
    boolean[] out = new boolean[tokens.length];
    Arrays.fill(out, balanced);
    return out;
  }

  static int[] sort(int[] tokens) {
    int[] out = tokens.clone();
    Arrays.sort(out);
    return out;
  }

  /** The tokens by descending frequency, equally frequent ones in input order. */
  static char[] sortFreq(char[] tokens) {
    int n = tokens.length;
    int[] counts = BlogByHand.histogram(tokens);
    long[] order = new long[n]; // (-count, position), sorted: a stable sort by count, descending
    for (int i = 0; i < n; i++) {
      order[i] = ((long) (n - counts[i]) << 32) | i;
    }
    Arrays.sort(order);
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = tokens[(int) order[i]];
    }
    return out;
  }

  /** How many positions hold a token that occurs at most twice; the same everywhere. */
  static int[] countLessFreq(int[] tokens) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int t : tokens) {
      counts.merge(t, 1, Integer::sum);
    }
    int rare = 0;
    for (int t : tokens) {
      if (counts.get(t) <= 2) {
        rare++;
      }
    }
    int[] out = new int[tokens.length];
    Arrays.fill(out, rare);
    return out;
  }

  /** True at the last letter of each occurrence of "abc". */
  static boolean[] detectPattern(char[] tokens) {
    boolean[] out = new boolean[tokens.length];
    for (int i = 2; i < tokens.length; i++) {
      out[i] = tokens[i - 2] == 'a' && tokens[i - 1] == 'b' && tokens[i] == 'c';
    }
    return out;
  }
}
