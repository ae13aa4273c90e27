package org.rasp4j.support;

/**
 * Long codes numbered as they are first added: the groups of a generated decoder's equality
 * heads, which grow by one key per appended position. An open-addressing hash table, so that
 * adding and finding a code cost O(1) amortised whatever the codes' range.
 */
public final class CodeGroups {
  private static final int FIRST_CAPACITY = 16;

  /** The codes, by slot; meaningful where {@link #numbers} is not 0. */
  private long[] codes = new long[FIRST_CAPACITY];
  /** Each slot's group plus 1, 0 for an empty slot. */
  private int[] numbers = new int[FIRST_CAPACITY];
  private int groups;

  /** An empty numbering. */
  public CodeGroups() {}

  /** {@return the number of distinct codes added} */
  public int groups() {
    return groups;
  }

  /**
   * {@return the group of a code, or -1 when it was never added}
   *
   * @param code the code
   */
  public int find(long code) {
    int mask = codes.length - 1;
    for (int slot = spread(code) & mask; ; slot = (slot + 1) & mask) {
      if (numbers[slot] == 0) {
        return -1;
      }
      if (codes[slot] == code) {
        return numbers[slot] - 1;
      }
    }
  }

  /**
   * {@return the group of a code, numbered {@link #groups()} (before the call) when it is new}
   *
   * @param code the code
   */
  public int add(long code) {
    int mask = codes.length - 1;
    int slot = spread(code) & mask;
    for (; numbers[slot] != 0; slot = (slot + 1) & mask) {
      if (codes[slot] == code) {
        return numbers[slot] - 1;
      }
    }
    int group = groups++;
    codes[slot] = code;
    numbers[slot] = group + 1;
    if (2 * groups > codes.length) {
      rehash();
    }
    return group;
  }

  /** Doubles the table, keeping it at most half full so that probes stay short. */
  private void rehash() {
    long[] oldCodes = codes;
    int[] oldNumbers = numbers;
    codes = new long[oldCodes.length * 2];
    numbers = new int[oldNumbers.length * 2];
    int mask = codes.length - 1;
    for (int i = 0; i < oldCodes.length; i++) {
      if (oldNumbers[i] != 0) {
        int slot = spread(oldCodes[i]) & mask;
        while (numbers[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        codes[slot] = oldCodes[i];
        numbers[slot] = oldNumbers[i];
      }
    }
  }

  /** Mixes every bit of the code into the low bits (codes that differ only high spread too). */
  private static int spread(long code) {
    long h = code * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
