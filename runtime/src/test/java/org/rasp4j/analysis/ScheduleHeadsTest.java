package org.rasp4j.analysis;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Library.upToSelf;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.Selector;
import org.rasp4j.Sop;

/**
 * Heads per layer two ways: merged (distinct selectors, what rasp4j runs and the original RASP
 * counts) and per object (RASPy's count).
 */
class ScheduleHeadsTest {
  private final Sop<Integer> t = tokens(INT);

  @Test
  void theSameAggregateBuiltTwiceIsOneMergedHeadAndTwoRaspyHeads() {
    Sop<Integer> first = before().value(t);
    Sop<Integer> second = before().value(t);
    Schedule schedule = first.plus(second).schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(1);
    assertThat(schedule.objectHeadsPerLayer()).containsExactly(2);
  }

  @Test
  void aggregatesSharingASelectorInALayerShareOneHead() {
    Selector selector = before();
    Sop<Integer> ofTokens = selector.value(t);
    Sop<Integer> ofIndices = selector.value(indices());
    Schedule schedule = ofTokens.plus(ofIndices).schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(1);
    assertThat(schedule.objectHeadsPerLayer()).containsExactly(2);
    Head head = schedule.layers().get(1).heads().get(0);
    assertThat(head.selector()).isEqualTo(selector.node());
    assertThat(head.outputs()).containsExactly(ofTokens.node(), ofIndices.node());
  }

  @Test
  void differentSelectorsAreDifferentHeads() {
    Schedule schedule = before().value(t).plus(upToSelf().value(t)).schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(2);
    assertThat(schedule.objectHeadsPerLayer()).containsExactly(2);
  }

  @Test
  void aSelectorWidthTakesTwoHeads() {
    Schedule schedule = before().width().schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(2);
    assertThat(schedule.objectHeadsPerLayer()).containsExactly(2);
  }

  @Test
  void aWidthHeadMergesWithAnAggregateOnTheSamePattern() {
    // The width's first head attends to "before, or key position 0"; so does this aggregate.
    Selector beforeOrFirst = before().or(key(indices()).eq(query(0)));
    Schedule schedule = before().width().plus(beforeOrFirst.value(t)).schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(2);
    assertThat(schedule.objectHeadsPerLayer()).containsExactly(3);
  }

  @Test
  void headsAreCountedPerLayer() {
    Sop<Integer> one = before().value(t).plus(upToSelf().value(t)); // 2 heads in layer 1
    Sop<Integer> two = key(one).eq(query(indices())).value(t); // 1 head in layer 2
    Schedule schedule = two.schedule();

    assertThat(schedule.headsPerLayer()).containsExactly(2, 1).inOrder();
    assertThat(schedule.maxHeadsPerLayer()).isEqualTo(2);
    assertThat(schedule.totalHeads()).isEqualTo(3);
  }
}
