package org.rasp4j.analysis;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Library.before;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.ir.SopNode;

/** The chain of heads that forces a program's depth. */
class CriticalPathTest {

  @Test
  void oneHeadPerLayerFromTheFirstToTheOutput() {
    Sop<Integer> t = tokens(INT);
    Sop<Integer> first = before().value(t).named("first"); // layer 1
    Sop<Integer> side = selectAll().value(indices()); // layer 1, off the path
    Sop<Integer> second = key(first).eq(query(indices())).value(first).named("second"); // 2
    Sop<Integer> third =
        key(second.plus(1)).lt(query(side)).value(t).named("third"); // layer 3

    List<SopNode> path = third.schedule().criticalPath();

    assertThat(path).containsExactly(first.node(), second.node(), third.node()).inOrder();
    assertThat(path.stream().map(SopNode::name).toList())
        .containsExactly("first", "second", "third")
        .inOrder();
  }

  @Test
  void aProgramWithoutHeadsHasAnEmptyPath() {
    assertThat(tokens(INT).plus(1).schedule().criticalPath()).isEmpty();
  }
}
