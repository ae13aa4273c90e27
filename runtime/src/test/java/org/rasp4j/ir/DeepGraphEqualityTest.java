package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Complexity guards: a DAG with many diamonds has 2^depth paths, so hashing or comparing it must
 * visit each node (pair) once, and a long chain must not recurse once per level. The timeouts are
 * generous (the build machine may be busy); they catch exponential or stack-bound algorithms,
 * not slowness.
 */
class DeepGraphEqualityTest {
  private static final int DIAMONDS = 60;
  private static final int CHAIN = 100_000;

  /** x = x + x, {@code levels} times: 2^levels paths from the top to the tokens. */
  private static SopNode diamonds(int levels) {
    SopNode x = new Tokens(ElementType.INT);
    for (int i = 0; i < levels; i++) {
      x = Elementwise.of(Builtin.PLUS, x, x);
    }
    return x;
  }

  private static SopNode chain(int length) {
    SopNode x = new Tokens(ElementType.INT);
    for (int i = 0; i < length; i++) {
      x = Elementwise.of(Builtin.PLUS, x, new Constant(1));
    }
    return x;
  }

  @Test
  @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
  void hashingADeepDiamondDagIsLinear() {
    Set<SopNode> set = new HashSet<>();
    set.add(diamonds(DIAMONDS));

    assertThat(set).contains(diamonds(DIAMONDS));
    assertThat(diamonds(DIAMONDS).hashCode()).isEqualTo(diamonds(DIAMONDS).hashCode());
  }

  @Test
  @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
  void comparingTwoDeepDiamondDagsBuiltApartIsLinear() {
    assertThat(diamonds(DIAMONDS)).isEqualTo(diamonds(DIAMONDS));
    assertThat(diamonds(DIAMONDS)).isNotEqualTo(diamonds(DIAMONDS - 1));
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void comparingTwoLongChainsBuiltApartDoesNotOverflowTheStack() {
    SopNode chain = chain(CHAIN);
    assertThat(chain(CHAIN)).isEqualTo(chain);
    assertThat(chain(CHAIN - 1)).isNotEqualTo(chain);
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void chainsThatDifferOnlyAtTheBottomAreUnequal() {
    SopNode fromInts = new Tokens(ElementType.INT);
    SopNode fromIndices = new Indices();
    for (int i = 0; i < CHAIN; i++) {
      fromInts = Elementwise.of(Builtin.PLUS, fromInts, new Constant(1));
      fromIndices = Elementwise.of(Builtin.PLUS, fromIndices, new Constant(1));
    }
    assertThat(fromInts).isNotEqualTo(fromIndices);
  }
}
