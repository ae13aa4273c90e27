package org.rasp4j.benchmarks;

import java.util.SplittableRandom;

/**
 * Input generators: tokens of a given length, drawn from a seeded random source, valid for a
 * program's vocabulary and for the domain on which its construction is exact.
 */
final class Inputs {
  private Inputs() {}

  static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  static final char BOS = '§';

  /** Uniform characters from {@code alphabet}. */
  static char[] from(String alphabet, int n, SplittableRandom random) {
    char[] tokens = new char[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return tokens;
  }

  /** Uniform ints in {@code [0, bound)}. */
  static int[] below(int bound, int n, SplittableRandom random) {
    int[] tokens = new int[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = random.nextInt(bound);
    }
    return tokens;
  }

  /** {@code digits+digits}: two numbers (leading zeros allowed) around one {@code '+'}. */
  static char[] addition(int n, SplittableRandom random) {
    char[] tokens = from("0123456789", n, random);
    if (n > 0) {
      tokens[(n - 1) / 2] = '+';
    }
    return tokens;
  }

  /** Letters, then a quarter of the length of {@code '_'} padding (ralign's input). */
  static char[] padded(int n, SplittableRandom random) {
    char[] tokens = from(LETTERS, n, random);
    for (int i = n - n / 4; i < n; i++) {
      tokens[i] = '_';
    }
    return tokens;
  }

  /** The BOS token, then uniform characters from {@code alphabet} (empty stays empty). */
  static char[] withBos(String alphabet, int n, SplittableRandom random) {
    char[] tokens = from(alphabet, n, random);
    if (n > 0) {
      tokens[0] = BOS;
    }
    return tokens;
  }

  /**
   * The BOS token, then tokens none of which occurs 300 times or more (most_freq_bos is exact
   * while every count stays below its max_len, 300): short inputs draw from six letters, longer
   * ones deal one character per hundred positions evenly and shuffle.
   */
  static char[] withBosFewRepeats(int n, SplittableRandom random) {
    if (n <= 300) {
      return withBos("abcdef", n, random);
    }
    int distinct = (n - 1 + 99) / 100;
    char[] tokens = new char[n];
    tokens[0] = BOS;
    for (int i = 1; i < n; i++) {
      tokens[i] = (char) (0x100 + (i - 1) % distinct);
    }
    shuffle(tokens, 1, random);
    return tokens;
  }

  /**
   * A prefix of a well-nested word over {@code pairs} (each pair an opener then its closer): a
   * random walk that opens a random kind or closes the innermost open one.
   */
  static char[] nested(String pairs, int n, SplittableRandom random) {
    char[] tokens = new char[n];
    int[] open = new int[n];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      if (depth == 0 || random.nextBoolean()) {
        int kind = random.nextInt(pairs.length() / 2);
        open[depth++] = kind;
        tokens[i] = pairs.charAt(2 * kind);
      } else {
        tokens[i] = pairs.charAt(2 * open[--depth] + 1);
      }
    }
    return tokens;
  }

  /**
   * Distinct ints, shuffled, spaced by more than {@code (n - 1) / 100}: tracr's make_sort adds
   * {@code i / 100} to each key to break ties, which keeps the order only with that spacing.
   */
  static int[] spacedDistinct(int n, SplittableRandom random) {
    return spacedDistinctBy((n - 1) / 100 + 1, n, random);
  }

  /** A shuffled permutation of {@code 0..n-1}. */
  static int[] permutation(int n, SplittableRandom random) {
    return spacedDistinctBy(1, n, random);
  }

  private static int[] spacedDistinctBy(int spacing, int n, SplittableRandom random) {
    int[] tokens = new int[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = i * spacing;
    }
    shuffle(tokens, random);
    return tokens;
  }

  /**
   * Tokens for tracr's make_sort_freq, which breaks ties with {@code i / 100} and so orders by
   * frequency only up to 100 positions: up to there five letters drawn at random, beyond every one
   * of up to ten letters equally often (ties everywhere: as many letters as divide n), shuffled.
   */
  static char[] forSortFreq(int n, SplittableRandom random) {
    if (n <= 100) {
      return from("abcde", n, random);
    }
    int letters = 10;
    while (n % letters != 0) {
      letters--;
    }
    char[] tokens = new char[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = (char) ('a' + i % letters);
    }
    shuffle(tokens, 0, random);
    return tokens;
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  private static void shuffle(char[] values, int from, SplittableRandom random) {
    for (int i = values.length - 1; i > from; i--) {
      int j = from + random.nextInt(i - from + 1);
      char swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
