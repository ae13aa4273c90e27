package org.rasp4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded random values for property tests, and the loop that runs a property on many of them.
 *
 * <p>Every try has its own seed; a failing try is reported with that seed and every value it drew,
 * and {@code -Drasp4j.seed=SEED} makes the first try of every property use exactly that seed (so a
 * failure reruns as its first try). Without the property each run starts from a fresh seed, as
 * property testing should: the same inputs every run would test less over time.
 */
public final class Gen {
  /** The ints where arithmetic goes wrong, drawn more often than chance would. */
  private static final int[] INT_EDGES = {
    Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
  };

  private final SplittableRandom random;
  private final List<String> drawn = new ArrayList<>();

  private Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The seed of the first try: {@code -Drasp4j.seed} if given, else a fresh one. */
  public static long baseSeed() {
    String given = System.getProperty("rasp4j.seed");
    return given == null || given.isBlank() ? new SplittableRandom().nextLong() : Long.decode(given);
  }

  /** Runs {@code property} on {@code tries} seeded generators; a failure names its seed. */
  public static void forAll(int tries, Consumer<Gen> property) {
    long base = baseSeed();
    SplittableRandom seeds = new SplittableRandom(base);
    for (int i = 0; i < tries; i++) {
      long seed = i == 0 ? base : seeds.nextLong();
      Gen gen = new Gen(seed);
      try {
        property.accept(gen);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property failed on try "
                + (i + 1)
                + " of "
                + tries
                + " with seed "
                + seed
                + " (rerun: -Drasp4j.seed="
                + seed
                + "), drawn "
                + gen.drawn
                + ": "
                + e,
            e);
      }
    }
  }

  private <T> T note(T value) {
    drawn.add(String.valueOf(value));
    return value;
  }

  /** An int in {@code [min, max]}, the bounds themselves a little more often. */
  public int between(int min, int max) {
    int pick = random.nextInt(16);
    long value =
        pick == 0 ? min : pick == 1 ? max : min + random.nextLong((long) max - min + 1);
    return note((int) value);
  }

  /** Any int: the edges, small ones (so values repeat) and the whole range. */
  public int anyInt() {
    int pick = random.nextInt(10);
    int value =
        pick == 0
            ? INT_EDGES[random.nextInt(INT_EDGES.length)]
            : pick <= 3 ? random.nextInt(-100, 101) : random.nextInt();
    return note(value);
  }

  /** A double in {@code [min, max]}: the bounds, zero, exact halves, and uniform values. */
  public double between(double min, double max) {
    int pick = random.nextInt(10);
    double value;
    if (pick == 0) {
      value = random.nextBoolean() ? min : max;
    } else if (pick == 1 && min <= 0 && max >= 0) {
      value = random.nextBoolean() ? 0.0 : -0.0;
    } else if (pick == 2) {
      value = Math.floor(min + random.nextDouble() * (max - min)) + 0.5;
      value = Math.min(max, Math.max(min, value));
    } else {
      value = min + random.nextDouble() * (max - min);
    }
    return note(value);
  }

  public boolean bool() {
    return note(random.nextBoolean());
  }

  /** A string of length {@code [minLength, maxLength]} over {@code alphabet}. */
  public String string(String alphabet, int minLength, int maxLength) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return note(text.toString());
  }

  /** A string of length {@code [minLength, maxLength]} over the chars {@code from..to}. */
  public String string(char from, char to, int minLength, int maxLength) {
    StringBuilder alphabet = new StringBuilder();
    for (int c = from; c <= to; c++) { // an int: a char loop never passes '\uffff'
      alphabet.append((char) c);
    }
    return string(alphabet.toString(), minLength, maxLength);
  }

  /**
   * Any string up to {@code maxLength} chars: ASCII, controls, other planes (surrogate pairs) and
   * lone surrogates, so text handling sees every kind of char.
   */
  public String anyString(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int pick = random.nextInt(8);
      if (pick <= 2) {
        text.append((char) random.nextInt(0x20, 0x7F));
      } else if (pick == 3) {
        text.append((char) random.nextInt(0x20));
      } else if (pick == 4) {
        text.appendCodePoint(random.nextInt(0x10000, 0x110000));
      } else if (pick == 5) {
        text.append((char) random.nextInt(0xD800, 0xE000));
      } else {
        text.append((char) random.nextInt(0x10000));
      }
    }
    return note(text.toString());
  }

  /** A list of {@code [minSize, maxSize]} ints, each in {@code [min, max]}. */
  public List<Integer> ints(int min, int max, int minSize, int maxSize) {
    int size = minSize + random.nextInt(maxSize - minSize + 1);
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(min + (int) random.nextLong((long) max - min + 1));
    }
    return note(List.copyOf(values));
  }

  /** A list of up to {@code maxSize} any ints (see {@link #anyInt()}). */
  public List<Integer> anyInts(int maxSize) {
    int size = random.nextInt(maxSize + 1);
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int pick = random.nextInt(10);
      values.add(
          pick == 0
              ? INT_EDGES[random.nextInt(INT_EDGES.length)]
              : pick <= 3 ? random.nextInt(-100, 101) : random.nextInt());
    }
    return note(List.copyOf(values));
  }

  /** Up to {@code maxSize} distinct ints in {@code [min, max]}, in random order. */
  public List<Integer> uniqueInts(int min, int max, int maxSize) {
    int size = random.nextInt(Math.min(maxSize, max - min + 1) + 1);
    Set<Integer> values = new LinkedHashSet<>();
    while (values.size() < size) {
      values.add(min + random.nextInt(max - min + 1));
    }
    return note(List.copyOf(values));
  }

  /** Up to {@code maxSize} distinct chars in {@code from..to}, in random order. */
  public List<Character> uniqueChars(char from, char to, int maxSize) {
    int size = random.nextInt(Math.min(maxSize, to - from + 1) + 1);
    Set<Character> values = new LinkedHashSet<>();
    while (values.size() < size) {
      values.add((char) (from + random.nextInt(to - from + 1)));
    }
    return note(List.copyOf(values));
  }

  /** The random source itself, for generators of a test's own (what they draw is not noted). */
  public SplittableRandom random() {
    return random;
  }
}
