package org.rasp4j.samples.paper;

import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.where;

import java.util.List;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;

/**
 * The programs of the RASP paper (Weiss et al., tech-srl/RASP {@code paper_examples.rasp}), in the
 * original RASP's mean semantics, transcribed line for line.
 *
 * <p>Transcription choices, forced by Java's types: RASP's {@code aggregate} of numbers is {@code
 * sel.mean(...)}, of a single selected character {@code sel.value(...)} (the same thing when one
 * position is selected); {@code indicator(b)} is {@code b.toInt()}; {@code
 * _with_bos_selector_width} is {@link Library#widthWithBos}; {@code selector_width} is {@link
 * Selector#width()}; {@code length} is {@link Library#length()}; {@code tokens_str in chars} is
 * {@link #in}. The {@code _bos} programs expect the BOS token {@value #BOS} at position 0 and
 * only there ({@code @RaspProgram(bos = ...)} checks it), then any characters.
 */
public final class Paper {
  private Paper() {}

  /** The beginning-of-sequence token of the {@code _bos} programs. */
  public static final char BOS = '§';

  /**
   * {@link #BOS} as the {@code _bos} programs declare it: the input starts with it and holds it
   * nowhere else; the tokens after it may be any characters, as in the original RASP.
   */
  static final String BOS_TOKEN = "" + BOS;

  /** {@code max_len} of {@code sort_by_most_freq}: more than any input's length. */
  static final int MAX_LEN = 300;

  // ---- histograms ----

  /** {@code hist_bos = _with_bos_selector_width(select(tokens,tokens,==))}: one head. */
  @RaspProgram(name = "HistBos", maxLayers = 1, bos = BOS_TOKEN)
  public static Sop<Integer> histBos(Sop<Character> tokens) {
    return Library.widthWithBos(key(tokens).eq(query(tokens))).named("hist_bos");
  }

  /** {@code hist_nobos = selector_width(select(tokens,tokens,==))}: the library's two heads. */
  @RaspProgram(name = "HistNobos", maxLayers = 1)
  public static <T> Sop<Integer> histNobos(Sop<T> tokens) {
    return key(tokens).eq(query(tokens)).width().named("hist_nobos");
  }

  /** {@code _has_earlier_with_bos}: whether the same token occurs at an earlier position. */
  static Sop<Boolean> hasEarlierWithBos(Sop<Character> tokens) {
    Selector earlierCopy = key(tokens).eq(query(tokens)).and(key(indices()).lt(query(indices())));
    Sop<Integer> numPrevCopies = Library.widthWithBos(earlierCopy);
    return numPrevCopies.gt(0);
  }

  /** {@code hist2_bos}: for each token, how many distinct tokens occur as often as it. */
  @RaspProgram(name = "Hist2Bos", maxLayers = 2, bos = BOS_TOKEN)
  public static Sop<Integer> hist2Bos(Sop<Character> tokens) {
    Sop<Boolean> hasPrevCopy = hasEarlierWithBos(tokens);
    Sop<Integer> histBos = histBos(tokens);
    Selector reprWithOwnCount =
        key(histBos).eq(query(histBos)).and(key(hasPrevCopy).eq(query(false)));
    return Library.widthWithBos(reprWithOwnCount).named("hist2_bos");
  }

  // ---- reverse and sorts ----

  /** {@code reverse = aggregate(select(indices,length-1-indices,==), tokens)}. */
  @RaspProgram(name = "Reverse", maxLayers = 2)
  public static <T> Sop<T> reverse(Sop<T> tokens) {
    Selector flipS = key(indices()).eq(query(Library.length().minus(1).minus(indices())));
    return flipS.value(tokens).named("reverse");
  }

  /** The RASP library's {@code sort}, without BOS: tokens ascending, ties in input order. */
  @RaspProgram(name = "Sort", maxLayers = 2)
  public static <T> Sop<T> sort(Sop<T> tokens) {
    return Library.sort(tokens, tokens);
  }

  /**
   * {@code _sort_bos(seq, key)}: {@code seq} ordered by {@code key}, ties in input order, the BOS
   * at position 0 staying in place.
   */
  static <V, K> Sop<V> sortBos(Sop<V> seq, Sop<K> key) {
    Selector shouldBeEarlier =
        key(key).lt(query(key))
            .or(key(key).eq(query(key)).and(key(indices()).lt(query(indices()))));
    Sop<Integer> numBefore = Library.widthWithBos(shouldBeEarlier);
    // the BOS must know it is at position 0, else it confuses the position it thinks it is in
    numBefore = where(indices().eq(0), -1, numBefore);
    // indices-1 because they have to skip the BOS token
    Selector mainSeqGrabOutput = key(numBefore).eq(query(indices().minus(1)));
    Selector bosGrabSelf =
        key(indices()).eq(query(0)).and(key(indices()).eq(query(indices())));
    Selector grabOutput = mainSeqGrabOutput.or(bosGrabSelf);
    return grabOutput.value(seq);
  }

  /** {@code sort_bos = _sort_bos(tokens,tokens)}. */
  @RaspProgram(name = "SortBos", maxLayers = 2, bos = BOS_TOKEN)
  public static Sop<Character> sortBos(Sop<Character> tokens) {
    return sortBos(tokens, tokens).named("sort_bos");
  }

