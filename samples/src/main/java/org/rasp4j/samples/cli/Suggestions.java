package org.rasp4j.samples.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names close to a misspelt one ({@code Add} for {@code add}, {@code flp} for {@code flip}),
 * for "did you mean" in an error: those within a few edits, case ignored, nearest first.
 */
final class Suggestions {
  /** At most this many names are suggested. */
  static final int MOST = 3;

  private Suggestions() {}

  /** The names within {@code max(1, length / 3)} edits of {@code typed}, nearest first. */
  static List<String> near(String typed, List<String> names) {
    String key = typed.toLowerCase(Locale.ROOT);
    int most = Math.max(1, key.length() / 3);
    return names.stream()
        .filter(name -> distance(key, name.toLowerCase(Locale.ROOT)) <= most)
        .sorted(
            Comparator.comparingInt((String name) -> distance(key, name.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .limit(MOST)
        .toList();
  }

  /** {@code " (did you mean 'add'?)"}, or "" when there is nothing to suggest. */
  static String didYouMean(List<String> suggestions) {
    return suggestions.isEmpty()
        ? ""
        : " (did you mean "
            + ParameterErrors.quoted(suggestions.stream().limit(MOST).toList())
            + "?)";
  }

  /**
   * The edits from {@code a} to {@code b}: insertions, deletions, substitutions and swaps of two
   * neighbours ({@code lsit} is one edit from {@code list}), each counted once; no substring is
   * edited twice (the optimal string alignment distance).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
