package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What an aggregate's values and default may be, and the type it produces. */
class AggregateTypingTest {
  private static final SelectorNode BEFORE = new Select(new Indices(), new Indices(), Builtin.LT);

  @Test
  void aSumHasTheValuesType() {
    for (ElementType type : ElementType.values()) {
      assertThat(new Aggregate(Reduction.SUM, BEFORE, new Tokens(type), null).type())
          .isEqualTo(type);
    }
  }

  @Test
  void aMeanIsADoubleOfNumbers() {
    assertThat(new Aggregate(Reduction.MEAN, BEFORE, new Indices(), null).type())
        .isEqualTo(ElementType.DOUBLE);
    assertThat(new Aggregate(Reduction.MEAN, BEFORE, new Tokens(ElementType.DOUBLE), null).type())
        .isEqualTo(ElementType.DOUBLE);
  }

  @Test
  void aMeanOfCharsIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Aggregate(Reduction.MEAN, BEFORE, new Tokens(ElementType.CHAR), null));
    assertThat(e).hasMessageThat().isEqualTo("mean needs int or double values, not char");
  }

  @Test
  void aMeanOfBooleansSuggestsToInt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Aggregate(Reduction.MEAN, BEFORE, new Tokens(ElementType.BOOL), null));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("mean needs int or double values, not boolean; convert booleans with toInt()");
  }

  @Test
  void theDefaultMustHaveTheResultType() {
    IllegalArgumentException sum =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Aggregate(Reduction.SUM, BEFORE, new Indices(), 'x'));
    assertThat(sum)
        .hasMessageThat()
        .isEqualTo("the default of this aggregate must be of its type, int, not char");
    // A mean is a double even of ints, so its default is a double.
    IllegalArgumentException mean =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Aggregate(Reduction.MEAN, BEFORE, new Indices(), 0));
    assertThat(mean).hasMessageThat().contains("must be of its type, double, not int");
  }

  @Test
  void withoutADefaultTheZeroOfTheTypeIsUsed() {
    assertThat(new Aggregate(Reduction.SUM, BEFORE, new Indices(), null).effectiveDefault())
        .isEqualTo(0);
    assertThat(new Aggregate(Reduction.MEAN, BEFORE, new Indices(), null).effectiveDefault())
        .isEqualTo(0.0);
    assertThat(
            new Aggregate(Reduction.SUM, BEFORE, new Tokens(ElementType.BOOL), null)
                .effectiveDefault())
        .isEqualTo(false);
    assertThat(
            new Aggregate(Reduction.SUM, BEFORE, new Tokens(ElementType.CHAR), null)
                .effectiveDefault())
        .isEqualTo('\0');
    assertThat(
            new Aggregate(Reduction.SUM, BEFORE, new Tokens(ElementType.STRING), null)
                .effectiveDefault())
        .isEqualTo("");
    assertThat(
            new Aggregate(Reduction.SUM, BEFORE, new Tokens(ElementType.CHAR), '_')
                .effectiveDefault())
        .isEqualTo('_');
  }
}
