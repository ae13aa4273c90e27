package org.rasp4j.processor.generation;

/**
 * How large the generated methods may grow, in cost units (about one checked elementwise operation
 * each; see {@link Plan}). The JVM refuses a method over 64 KB of bytecode, and HotSpot does not
 * compile one over 8 000 bytes, so a program whose loops together cost more than {@code
 * maxInlineCost} runs each step (a head, a slice of a head's outputs, or a slice of an MLP of at
 * most {@code maxStepCost}) in its own method, called in order by {@code evaluate}.
 *
 * @param maxStepCost the most a step may cost, unless one operation alone costs more
 * @param maxInlineCost the most all steps may cost together and still be written inside {@code
 *     evaluate}
 */
record Layout(int maxStepCost, int maxInlineCost) {
  /** About 60 bytes of bytecode per unit: a step method stays near 3 KB, well under 8 000 bytes. */
  static final Layout DEFAULT = new Layout(48, 48);

  /** Every operation its own step, every step its own method: for tests of the split layout. */
  static final Layout SPLIT_EVERYTHING = new Layout(1, 0);

  Layout {
    if (maxStepCost < 1 || maxInlineCost < 0) {
      throw new IllegalArgumentException("step cost " + maxStepCost + ", inline " + maxInlineCost);
    }
  }
}
