package org.rasp4j.samples.tracr;

import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;

/**
 * The programs of tracr's library ({@code tracr/compiler/lib.py}, google-deepmind/tracr), in
 * mean semantics, with their parameters fixed so that each is an entry point.
 *
 * <p>Typed choices: tracr's numerical aggregate is {@code mean}, its categorical aggregate (one
 * selected position) is {@code value}; where tracr pads with {@code None}, rasp4j takes an explicit
 * fill, said at each program; tracr's {@code rasp.numerical(bools)} is {@code toInt()}, and its
 * {@code Comparison.TRUE} selector is a predicate that always holds.
 */
public final class Tracr {
  private Tracr() {}

  /** The vocabulary of the letter programs. */
  static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /** {@code max_seq_len} of the sorts: keys stay unique for inputs up to this length. */
  static final int MAX_SEQ_LEN = 100;

  // ---- length and histograms ----

  /** {@code make_length}: the width of a selector that selects everything. */
  static <T> Sop<Integer> makeLength(Sop<T> tokens) {
    Selector allTrueSelector = select(tokens, tokens, (k, q) -> true).named("all_true_selector");
    return allTrueSelector.width().named("length");
  }

  /** {@code make_length()}. */
  @RaspProgram(name = "TracrLength", maxLayers = 1)
  public static <T> Sop<Integer> tracrLength(Sop<T> tokens) {
    return makeLength(tokens);
  }

  /** {@code make_hist}: how often each position's token occurs. */
  static <T> Sop<Integer> makeHist(Sop<T> tokens) {
    Selector sameTok = key(tokens).eq(query(tokens)).named("same_tok");
    return sameTok.width().named("hist");
  }

  // ---- fractions of previous tokens ----

  /** {@code make_frac_prevs(tokens == "l")}: the fraction of 'l's up to each position. */
  @RaspProgram(name = "TracrFracPrevs", maxLayers = 1, vocabulary = LETTERS)
  public static Sop<Double> tracrFracPrevs(Sop<Character> tokens) {
    return Library.fracPrevs(tokens.eq('l'));
  }

  /**
   * {@code make_pair_balance}: the fraction of previous open tokens minus the fraction of previous
   * close tokens.
   */
  static Sop<Double> makePairBalance(Sop<Character> sop, char openToken, char closeToken) {
    Sop<Boolean> boolsOpen = sop.eq(openToken).named("bools_open");
    Sop<Double> opens = Library.fracPrevs(boolsOpen).named("opens");
    Sop<Boolean> boolsClose = sop.eq(closeToken).named("bools_close");
    Sop<Double> closes = Library.fracPrevs(boolsClose).named("closes");
    // LinearSequenceMap(opens, closes, 1, -1)
    Sop<Double> pairBalance = opens.minus(closes);
    return pairBalance.named("pair_balance");
  }

  /** {@code make_pair_balance(tokens, "(", ")")}. */
  @RaspProgram(name = "TracrPairBalance", maxLayers = 1, vocabulary = "()" + LETTERS)
  public static Sop<Double> tracrPairBalance(Sop<Character> tokens) {
    return makePairBalance(tokens, '(', ')');
  }

