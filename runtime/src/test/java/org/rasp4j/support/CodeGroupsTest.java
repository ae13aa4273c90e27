package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Codes are numbered in the order they are first added, found again after the table grows, and
 * unknown codes are not found; checked against a HashMap on seeded random codes (few distinct,
 * spread over the whole long range, and differing only in their high bits).
 */
class CodeGroupsTest {
  private static final long SEED = 20261201L;

  @Test
  void numbersCodesInFirstAdditionOrder() {
    Random random = new Random(SEED);
    for (int run = 0; run < 30; run++) {
      CodeGroups groups = new CodeGroups();
      Map<Long, Integer> reference = new HashMap<>();
      int kind = run % 3;
      for (int step = 0; step < 2000; step++) {
        long code = switch (kind) {
          case 0 -> random.nextInt(50) - 25;
          case 1 -> random.nextLong();
          default -> (long) random.nextInt(300) << 40;
        };
        String context = "seed " + SEED + ", run " + run + ", step " + step + ", code " + code;
        Integer known = reference.get(code);
        assertWithMessage(context).that(groups.find(code)).isEqualTo(known == null ? -1 : known);
        int expected = known == null ? reference.size() : known;
        reference.putIfAbsent(code, expected);
        assertWithMessage(context).that(groups.add(code)).isEqualTo(expected);
        assertWithMessage(context).that(groups.groups()).isEqualTo(reference.size());
      }
      for (Map.Entry<Long, Integer> entry : reference.entrySet()) {
        assertThat(groups.find(entry.getKey())).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void capacityDoublesFromSixteenUpToTheMaximum() {
    assertThat(Capacity.next(0)).isEqualTo(16);
    assertThat(Capacity.next(16)).isEqualTo(32);
    assertThat(Capacity.next(Capacity.MAX - 1)).isEqualTo(Capacity.MAX);
    assertThrows(OutOfMemoryError.class, () -> Capacity.next(Capacity.MAX));
    assertThat(Capacity.copyOf(new char[] {'a', 'b'}, 3)).isEqualTo(new char[] {'a', 'b', 0});
    assertThat(Capacity.copyOf(new int[] {4}, 2)).isEqualTo(new int[] {4, 0});
  }
}
