package org.rasp4j.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.rasp4j.Sop;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Tokens;

/** Graph walks: a topological order of distinct computations, and RASPy's walk by object. */
class GraphTest {

  private static void assertInputsComeFirst(List<Node> order) {
    Set<Node> seen = new HashSet<>();
    for (Node node : order) {
      for (Node input : node.inputs()) {
        assertThat(seen).contains(input);
      }
      assertThat(seen.add(node)).isTrue(); // each computation once
    }
  }

  @Test
  void inputsComeBeforeTheNodesThatReadThem() {
    Sop<Integer> t = tokens(INT);
    Sop<Integer> doubled = t.times(2);
    Sop<Integer> shifted = t.plus(indices());
    Sop<Integer> output = doubled.minus(shifted);

    List<Node> order = Graph.topological(output.node());

    assertInputsComeFirst(order);
    // tokens, 2, tokens * 2, indices, tokens + indices, the difference
    assertThat(order).hasSize(6);
    assertThat(order.get(order.size() - 1)).isSameInstanceAs(output.node());
  }

  @Test
  void equalComputationsBuiltTwiceAppearOnceAsTheFirstMet() {
    Sop<Integer> t = tokens(INT);
    Sop<Integer> first = t.plus(1);
    Sop<Integer> second = t.plus(1);
    Sop<Integer> output = first.times(second);

    List<Node> order = Graph.topological(output.node());

    // tokens, 1, tokens + 1, the product
    assertThat(order).hasSize(4);
    assertThat(order).contains(first.node());
    Node kept = order.stream().filter(n -> n.equals(first.node())).findFirst().orElseThrow();
    assertThat(kept).isSameInstanceAs(first.node());
  }

  @Test
  void objectsKeepEveryObjectOnce() {
    Sop<Integer> t = tokens(INT);
    Sop<Integer> output = t.plus(1).times(t.plus(1));

    // the product, two sums, two constants 1, one tokens object
    assertThat(Graph.objects(output.node())).hasSize(6);
    assertThat(Graph.objects(t.plus(t).node())).hasSize(2);
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aHundredThousandDeepChainDoesNotOverflowTheStack() {
    int depth = 100_000;
    Sop<Integer> x = tokens(INT);
    for (int i = 0; i < depth; i++) {
      x = x.plus(1);
    }

    List<Node> order = Graph.topological(x.node());

    // the tokens, the constant 1 (the same computation each time), and the sums
    assertThat(order).hasSize(depth + 2);
    assertThat(order.get(0)).isInstanceOf(Tokens.class);
    assertThat(order.get(1)).isInstanceOf(Constant.class);
    assertThat(order.get(depth + 1)).isSameInstanceAs(x.node());
    assertThat(Graph.objects(x.node())).hasSize(2 * depth + 1);
    assertThat(x.schedule().attentionLayers()).isEqualTo(0);
    assertThat(x.eval(5, -7)).containsExactly(5 + depth, -7 + depth).inOrder();
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void twoDeepChainsBuiltApartMergeIntoOne() {
    int depth = 100_000;
    Sop<Integer> t = tokens(INT);
    Sop<Integer> first = t;
    Sop<Integer> second = t;
    for (int i = 0; i < depth; i++) {
      first = first.plus(1);
      second = second.plus(1);
    }
    Sop<Integer> output = first.plus(second.times(3));

    // the tokens, the constants 1 and 3, one chain of sums, times 3, the last sum
    assertThat(Graph.topological(output.node())).hasSize(depth + 5);
    assertThat(output.eval(0, 1)).containsExactly(4 * depth, 4 * (depth + 1)).inOrder();
  }

  @Test
  @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
  void aDeepDiamondDagIsWalkedOncePerNode() {
    Sop<Integer> x = tokens(INT);
    for (int i = 0; i < 60; i++) {
      x = x.plus(x);
    }
    assertThat(Graph.topological(x.node())).hasSize(61);
    assertThat(Graph.objects(x.node())).hasSize(61);
    assertThat(x.schedule().attentionLayers()).isEqualTo(0);
    assertThat(x.eval(0, 0)).containsExactly(0, 0).inOrder();
  }
}
