package org.rasp4j.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The RASP paper's programs in plain Java. The {@code _bos} ones keep the BOS token at position 0
 * and report nothing there (0, or the token itself), as the RASP constructions do.
 */
final class PaperByHand {
  private PaperByHand() {}

  /** How often each token occurs; 0 for the BOS at position 0. */
  static int[] histBos(char[] tokens) {
    int[] out = BlogByHand.histogram(tokens);
    if (out.length > 0) {
      out[0] = 0;
    }
    return out;
  }

  /** For each token, how many distinct tokens occur as often as it; 0 for the BOS. */
  static int[] hist2Bos(char[] tokens) {
    int[] counts = histBos(tokens);
    Map<Integer, Integer> tokensWithCount = new HashMap<>();
    Map<Character, Boolean> seen = new HashMap<>();
    for (int i = 1; i < tokens.length; i++) {
      if (seen.putIfAbsent(tokens[i], Boolean.TRUE) == null) {
        tokensWithCount.merge(counts[i], 1, Integer::sum);
      }
    }
    int[] out = new int[tokens.length];
    for (int i = 1; i < tokens.length; i++) {
      out[i] = tokensWithCount.get(counts[i]);
    }
    return out;
  }

  static char[] sort(char[] tokens) {
    char[] out = tokens.clone();
    Arrays.sort(out);
    return out;
  }

  /** The tokens after the BOS sorted, the BOS in place. */
  static char[] sortBos(char[] tokens) {
    char[] out = tokens.clone();
    if (out.length > 1) {
      Arrays.sort(out, 1, out.length);
    }
    return out;
  }

  /**
   * The distinct tokens by descending count, ties by first occurrence, after the BOS; then BOS
   * tokens for the positions left.
   */
  static char[] mostFreqBos(char[] tokens) {
    int n = tokens.length;
    Map<Character, Integer> counts = new HashMap<>();
    Map<Character, Integer> firstAt = new HashMap<>();
    for (int i = 1; i < n; i++) {
      counts.merge(tokens[i], 1, Integer::sum);
      firstAt.putIfAbsent(tokens[i], i);
    }
    Character[] distinct = firstAt.keySet().toArray(new Character[0]);
    Arrays.sort(
        distinct,
        (a, b) ->
            counts.get(a).equals(counts.get(b))
                ? Integer.compare(firstAt.get(a), firstAt.get(b))
                : Integer.compare(counts.get(b), counts.get(a)));
    char[] out = new char[n];
    Arrays.fill(out, Inputs.BOS);
    for (int i = 0; i < distinct.length; i++) {
      out[i + 1] = distinct[i];
    }
    return out;
  }

  /** Per prefix of a word over "()": T balanced, P could still be, F cannot. */
  static char[] dyck1(char[] tokens) {
    char[] out = new char[tokens.length];
    int depth = 0;
    boolean failed = false;
    for (int i = 0; i < tokens.length; i++) {
      depth += tokens[i] == '(' ? 1 : -1;
      failed |= depth < 0;
      out[i] = failed ? 'F' : depth == 0 ? 'T' : 'P';
    }
    return out;
  }

  /** Per prefix of a word over "(){}", with a stack of the open kinds. */
  static char[] dyck2(char[] tokens) {
    char[] out = new char[tokens.length];
    char[] open = new char[tokens.length];
    int depth = 0;
    boolean failed = false;
    for (int i = 0; i < tokens.length; i++) {
      char c = tokens[i];
      if (c == '(' || c == '{') {
        open[depth++] = c;
      } else if (depth == 0) {
        failed = true;
      } else {
        char opener = open[--depth];
        failed |= c == ')' ? opener != '(' : opener != '{';
      }
      out[i] = failed ? 'F' : depth == 0 ? 'T' : 'P';
    }
    return out;
  }
}
