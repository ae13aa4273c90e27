package org.rasp4j.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * The blog's programs as a Java programmer would write them: one pass (or two) over the tokens,
 * no attention. Each computes what the RASP program computes on the suite's inputs.
 */
final class BlogByHand {
  private BlogByHand() {}

  static char[] reverse(char[] tokens) {
    int n = tokens.length;
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = tokens[n - 1 - i];
    }
    return out;
  }

  static int[] length(char[] tokens) {
    int[] out = new int[tokens.length];
    java.util.Arrays.fill(out, tokens.length);
    return out;
  }

  /** How often each position's token occurs, counted in a hash map. */
  static int[] histogram(char[] tokens) {
    Map<Character, Integer> counts = new HashMap<>();
    for (char c : tokens) {
      counts.merge(c, 1, Integer::sum);
    }
    int[] out = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = counts.get(tokens[i]);
    }
    return out;
  }

  /** The sum of the last three tokens up to each position. */
  static int[] windowSum(int[] tokens) {
    int[] out = new int[tokens.length];
    int sum = 0;
    for (int i = 0; i < tokens.length; i++) {
      sum += tokens[i];
      if (i >= 3) {
        sum -= tokens[i - 3];
      }
      out[i] = sum;
    }
    return out;
  }

  static int[] cumsum(int[] tokens) {
    int[] out = new int[tokens.length];
    int sum = 0;
    for (int i = 0; i < tokens.length; i++) {
      sum = Math.addExact(sum, tokens[i]);
      out[i] = sum;
    }
    return out;
  }

  /** The running sum of {@code length - i}. */
  static int[] cumsumLengthMinusIndices(char[] tokens) {
    int n = tokens.length;
    int[] out = new int[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum = Math.addExact(sum, n - i);
      out[i] = sum;
    }
    return out;
  }

  /** The token at {@code index} everywhere, {@code '\0'} when the input is shorter. */
  static char[] index(int index, char[] tokens) {
    char[] out = new char[tokens.length];
    java.util.Arrays.fill(out, index < tokens.length ? tokens[index] : '\0');
    return out;
  }

  /** The tokens moved {@code by} positions right ({@code by < 0}: left), {@code fill} elsewhere. */
  static char[] shift(int by, char fill, char[] tokens) {
    int n = tokens.length;
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      int from = i - by;
      out[i] = from >= 0 && from < n ? tokens[from] : fill;
    }
    return out;
  }

  static char[] minimum(char[] tokens) {
    char min = Character.MAX_VALUE;
    for (char c : tokens) {
      min = (char) Math.min(min, c);
    }
    char[] out = new char[tokens.length];
    java.util.Arrays.fill(out, min);
    return out;
  }

  /** The first index of {@code 'l'}, capped at the blog's sentinel 99 (also its "not found"). */
  static int[] firstL(char[] tokens) {
    int first = 99;
    for (int i = 0; i < tokens.length && i < first; i++) {
      if (tokens[i] == 'l') {
        first = i;
      }
    }
    int[] out = new int[tokens.length];
    java.util.Arrays.fill(out, first);
    return out;
  }

  /** Moves the {@code '_'}s to the front, shown as {@code fill}: a shift by their count. */
  static char[] ralign(char fill, char[] tokens) {
    int pads = 0;
    for (char c : tokens) {
      if (c == '_') {
        pads++;
      }
    }
    return shift(pads, fill, tokens);
  }

  /** What comes before the {@code '+'}, right-aligned, {@code '0'} in front. */
  static char[] splitFirst(char[] tokens) {
    int plus = plusIndex(tokens);
    char[] before = new char[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      before[i] = i < plus ? tokens[i] : '_';
    }
    return ralign('0', before);
  }

  /** What comes after the {@code '+'}, {@code '0'} elsewhere. */
  static char[] splitSecond(char[] tokens) {
    int plus = plusIndex(tokens);
    char[] out = new char[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = i > plus ? tokens[i] : '0';
    }
    return out;
  }

  /** The index of the one {@code '+'} (split's inputs hold one), 0 when there is none. */
  private static int plusIndex(char[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] == '+') {
        return i;
      }
    }
    return 0;
  }

  /** Each {@code '<'} takes the nearest other token to its right ({@code '\0'} if none). */
  static char[] slide(char[] tokens) {
    int n = tokens.length;
    char[] out = new char[n];
    char next = '\0';
    for (int i = n - 1; i >= 0; i--) {
      if (tokens[i] != '<') {
        next = tokens[i];
      }
      out[i] = next;
    }
    return out;
  }

  static int[] atoi(char[] digits) {
    int[] out = new int[digits.length];
    for (int i = 0; i < digits.length; i++) {
      out[i] = digits[i] - '0';
    }
    return out;
  }

  /** The column sums of the two numbers of {@code a+b}, both right-aligned to the length. */
  static int[] columnSums(char[] tokens) {
    int n = tokens.length;
    int plus = plusIndex(tokens);
    int[] out = new int[n];
    for (int i = plus + 1; i < n; i++) {
      out[i] = tokens[i] - '0';
    }
    int shift = n - plus;
    for (int i = 0; i < plus; i++) {
      out[i + shift] += tokens[i] - '0';
    }
    return out;
  }

  /** The carry into each column: {@code '1'}, {@code '0'}, or {@code '<'} (if the next one does). */
  static char[] carryMarks(char[] tokens) {
    int[] sums = columnSums(tokens);
    int n = sums.length;
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      int right = i + 1 < n ? sums[i + 1] : 0;
      out[i] = right > 9 ? '1' : right == 9 ? '<' : '0';
    }
    return out;
  }

  /** The carry into each column, resolved. */
  static int[] carries(char[] tokens) {
    int[] sums = columnSums(tokens);
    int n = sums.length;
    int[] out = new int[n];
    int carry = 0;
    for (int i = n - 1; i >= 0; i--) {
      out[i] = carry;
      carry = sums[i] + carry > 9 ? 1 : 0;
    }
    return out;
  }

  /** School addition of {@code a+b}, the digits right-aligned to the input's length. */
  static int[] add(char[] tokens) {
    int n = tokens.length;
    int plus = plusIndex(tokens);
    int[] out = new int[n];
    int carry = 0;
    int a = plus - 1;
    for (int i = n - 1; i >= 0; i--) {
      int digit = carry + (i > plus ? tokens[i] - '0' : 0) + (a >= 0 ? tokens[a--] - '0' : 0);
      out[i] = digit % 10;
      carry = digit / 10;
    }
    return out;
  }
}