  /**
   * {@code sort_by_most_freq = _sort_by_freq_bos("§", 300)}: the distinct tokens by descending
   * count, ties by first occurrence, then BOS tokens.
   */
  @RaspProgram(name = "MostFreqBos", maxLayers = 3, bos = BOS_TOKEN)
  public static Sop<Character> mostFreqBos(Sop<Character> tokens) {
    return sortByFreqBos(BOS, MAX_LEN, tokens).named("most_freq_bos");
  }

  /** {@code _sort_by_freq_bos(non_token, max_len)}. */
  static Sop<Character> sortByFreqBos(char nonToken, int maxLen, Sop<Character> tokens) {
    Sop<Boolean> hasEarlier = hasEarlierWithBos(tokens);
    Sop<Integer> filteredFreq = histBos(tokens).minus(hasEarlier.toInt().times(maxLen));
    Sop<Character> filteredTokens = where(hasEarlier, nonToken, tokens);
    return sortBos(filteredTokens, filteredFreq.negate());
  }

  // ---- Dyck languages, PTF: per prefix T (balanced), P (could still be), F (cannot) ----

  /** {@code dyck1_ptf}, over {@code "()"}. */
  @RaspProgram(name = "Dyck1", maxLayers = 2, vocabulary = "()")
  public static Sop<Character> dyck1(Sop<Character> tokens) {
    Selector upToSelf = key(indices()).le(query(indices()));
    // (indices+1) * mean is a count, but a double that can be an ulp off: rounded to an int
    // (elementwise, no layer), so that balance == 0 and balance < 0 compare exactly.
    Sop<Integer> nOpens =
        indices().plus(1).toDouble().times(upToSelf.mean(tokens.eq('(').toInt())).round();
    Sop<Integer> nCloses =
        indices().plus(1).toDouble().times(upToSelf.mean(tokens.eq(')').toInt())).round();
    Sop<Integer> balance = nOpens.minus(nCloses);
    Sop<Double> prevImbalances = upToSelf.mean(balance.lt(0).toInt());
    return where(prevImbalances.gt(0.0), 'F', where(balance.eq(0), 'T', 'P')).named("dyck1");
  }

  /** {@code dyck2_ptf = dyckk_ptf(["()","{}"])}. */
  @RaspProgram(name = "Dyck2", maxLayers = 4, vocabulary = "(){}")
  public static Sop<Character> dyck2(Sop<Character> tokens) {
    return dyckkPtf(List.of("()", "{}"), tokens).named("dyck2");
  }

  /**
   * {@code dyckk_ptf(paren_pairs)}: a closer's opener is the last opener before it at the same
   * depth; four layers, the second holding the two heads of a selector width.
   */
  public static Sop<Character> dyckkPtf(List<String> parenPairs, Sop<Character> tokens) {
    StringBuilder openers = new StringBuilder();
    StringBuilder closers = new StringBuilder();
    for (String p : parenPairs) {
      openers.append(p.charAt(0));
      closers.append(p.charAt(1));
    }
    Sop<Integer> opens = in(tokens, openers.toString()).toInt();
    Sop<Boolean> isCloser = in(tokens, closers.toString());
    Sop<Integer> closes = isCloser.toInt();
    Selector upToSelf = key(indices()).le(query(indices()));
    // rounded to ints, as in dyck1
    Sop<Integer> nOpens = indices().plus(1).toDouble().times(upToSelf.mean(opens)).round();
    Sop<Integer> nCloses = indices().plus(1).toDouble().times(upToSelf.mean(closes)).round();
    Sop<Integer> depth = nOpens.minus(nCloses);
    Sop<Integer> delayCloser = depth.plus(closes);
    Sop<Integer> depthIndex =
        key(delayCloser).eq(query(delayCloser)).and(upToSelf).width();
    // select(opens,True,==): the indicator is 1 where True
    Selector openForClose =
        key(opens).eq(query(1))
            .and(key(delayCloser).eq(query(delayCloser)))
            .and(key(depthIndex).eq(query(depthIndex.minus(1))));
    Sop<Character> matchedOpener = openForClose.value(tokens, '-');
    Sop<Boolean> openerMatches = constant(false); // (matched_opener + tokens) in paren_pairs
    for (String pair : parenPairs) {
      openerMatches =
          openerMatches.or(matchedOpener.eq(pair.charAt(0)).and(tokens.eq(pair.charAt(1))));
    }
    Sop<Boolean> mismatch = isCloser.and(openerMatches.not());
    Sop<Boolean> hadProblem = upToSelf.mean(mismatch.or(depth.lt(0)).toInt()).gt(0.0);
    return where(hadProblem, 'F', where(depth.eq(0), 'T', 'P'));
  }

  /** RASP's {@code seq in chars}: whether each element is one of {@code chars}. */
  static Sop<Boolean> in(Sop<Character> seq, String chars) {
    Sop<Boolean> found = constant(false);
    for (int i = 0; i < chars.length(); i++) {
      found = found.or(seq.eq(chars.charAt(i)));
    }
    return found;
  }
}