  /**
   * {@code make_shuffle_dyck(pairs)}: true (tracr: 1) at every position when each kind of
   * parenthesis is balanced on its own, false (0) otherwise.
   */
  static Sop<Boolean> makeShuffleDyck(List<String> pairs, Sop<Character> tokens) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("make_shuffle_dyck needs at least one pair");
    }
    // Compute running balance of each type of parenthesis
    List<Sop<Double>> balances = new ArrayList<>();
    for (String pair : pairs) {
      if (pair.length() != 2) {
        throw new IllegalArgumentException("a pair is two characters, not \"" + pair + "\"");
      }
      char openToken = pair.charAt(0);
      char closeToken = pair.charAt(1);
      Sop<Double> balance = makePairBalance(tokens, openToken, closeToken).named("balance_" + pair);
      balances.add(balance);
    }

    // Check if balances where negative anywhere -> parentheses not balanced
    Sop<Boolean> anyNegative = balances.get(0).lt(0.0);
    for (Sop<Double> balance : balances.subList(1, balances.size())) {
      anyNegative = anyNegative.or(balance.lt(0.0));
    }

    // Convert to numerical SOp
    Sop<Integer> anyNegativeNumerical = anyNegative.toInt().named("any_negative");

    Selector selectAll = select(indices(), indices(), (k, q) -> true).named("select_all");
    Sop<Double> hasNeg = selectAll.mean(anyNegativeNumerical, 0.0).named("has_neg");

    // Check if all balances are 0 at the end -> closed all parentheses
    Sop<Boolean> allZero = balances.get(0).eq(0.0);
    for (Sop<Double> balance : balances.subList(1, balances.size())) {
      allZero = allZero.and(balance.eq(0.0));
    }

    Selector selectLast =
        key(indices()).eq(query(makeLength(tokens).minus(1))).named("select_last");
    Sop<Boolean> lastZero = selectLast.value(allZero).named("last_zero");

    // tracr's ~ on the numerical has_neg is Python's `not x`: true exactly where it is 0
    Sop<Boolean> notHasNeg = hasNeg.eq(0.0).named("not_has_neg");
    return lastZero.and(notHasNeg).named("shuffle_dyck");
  }

  /** {@code make_shuffle_dyck2()}: pairs "()" and "{}". */
  @RaspProgram(name = "TracrShuffleDyck2", maxLayers = 2, vocabulary = "(){}")
  public static Sop<Boolean> tracrShuffleDyck2(Sop<Character> tokens) {
    return makeShuffleDyck(List.of("()", "{}"), tokens).named("shuffle_dyck2");
  }

  /** {@code make_shuffle_dyck(["()", "{}", "[]"])}. */
  @RaspProgram(name = "TracrShuffleDyck3", maxLayers = 2, vocabulary = "(){}[]")
  public static Sop<Boolean> tracrShuffleDyck3(Sop<Character> tokens) {
    return makeShuffleDyck(List.of("()", "{}", "[]"), tokens).named("shuffle_dyck3");
  }

  // ---- sorts ----

  /** {@code make_sort_unique(vals, keys)}: {@code vals} sorted by {@code keys}, if unique. */
  @RaspProgram(name = "TracrSortUnique", maxLayers = 2)
  public static <T> Sop<T> tracrSortUnique(Sop<T> tokens) {
    return Library.sortUnique(tokens, tokens);
  }

  /**
   * {@code make_sort(vals, keys, max_seq_len, min_key)}: keys made unique by adding {@code min_key
   * * i / max_seq_len} (doubles), then {@code make_sort_unique}. Ties keep input order while the
   * input is at most {@code maxSeqLen} long and {@code minKey} is at most 1.
   */
  static <V> Sop<V> makeSort(Sop<V> vals, Sop<Integer> keys, int maxSeqLen, double minKey) {
    Sop<Double> uniqueKeys =
        keys.toDouble().plus(indices().toDouble().times(minKey).div((double) maxSeqLen));
    return Library.sortUnique(vals, uniqueKeys);
  }

  /** {@code make_sort(tokens, tokens, max_seq_len=100, min_key=1)}: ints ascending. */
  @RaspProgram(name = "TracrSort", maxLayers = 2)
  public static Sop<Integer> tracrSort(Sop<Integer> tokens) {
    return makeSort(tokens, tokens, MAX_SEQ_LEN, 1.0);
  }

  /**
   * {@code make_sort_freq(max_seq_len=100)}: tokens by descending frequency, equally frequent ones
   * in input order.
   */
  @RaspProgram(name = "TracrSortFreq", maxLayers = 3)
  public static <T> Sop<T> tracrSortFreq(Sop<T> tokens) {
    Sop<Integer> hist = makeHist(tokens).times(-1).named("hist");
    return makeSort(tokens, hist, MAX_SEQ_LEN, 1.0).named("sort_freq");
  }

  // ---- shifts and patterns ----

  /**
   * {@code shift_by(offset, sop)}: {@code sop} moved {@code offset} positions right. tracr pads with
   * {@code None}; rasp4j pads with {@code fill}.
   */
  public static <T> Sop<T> shiftBy(int offset, T fill, Sop<T> sop) {
    Selector selectOffByOffset = select(indices(), indices(), (Integer k, Integer q) -> q == k + offset);
    Sop<T> out = selectOffByOffset.value(sop, fill);
    return out.named("shift_by(" + offset + ")");
  }

  /** {@code shift_by(1, tokens)}, padded with {@code '_'} where tracr gives None. */
  @RaspProgram(name = "TracrShiftBy", maxLayers = 1, vocabulary = LETTERS)
  public static Sop<Character> tracrShiftBy(Sop<Character> tokens) {
    return shiftBy(1, '_', tokens);
  }

  /**
   * {@code detect_pattern(sop, pattern)}: true at the last element of each occurrence of {@code
   * pattern}. tracr's first {@code len(pattern) - 1} outputs are None; here the shifted detectors
   * are padded with false, so they are false.
   */
  public static <T> Sop<Boolean> detectPattern(Sop<T> sop, List<T> pattern) {
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("Length of `pattern` must be at least 1. Got " + pattern);
    }
    // detectors[i] is true at position j iff the i'th (from the end) element of the pattern
    // was detected at position j-i.
    List<Sop<Boolean>> detectors = new ArrayList<>();
    for (int i = 0; i < pattern.size(); i++) {
      T element = pattern.get(pattern.size() - 1 - i);
      Sop<Boolean> detector = sop.eq(element);
      if (i != 0) {
        detector = shiftBy(i, false, detector);
      }
      detectors.add(detector);
    }
    // All that's left is to take the AND over all detectors.
    Sop<Boolean> patternDetected = detectors.remove(detectors.size() - 1);
    while (!detectors.isEmpty()) {
      patternDetected = patternDetected.and(detectors.remove(detectors.size() - 1));
    }
    return patternDetected.named("detect_pattern(" + pattern + ")");
  }

  /** {@code detect_pattern(tokens, "abc")}. */
  @RaspProgram(name = "TracrDetectPattern", maxLayers = 1, vocabulary = LETTERS)
  public static Sop<Boolean> tracrDetectPattern(Sop<Character> tokens) {
    return detectPattern(tokens, List.of('a', 'b', 'c'));
  }

  // ---- counts ----

  /**
   * {@code make_count_less_freq(n)}: how many positions hold a token that occurs at most {@code n}
   * times (tracr's docstring says "fewer than n"; its predicate is {@code x <= n}, kept here).
   */
  static <T> Sop<Integer> makeCountLessFreq(int n, Sop<T> tokens) {
    Sop<Integer> hist = makeHist(tokens);
    Selector selectLess = select(hist, hist, (Integer x, Integer y) -> x <= n).named("select_less");
    return selectLess.width().named("count_less_freq");
  }

  /** {@code make_count_less_freq(2)}. */
  @RaspProgram(name = "TracrCountLessFreq", maxLayers = 2)
  public static <T> Sop<Integer> tracrCountLessFreq(Sop<T> tokens) {
    return makeCountLessFreq(2, tokens);
  }

  /** {@code make_count(sop, token)}: how often {@code token} occurs, everywhere. */
  static <T> Sop<Integer> makeCount(Sop<T> sop, T token) {
    return select(sop, sop, (T k, T q) -> k.equals(token)).width().named("count_" + token);
  }

  /** {@code make_count(tokens, "a")}. */
  @RaspProgram(name = "TracrCount", maxLayers = 1, vocabulary = LETTERS)
  public static Sop<Integer> tracrCount(Sop<Character> tokens) {
    return makeCount(tokens, 'a');
  }
}
