package org.rasp4j.analysis;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.Selector;
import org.rasp4j.Sop;

/** RASP's layer rule, on programs small enough to count by hand. */
class ScheduleLayersTest {
  private final Sop<Integer> t = tokens(INT);

  @Test
  void tokensIndicesAndConstantsAreAtLayerZero() {
    for (Sop<?> embedding : new Sop<?>[] {tokens(CHAR), indices(), constant(3), constant("s")}) {
      Schedule schedule = embedding.schedule();
      assertThat(schedule.attentionLayers()).isEqualTo(0);
      assertThat(schedule.layerOf(embedding.node())).isEqualTo(0);
      assertThat(schedule.layers()).hasSize(1);
      assertThat(schedule.layers().get(0).heads()).isEmpty();
      assertThat(schedule.headsPerLayer()).isEmpty();
    }
  }

  @Test
  void elementwiseOperationsCostNoLayer() {
    Sop<Boolean> output = t.times(2).minus(indices()).gt(3).and(t.eq(1));
    Schedule schedule = output.schedule();

    assertThat(schedule.attentionLayers()).isEqualTo(0);
    // times, minus, gt, eq, and: all in layer 0's MLP
    assertThat(schedule.layers().get(0).mlp()).hasSize(5);
  }

  @Test
  void elementwiseIsAtTheHighestLayerOfItsOperands() {
    Sop<Integer> one = before().value(t);
    Sop<Integer> two = key(one).eq(query(one)).value(one);
    Sop<Integer> mixed = one.plus(two).plus(indices());
    Schedule schedule = mixed.schedule();

    assertThat(schedule.layerOf(one.node())).isEqualTo(1);
    assertThat(schedule.layerOf(two.node())).isEqualTo(2);
    assertThat(schedule.layerOf(mixed.node())).isEqualTo(2);
    assertThat(schedule.attentionLayers()).isEqualTo(2);
    assertThat(schedule.layers().get(2).mlp()).hasSize(2);
    assertThat(schedule.layers().get(1).mlp()).isEmpty();
  }

  @Test
  void aSelectorIsAtTheHighestLayerOfItsKeysAndQueries() {
    Sop<Integer> one = before().value(t);
    Selector mixed = key(one).eq(query(indices()));
    Sop<Integer> output = mixed.value(t);
    Schedule schedule = output.schedule();

    assertThat(schedule.layerOf(before().node())).isEqualTo(0);
    assertThat(schedule.layerOf(mixed.node())).isEqualTo(1);
  }

  @Test
  void anAggregateIsOneAboveItsSelectorAndValues() {
    Sop<Integer> one = before().value(t);
    Sop<Integer> bySelector = key(one).eq(query(indices())).value(t);
    Sop<Integer> byValues = before().value(one);
    Schedule schedule = bySelector.plus(byValues).schedule();

    assertThat(schedule.layerOf(bySelector.node())).isEqualTo(2);
    assertThat(schedule.layerOf(byValues.node())).isEqualTo(2);
    assertThat(schedule.attentionLayers()).isEqualTo(2);
  }

  @Test
  void aSelectorWidthIsOneAboveItsSelector() {
    Sop<Integer> one = before().value(t);
    Sop<Integer> widthAtOne = before().width();
    Sop<Integer> widthAtTwo = key(one).lt(query(one)).width();
    Schedule schedule = widthAtOne.plus(widthAtTwo).schedule();

    assertThat(schedule.layerOf(widthAtOne.node())).isEqualTo(1);
    assertThat(schedule.layerOf(widthAtTwo.node())).isEqualTo(2);
  }

  @Test
  void theLayerCountIsTheOutputsLayer() {
    Sop<Integer> x = t;
    for (int i = 0; i < 5; i++) {
      x = key(x).le(query(x)).value(x);
    }
    assertThat(x.schedule().attentionLayers()).isEqualTo(5);
    assertThat(x.schedule().layers()).hasSize(6);
  }
}
