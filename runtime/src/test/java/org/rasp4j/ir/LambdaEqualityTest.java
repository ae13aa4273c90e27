package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Fn1;
import org.rasp4j.Predicate2;

/**
 * A function is the same operation as another when it comes from the same source lambda (or
 * method reference) with equal captured values; a function that is no lambda only as itself.
 */
class LambdaEqualityTest {
  private static Fn1<Integer, Integer> increment() {
    return x -> x + 1;
  }

  private static Fn1<Integer, Integer> plus(int d) {
    return x -> x + d;
  }

  private static Fn1<Integer, String> label(String prefix, List<Integer> seen) {
    return x -> prefix + x + seen.size();
  }

  static boolean close(int k, int q) {
    return k - q < 2;
  }

  static boolean far(int k, int q) {
    return k - q > 2;
  }

  @Test
  void oneLambdaEvaluatedTwiceIsOneOperation() {
    assertEqual(new Lambda(increment(), "map"), new Lambda(increment(), "map"));
  }

  @Test
  void oneLambdaCapturingEqualValuesIsOneOperation() {
    Fn1<Integer, Integer> a = plus(3);
    Fn1<Integer, Integer> b = plus(3);
    assertThat(a).isNotSameInstanceAs(b); // a capturing lambda is a new object each time
    assertEqual(new Lambda(a, "map"), new Lambda(b, "map"));
    // Equal, not identical, captured objects: two strings and two lists built apart.
    assertEqual(new Lambda(label(new String("n"), List.of(1)), "map"),
        new Lambda(label("n", List.of(1)), "map"));
  }

  @Test
  void oneLambdaCapturingDifferentValuesIsTwoOperations() {
    assertThat(new Lambda(plus(3), "map")).isNotEqualTo(new Lambda(plus(4), "map"));
    assertThat(new Lambda(label("n", List.of(1)), "map"))
        .isNotEqualTo(new Lambda(label("n", List.of(2)), "map"));
  }

  @Test
  void theSameTextAtTwoPlacesIsTwoOperations() {
    Fn1<Integer, Integer> first = x -> x + 1;
    Fn1<Integer, Integer> second = x -> x + 1;
    assertThat(new Lambda(first, "map")).isNotEqualTo(new Lambda(second, "map"));
    assertThat(new Lambda(first, "map")).isNotEqualTo(new Lambda(increment(), "map"));
  }

  @Test
  void twoReferencesToOneMethodAreOneOperation() {
    Predicate2<Integer, Integer> a = LambdaEqualityTest::close;
    Predicate2<Integer, Integer> b = LambdaEqualityTest::close;
    Predicate2<Integer, Integer> c = LambdaEqualityTest::far;
    assertEqual(new Lambda(a, "select"), new Lambda(b, "select"));
    assertThat(new Lambda(a, "select")).isNotEqualTo(new Lambda(c, "select"));
  }

  @Test
  void theSymbolIsPartOfTheOperation() {
    assertThat(new Lambda(increment(), "map")).isNotEqualTo(new Lambda(increment(), "zip"));
  }

  /** A function that is no lambda: javac gives it no serialized form to compare. */
  private static final class Doubler implements Fn1<Integer, Integer> {
    private static final long serialVersionUID = 1L;

    @Override
    public Integer apply(Integer x) {
      return 2 * x;
    }
  }

  @Test
  void aFunctionThatIsNoLambdaIsEqualOnlyToItself() {
    Doubler doubler = new Doubler();
    assertEqual(new Lambda(doubler, "map"), new Lambda(doubler, "map"));
    assertThat(new Lambda(doubler, "map")).isNotEqualTo(new Lambda(new Doubler(), "map"));
  }

  @Test
  void equalOperationsMakeEqualNodes() {
    SopNode tokens = new Tokens(ElementType.INT);
    SopNode a = new Elementwise(ElementType.INT, new Lambda(plus(3), "map"), List.of(tokens));
    SopNode b = new Elementwise(ElementType.INT, new Lambda(plus(3), "map"), List.of(tokens));
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  private static void assertEqual(Lambda a, Lambda b) {
    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }
}
