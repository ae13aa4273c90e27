package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rasp4j.testing.Gen;

/**
 * Grouping, by counting or by sorting, against a tree map from each code to its positions: the
 * groups in increasing code, each group's positions increasing, and every code found or not.
 */
class GroupingTest {
  @Test
  void groupsAsATreeMapDoes() {
    Gen.forAll(400, gen -> {
      long[] codes = CodesForTests.draw(gen);
      TreeMap<Long, List<Integer>> expected = new TreeMap<>();
      for (int k = 0; k < codes.length; k++) {
        expected.computeIfAbsent(codes[k], c -> new ArrayList<>()).add(k);
      }
      Grouping grouping = Grouping.of(codes);
      assertThat(grouping.groups()).isEqualTo(expected.size());
      int g = 0;
      for (Map.Entry<Long, List<Integer>> group : expected.entrySet()) {
        assertThat(grouping.find(group.getKey())).isEqualTo(g);
        List<Integer> members = new ArrayList<>();
        for (int j = grouping.start()[g]; j < grouping.start()[g + 1]; j++) {
          members.add(grouping.members()[j]);
          assertThat(grouping.groupOf()[grouping.members()[j]]).isEqualTo(g);
        }
        assertThat(members).isEqualTo(group.getValue());
        g++;
      }
      for (int i = 0; i < 50; i++) {
        long probe = i % 2 == 0 ? gen.random().nextLong()
            : codes.length == 0 ? i : codes[gen.random().nextInt(codes.length)] + i % 5 - 2;
        assertThat(grouping.find(probe))
            .isEqualTo(expected.containsKey(probe) ? expected.headMap(probe).size() : -1);
      }
    });
  }
}
