package org.rasp4j.analysis;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;

/** tracr's layout: attention and MLP sub-layers alternate, every elementwise op its own MLP. */
class TracrLayersTest {

  @Test
  void tracrsReverseTakesFourLayers() {
    // tracr's make_length: the width of a select-all on the tokens; make_reverse: (length -
    // indices) - 1 as two maps, then one aggregate.
    Sop<Character> t = tokens(CHAR);
    Sop<Integer> length = select(t, t, (k, q) -> true).width().named("length");
    Sop<Integer> opposite = length.minus(indices()).named("opp_idx").minus(1).named("opp_idx-1");
    Sop<Character> reverse = key(indices()).eq(query(opposite)).value(t).named("reverse");

    var schedule = reverse.schedule();

    // attention+MLP (width), MLP (minus indices), MLP (minus 1), attention (aggregate)
    assertThat(schedule.tracrLayers()).isEqualTo(4);
    assertThat(schedule.mlpSublayers()).isEqualTo(3);
    assertThat(schedule.attentionLayers()).isEqualTo(2);
    assertThat(reverse.eval("hello")).containsExactly('o', 'l', 'l', 'e', 'h').inOrder();
  }

  @Test
  void smallPrograms() {
    Sop<Integer> t = tokens(INT);
    assertThat(t.schedule().tracrLayers()).isEqualTo(0);
    assertThat(t.plus(1).schedule().tracrLayers()).isEqualTo(1);
    // two maps in a row are two MLP sub-layers: two layers
    assertThat(t.plus(1).times(2).schedule().tracrLayers()).isEqualTo(2);
    assertThat(t.plus(1).times(2).schedule().mlpSublayers()).isEqualTo(2);
    // an aggregate then a map fit in one layer (attention, then MLP)
    assertThat(before().value(t).plus(1).schedule().tracrLayers()).isEqualTo(1);
    // a map before the first aggregate pushes it to the second layer's attention
    assertThat(before().value(t.plus(1)).schedule().tracrLayers()).isEqualTo(2);
  }
}
