package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Library.sort;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.ir.Elementwise;

/** The loops a program becomes, what they store, and when failures are thrown. */
class PlanTest {
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final Sop<Integer> INTS = tokens(INT);

  @Test
  void flipIsAHeadAnMlpAndAHead() {
    Sop<Integer> first = length().minus(indices());
    Sop<Integer> opposite = first.minus(1);
    Sop<Character> flip = key(opposite).eq(query(indices())).value(CHARS);
    Plan plan = Plan.of(flip.schedule());

    List<Step> steps = plan.steps();
    assertThat(steps).hasSize(3);
    Step.Head length = (Step.Head) steps.get(0);
    assertThat(length.layer()).isEqualTo(1);
    assertThat(length.aggregates()).hasSize(1);
    Step.Mlp mlp = (Step.Mlp) steps.get(1);
    assertThat(mlp.layer()).isEqualTo(1);
    assertThat(mlp.nodes()).containsExactly(first.node(), opposite.node()).inOrder();
    assertThat(((Step.Head) steps.get(2)).layer()).isEqualTo(2);

    // The head of layer 2 reads the second subtraction; only the MLP reads the first.
    assertThat(plan.inArray((Elementwise) opposite.node())).isTrue();
    assertThat(plan.inArray((Elementwise) first.node())).isFalse();
    // Only the last aggregate (two chars) may fail, so nothing waits.
    assertThat(plan.deferredNodes()).isEmpty();
  }

  @Test
  void aFailureBeforeItsTurnWaitsForTheNodesBeforeIt() {
    Sop<Character> late = key(length()).eq(query(length())).value(CHARS);
    Sop<Character> early = selectAll().value(CHARS);
    Sop<Character> program = where(CHARS.eq('a'), late, early);
    Plan plan = Plan.of(program.schedule());

    // Steps: layer 0 MLP (==), layer 1 heads (length, early), layer 2 head (late), its MLP.
    List<Step> steps = plan.steps();
    int earlyStep = indexOfHeadFeeding(steps, early);
    int lateStep = indexOfHeadFeeding(steps, late);
    assertThat(earlyStep).isLessThan(lateStep);
    assertThat(plan.deferred(early.node())).isTrue();
    assertThat(plan.deferred(late.node())).isFalse();
    assertThat(plan.deferredNodes()).containsExactly(early.node());
    assertThat(plan.checksAfter(lateStep)).containsExactly(early.node());
    assertThat(plan.checksAfter(earlyStep)).isEmpty();
  }

  @Test
  void aWidthIsCountedInTheFirstOfItsTwoHeads() {
    Plan plan = Plan.of(sort(INTS, INTS).schedule());
    Step.Head first = (Step.Head) plan.steps().get(0);
    Step.Head second = (Step.Head) plan.steps().get(1);
    assertThat(first.widths()).hasSize(1);
    assertThat(first.aggregates()).isEmpty();
    assertThat(second.widths()).isEmpty();
    assertThat(second.countedBefore()).isEqualTo(first.widths());
  }

  private static int indexOfHeadFeeding(List<Step> steps, Sop<?> aggregate) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof Step.Head head && head.aggregates().contains(aggregate.node())) {
        return i;
      }
    }
    throw new AssertionError(aggregate + " is in no head");
  }
}
