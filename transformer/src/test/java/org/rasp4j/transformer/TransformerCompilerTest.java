package org.rasp4j.transformer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.RaspException;
import org.rasp4j.Selector;
import org.rasp4j.Sop;

/**
 * The cases tracr gets wrong (its construction notes, §3), each with the value worked out by hand,
 * and the read-out's contract: no value where the interpreter raises an error, an exception naming
 * the position for an input outside the domain.
 */
class TransformerCompilerTest {
  private static List<Object> chars(String text) {
    List<Object> tokens = new ArrayList<>();
    for (char c : text.toCharArray()) {
      tokens.add(c);
    }
    return tokens;
  }

  /** tracr's length is off from n = 7 (numerical) and decodes n - 1 from n = 10 (categorical). */
  @Test
  void lengthIsExactUpToForty() {
    CompiledTransformer model = TransformerCompiler.compile(
        "length", Library.length().node(), Domain.ofChars("a", 40));
    for (int n = 1; n <= 40; n++) {
      List<Object> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(n);
      }
      assertWithMessage("length of %s tokens", n)
          .that(model.run(chars("a".repeat(n)))).isEqualTo(expected);
    }
  }

  /** tracr's mean value set misses 2/3, so frac_prevs > 0.5 on "llh" gives [T, T, F]. */
  @Test
  void aMapOfAMeanSeesEveryMean() {
    Sop<Double> fracPrevs = Library.fracPrevs(tokens(CHAR).eq('l'));
    CompiledTransformer above = TransformerCompiler.compile(
        "above", fracPrevs.gt(0.5).node(), Domain.ofChars("lh", 5));
    assertThat(above.run(chars("llh"))).containsExactly(true, true, true).inOrder();
    CompiledTransformer squared = TransformerCompiler.compile(
        "squared", fracPrevs.times(fracPrevs).node(), Domain.ofChars("lh", 5));
    // prefixes l, ll, llh: 1, 1, 2/3; squared 1, 1, 4/9 (as Java computes (2/3) * (2/3))
    double twoThirds = 2.0 / 3;
    assertThat(squared.run(chars("llh")))
        .containsExactly(1.0, 1.0, twoThirds * twoThirds).inOrder();
    assertThat(squared.residualLabels()).contains("frac_prevs:" + twoThirds);
  }

  /** RASPy's sum aggregation (tracr issue #6): a prefix sum of int tokens. */
  @Test
  void sumAggregationCompiles() {
    Sop<Integer> prefix = key(indices()).le(query(indices())).value(tokens(INT));
    CompiledTransformer model = TransformerCompiler.compile(
        "prefix", prefix.node(), Domain.ofInts(5, 1, 2, 3));
    assertThat(model.run(List.of(1, 2, 3, 3, 1))).containsExactly(1, 3, 6, 9, 10).inOrder();
    assertThat(model.run(List.of(3, 3, 3, 3, 3))).containsExactly(3, 6, 9, 12, 15).inOrder();
  }

  /** Selector and / or / not (tracr issue #4), each checked on a hand-worked input. */
  @Test
  void selectorLogicCompiles() {
    Selector before = key(indices()).lt(query(indices()));
    Selector same = key(tokens(CHAR)).eq(query(tokens(CHAR)));
    Domain domain = Domain.ofChars("ab", 5);
    // "abab": earlier positions holding the same token: 0, 0, 1, 1
    assertThat(TransformerCompiler.compile("and", before.and(same).width().node(), domain)
        .run(chars("abab"))).containsExactly(0, 0, 1, 1).inOrder();
    // earlier, or the same token anywhere: 0: {0, 2}; 1: {0} + {1, 3}; 2: {0, 1} + {0, 2};
    // 3: {0, 1, 2} + {1, 3}
    assertThat(TransformerCompiler.compile("or", before.or(same).width().node(), domain)
        .run(chars("abab"))).containsExactly(2, 3, 3, 4).inOrder();
    // not earlier: the position itself and every later one: 4, 3, 2, 1
    assertThat(TransformerCompiler.compile("not", before.not().width().node(), domain)
        .run(chars("abab"))).containsExactly(4, 3, 2, 1).inOrder();
    // not (earlier and same token) among all: 4 - [0, 0, 1, 1]
    assertThat(TransformerCompiler.compile("nand", before.and(same).not().width().node(), domain)
        .run(chars("abab"))).containsExactly(4, 4, 3, 3).inOrder();
  }

  /** A sum of characters over more than one key is an error: the read-out gives no value. */
  @Test
  void aCategoricalAggregateOfSeveralKeysHasNoValue() {
    Sop<Character> firstOrAll = key(indices()).le(query(0)).value(tokens(CHAR));
    CompiledTransformer one = TransformerCompiler.compile(
        "first", firstOrAll.node(), Domain.ofChars("ab", 4));
    assertThat(one.run(chars("ba"))).containsExactly('b', 'b').inOrder();
    CompiledTransformer all = TransformerCompiler.compile(
        "all", Library.selectAll().value(tokens(CHAR)).named("all").node(),
        Domain.ofChars("ab", 4));
    assertThat(all.run(chars("a"))).containsExactly('a');
    RaspException error = assertThrows(RaspException.class, () -> all.run(chars("ab")));
    assertThat(error.sop()).isEqualTo("all");
    assertThat(error.position()).isEqualTo(0);
  }

  /** An empty selection gives the aggregate's default (tracr issue #25), not an arbitrary value. */
  @Test
  void anEmptySelectionGivesTheDefault() {
    Sop<Character> previous = key(indices()).eq(query(indices().minus(1)))
        .value(tokens(CHAR), '_');
    CompiledTransformer model = TransformerCompiler.compile(
        "previous", previous.node(), Domain.ofChars("ab", 4));
    assertThat(model.run(chars("abba"))).containsExactly('_', 'a', 'b', 'b').inOrder();
  }

  /**
   * A head that selects at most one key (the previous position) writes its value's one-hot
   * itself: no attention-output direction, no decoding MLP.
   */
  @Test
  void aHeadOfOneKeyWritesItsOneHot() {
    Sop<Character> previous = key(indices()).eq(query(indices().minus(1)))
        .value(tokens(CHAR), '_').named("previous");
    CompiledTransformer model = TransformerCompiler.compile(
        "previous", previous.node(), Domain.ofChars("ab", 3));
    assertThat(model.residualLabels()).containsExactly("one", "bos", "tokens:a", "tokens:b",
        "indices:0", "indices:1", "indices:2", "previous:_", "previous:a", "previous:b")
        .inOrder();
    assertThat(model.run(chars("bab"))).containsExactly('_', 'b', 'a').inOrder();
  }

  /**
   * A later head reads a direct head's one-hot at every key, BOS included: at BOS it must hold
   * nothing. "0<": the next token, '0' last, is ['<', '0']; not '<' is [0, 1]; summed: [0, 1].
   */
  @Test
  void aDirectHeadLeavesNothingAtBos() {
    Sop<Character> next = Library.shift(-1, '0', tokens(CHAR));
    Sop<Integer> sums = Library.cumsum(next.ne('<').toInt());
    CompiledTransformer model = TransformerCompiler.compile(
        "sums", sums.node(), Domain.ofChars("0<", 3));
    assertThat(model.run(chars("0<"))).containsExactly(0, 1).inOrder();
    assertThat(model.run(chars("<<<"))).containsExactly(0, 0, 1).inOrder();
  }

  /**
   * The interpreter adds from 0.0, so a mean of -0.0 is 0.0 (found by the transformer fuzzer: the
   * model decoded -0.0 and had no value for 0.0).
   */
  @Test
  void aMeanOfNegativeZeroIsZero() {
    Sop<Double> negativeZero = indices().toDouble().div(-4.0); // -0.0 at position 0
    Sop<Double> first = key(indices()).eq(query(0)).mean(negativeZero, -1.0);
    CompiledTransformer model = TransformerCompiler.compile(
        "first", first.node(), Domain.ofInts(3, 0, 1));
    List<Object> output = model.run(List.of(1, 0, 1));
    assertThat(output).containsExactly(0.0, 0.0, 0.0).inOrder();
    assertThat(Double.doubleToRawLongBits((Double) output.get(0)))
        .isEqualTo(Double.doubleToRawLongBits(0.0 + -0.0));
  }

  @Test
  void inputsOutsideTheDomainNameThePosition() {
    CompiledTransformer model = TransformerCompiler.compile(
        "length", Library.length().node(), Domain.ofChars("ab", 3));
    RaspException unknown = assertThrows(RaspException.class, () -> model.run(chars("abc")));
    assertThat(unknown.position()).isEqualTo(2);
    assertThat(unknown).hasMessageThat().contains("unknown token 'c'");
    RaspException tooLong = assertThrows(RaspException.class, () -> model.run(chars("abab")));
    assertThat(tooLong).hasMessageThat().contains("at most 3");
  }

  /** The residual's order is documented: one, bos, tokens, indices, then layer by layer. */
  @Test
  void theResidualLayoutIsStable() {
    CompiledTransformer model = TransformerCompiler.compile(
        "length", Library.length().named("n").node(), Domain.ofChars("ab", 2));
    assertThat(model.residualLabels()).containsExactly("one", "bos", "tokens:a", "tokens:b",
        "indices:0", "indices:1", "n:attention", "n:0", "n:1", "n:2").inOrder();
    assertThat(model.weights().config().layers()).isEqualTo(1);
    assertThat(model.weights().config().heads()).isEqualTo(1);
  }

  /** A mean is its head's output itself: read out as one number, with no one-hot of its own. */
  @Test
  void aMeanIsReadOutAsANumber() {
    Sop<Double> fracPrevs = Library.fracPrevs(tokens(CHAR).eq('l'));
    CompiledTransformer model = TransformerCompiler.compile(
        "frac_prevs", fracPrevs.node(), Domain.ofChars("lh", 30));
    assertThat(model.readout()).isEqualTo(Readout.NEAREST);
    assertThat(model.weights().config().dVocabOut()).isEqualTo(1);
    assertThat(model.residualLabels()).containsExactlyElementsIn(expectedLabels(30)).inOrder();
    String input = "lhl" + "h".repeat(26) + "l";
    List<Object> expected = new ArrayList<>();
    int ls = 0;
    for (int i = 0; i < input.length(); i++) {
      ls += input.charAt(i) == 'l' ? 1 : 0;
      expected.add((double) ls / (i + 1)); // the interpreter's mean: the sum over the count
    }
    assertThat(model.run(chars(input))).isEqualTo(expected);
  }

  private static List<String> expectedLabels(int maxSeqLen) {
    List<String> labels = new ArrayList<>(List.of("one", "bos", "tokens:l", "tokens:h"));
    for (int i = 0; i < maxSeqLen; i++) {
      labels.add("indices:" + i);
    }
    labels.add("frac_prevs:attention");
    return labels;
  }

  /**
   * A difference of two means takes one fraction as two doubles (0.6 - 0.4, 0.8 - 0.6): no
   * number tells them apart, so it is read out from a one-hot, exactly.
   */
  @Test
  void aDifferenceOfMeansKeepsItsDoubles() {
    Sop<Double> opens = Library.fracPrevs(tokens(CHAR).eq('('));
    Sop<Double> closes = Library.fracPrevs(tokens(CHAR).eq(')'));
    CompiledTransformer model = TransformerCompiler.compile(
        "balance", opens.minus(closes).node(), Domain.ofChars("()", 5));
    assertThat(model.readout()).isEqualTo(Readout.ARGMAX);
    // "((())": opens 1, 1, 1, 3/4, 3/5; closes 0, 0, 0, 1/4, 2/5
    assertThat(model.run(chars("((())"))).containsExactly(1.0, 1.0, 1.0,
        3.0 / 4 - 1.0 / 4, 3.0 / 5 - 2.0 / 5).inOrder();
  }

  /**
   * A sum of doubles such as 0.1 is not exact in float64, and the interpreter adds in position
   * order: the compiler refuses rather than guess the order. Multiples of a power of two are fine.
   */
  @Test
  void sumsOfInexactDoublesAreRefusedNamingTheAggregate() {
    Sop<Double> tenths = tokens(INT).toDouble().times(0.1);
    Sop<Double> total = Library.selectAll().value(tenths).named("total");
    RaspException error = assertThrows(RaspException.class,
        () -> TransformerCompiler.compile("total", total.node(), Domain.ofInts(3, 1, 2, 3)));
    assertThat(error.sop()).contains("total");
    assertThat(error).hasMessageThat().contains("depend on the order");
    Sop<Double> quarters = Library.selectAll().value(tokens(INT).toDouble().times(0.25));
    CompiledTransformer model = TransformerCompiler.compile(
        "quarters", quarters.node(), Domain.ofInts(3, 1, 2, 3));
    assertThat(model.run(List.of(1, 2, 3))).containsExactly(1.5, 1.5, 1.5).inOrder();
  }
}
