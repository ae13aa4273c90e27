package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Fn1;

/** Structural equality: equal computations are equal whatever their names, lines or objects. */
class NodeEqualityTest {

  /** A small program touching every node class, built afresh on every call. */
  private static SopNode everyKindOfNode() {
    SopNode tokens = new Tokens(ElementType.INT);
    SopNode indices = new Indices();
    SelectorNode before = new Select(indices, new Indices(), Builtin.LT);
    SelectorNode same = new Select(tokens, new Tokens(ElementType.INT), Builtin.EQ);
    SopNode count =
        new Aggregate(Reduction.SUM, SelectorLogic.and(before, same), new Constant(1), 7);
    SopNode width = new SelectorWidth(SelectorLogic.or(before, SelectorLogic.not(same)));
    SopNode mean = new Aggregate(Reduction.MEAN, before, tokens, null);
    return Elementwise.of(
        Builtin.WHERE,
        Elementwise.of(Builtin.GT, mean, new Constant(0.5)),
        Elementwise.of(Builtin.PLUS, count, width),
        new Constant(-1));
  }

  @Test
  void equalComputationsBuiltTwiceAreEqualAndHashEqual() {
    SopNode first = everyKindOfNode();
    SopNode second = everyKindOfNode();

    assertThat(second).isNotSameInstanceAs(first);
    assertThat(second).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
  }

  @Test
  void leavesBuiltTwiceAreEqual() {
    assertThat(new Tokens(ElementType.CHAR)).isEqualTo(new Tokens(ElementType.CHAR));
    assertThat(new Indices()).isEqualTo(new Indices());
    assertThat(new Constant("ab")).isEqualTo(new Constant("a" + "b".repeat(1)));
    assertThat(new Constant(2.5).hashCode()).isEqualTo(new Constant(2.5).hashCode());
  }

  @Test
  void namesAndLinesDoNotAffectEquality() {
    SopNode plain = Elementwise.of(Builtin.PLUS, new Tokens(ElementType.INT), new Constant(1));
    SopNode named = plain.named("bump");
    SopNode placed = plain.at(42);

    assertThat(named).isEqualTo(plain);
    assertThat(placed).isEqualTo(named);
    assertThat(named.hashCode()).isEqualTo(plain.hashCode());
    assertThat(named.name()).isEqualTo("bump");
    assertThat(placed.line()).isEqualTo(42);
    assertThat(plain.name()).isNull();
  }

  @Test
  void namedInputsDoNotAffectTheEqualityOfTheirReaders() {
    SopNode fromNamed =
        Elementwise.of(Builtin.PLUS, new Tokens(ElementType.INT).named("x").at(3), new Indices());
    SopNode fromPlain = Elementwise.of(Builtin.PLUS, new Tokens(ElementType.INT), new Indices());
    SelectorNode namedSelector = new Select(new Indices(), new Indices(), Builtin.LT).named("lt");

    assertThat(fromNamed).isEqualTo(fromPlain);
    assertThat(namedSelector).isEqualTo(new Select(new Indices(), new Indices(), Builtin.LT));
  }

  @Test
  void differentConstantsAreUnequal() {
    assertThat(new Constant(1)).isNotEqualTo(new Constant(2));
    assertThat(new Constant(1)).isNotEqualTo(new Constant(1.0));
    assertThat(new Constant('a')).isNotEqualTo(new Constant("a"));
    assertThat(new Constant(true)).isNotEqualTo(new Constant(false));
  }

  @Test
  void differentOperatorsAreUnequal() {
    SopNode tokens = new Tokens(ElementType.INT);
    SopNode indices = new Indices();

    assertThat(Elementwise.of(Builtin.PLUS, tokens, indices))
        .isNotEqualTo(Elementwise.of(Builtin.MINUS, tokens, indices));
    assertThat(Elementwise.of(Builtin.MINUS, tokens, indices))
        .isNotEqualTo(Elementwise.of(Builtin.MINUS, indices, tokens));
    assertThat(new Select(tokens, indices, Builtin.EQ))
        .isNotEqualTo(new Select(tokens, indices, Builtin.LT));
    SelectorNode a = new Select(tokens, indices, Builtin.EQ);
    SelectorNode b = new Select(indices, indices, Builtin.LT);
    assertThat(SelectorLogic.and(a, b)).isNotEqualTo(SelectorLogic.or(a, b));
    assertThat(new Aggregate(Reduction.SUM, a, tokens, null))
        .isNotEqualTo(new Aggregate(Reduction.MEAN, a, tokens, null));
    assertThat(new Aggregate(Reduction.SUM, a, tokens, 5))
        .isNotEqualTo(new Aggregate(Reduction.SUM, a, tokens, 7));
    assertThat(new Aggregate(Reduction.SUM, a, tokens, null))
        .isNotEqualTo(new SelectorWidth(a));
  }

  @Test
  void differentTypesAreUnequal() {
    assertThat(new Tokens(ElementType.INT)).isNotEqualTo(new Tokens(ElementType.CHAR));
    // Indices and int tokens are both int sequences, but different ones.
    assertThat(new Indices()).isNotEqualTo(new Tokens(ElementType.INT));
    Lambda identity = new Lambda((Fn1<Object, Object>) x -> x, "map");
    SopNode tokens = new Tokens(ElementType.INT);
    assertThat(new Elementwise(ElementType.INT, identity, List.of(tokens)))
        .isNotEqualTo(new Elementwise(ElementType.DOUBLE, identity, List.of(tokens)));
  }

  @Test
  void lambdasWithTheSameTextAtTwoPlacesAreDifferent() {
    Fn1<Integer, Integer> increment = x -> x + 1;
    Fn1<Integer, Integer> sameCodeOtherObject = x -> x + 1;
    SopNode tokens = new Tokens(ElementType.INT);

    assertThat(new Lambda(increment, "map")).isEqualTo(new Lambda(increment, "map"));
    assertThat(new Lambda(increment, "map")).isNotEqualTo(new Lambda(sameCodeOtherObject, "map"));
    assertThat(map(increment, tokens)).isEqualTo(map(increment, new Tokens(ElementType.INT)));
    assertThat(map(increment, tokens)).isNotEqualTo(map(sameCodeOtherObject, tokens));
  }

  private static SopNode map(Fn1<Integer, Integer> function, SopNode operand) {
    return new Elementwise(
        ElementType.INT, new Lambda(function, "map"), List.of(operand));
  }
}
