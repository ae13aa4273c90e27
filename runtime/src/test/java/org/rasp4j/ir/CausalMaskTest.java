package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;

/**
 * The causal rule: tracr's causal test cases by hand, and the identity that defines causality
 * (the value at position i is the program's value at the last position of the prefix 0..i, run
 * without the mask) for programs whose heads select only keys up to the query anyway, or select
 * everything (where the prefix's last position sees exactly the masked keys).
 */
class CausalMaskTest {
  @Test
  void tracrsCausalCases() {
    // selector width of select-all on "abcd": 1, 2, 3, 4
    assertThat(Library.selectAll().width().causal().eval("abcd"))
        .containsExactly(1, 2, 3, 4).inOrder();
    // frac_prevs of 'l' on "hello": 0, 0, 1/3, 2/4, 2/5 (the same with or without the mask)
    assertThat(Library.fracPrevs(tokens(CHAR).eq('l')).causal().eval("hello"))
        .containsExactly(0.0, 0.0, 1.0 / 3, 0.5, 0.4).inOrder();
    // shift_by(1): the previous token, the fill first
    Selector previous = select(indices(), indices(), (Integer k, Integer q) -> q == k + 1);
    assertThat(previous.value(tokens(CHAR), '_').causal().eval("abcd"))
        .containsExactly('_', 'a', 'b', 'c').inOrder();
  }

  @Test
  void aHeadThatLooksAheadSelectsNothing() {
    Sop<Integer> later = key(indices()).gt(query(indices())).width();
    assertThat(later.eval("abc")).containsExactly(2, 1, 0).inOrder();
    assertThat(later.causal().eval("abc")).containsExactly(0, 0, 0).inOrder();
  }

  @Test
  void theMaskIsAppliedOnce() {
    SopNode once = Library.length().causal().node();
    assertThat(CausalMask.apply(once)).isEqualTo(once);
  }

  /**
   * A head and-ed with the program's own {@code key(indices) <= query(indices)} still has the
   * heads inside its keys masked (found by the program fuzzer: they were left unmasked).
   */
  @Test
  void headsInsideAnAlreadyBoundedSelectorAreMasked() {
    Sop<Integer> inner = Library.selectAll().width(); // n, or the prefix length when masked
    Sop<Integer> outer = key(inner).eq(query(inner)).and(Library.upToSelf()).width();
    // masked: inner is 1, 2, 3; each query selects keys up to it with the same inner value: 1
    assertThat(outer.causal().eval("abc")).containsExactly(1, 1, 1).inOrder();
    assertThat(outer.eval("abc")).containsExactly(1, 2, 3).inOrder();
  }

  /** Causal output at i = the unmasked program's last output on the prefix 0..i. */
  @Test
  void aCausalRunIsTheLastPositionOfEachPrefix() {
    List<Sop<?>> programs = List.of(
        Library.length(),
        Library.selectAll().value(tokens(CHAR).eq('a').toInt()),
        key(tokens(CHAR)).eq(query(tokens(CHAR))).width(),
        Library.fracPrevs(tokens(CHAR).eq('b')),
        key(indices()).eq(query(indices().minus(1))).value(tokens(CHAR), '_'),
        key(tokens(CHAR)).lt(query(tokens(CHAR))).width().plus(Library.length()));
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int trial = 0; trial < 200; trial++) {
      StringBuilder input = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        input.append("abc".charAt(random.nextInt(3)));
      }
      for (Sop<?> program : programs) {
        List<?> causal = program.causal().eval(input.toString());
        for (int i = 0; i < n; i++) {
          List<?> prefix = program.eval(input.substring(0, i + 1));
          assertWithMessage("%s on %s at %s (seed %s)", program, input, i, seed)
              .that(causal.get(i)).isEqualTo(prefix.get(i));
        }
      }
    }
  }
}
