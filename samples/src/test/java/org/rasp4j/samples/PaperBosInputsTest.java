package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.samples.SampleRuns.chars;
import static org.rasp4j.samples.SampleRuns.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.samples.paper.Hist2Bos;
import org.rasp4j.samples.paper.HistBos;
import org.rasp4j.samples.paper.MostFreqBos;
import org.rasp4j.samples.paper.SortBos;

/**
 * The paper's BOS programs take any characters after the BOS, as the original RASP does (spaces,
 * capitals, punctuation, any UTF-16 char), and reject inputs without the BOS at position 0 or with
 * it later; the interpreter and the generated evaluators alike, each against a plain-Java model.
 */
class PaperBosInputsTest {
  private static final char BOS = '§';
  private static final long SEED = 0x5EED_B05L;
  /** Characters no sample vocabulary lists, the BOS excepted. */
  private static final String POOL = " AZaz!?.,'\"\\\t\n\0~9éßΩ中\uD83D\uDE00\u00A0\uFFFF";

  @Test
  void histBosCountsAnyCharacters() {
    forRandomInputs("hist_bos", s -> {
      List<Object> expected = new ArrayList<>();
      expected.add(0);
      for (char c : s.toCharArray()) {
        expected.add((int) s.chars().filter(d -> d == c).count());
      }
      return expected;
    }, HistBos::evaluate);
  }

  @Test
  void hist2BosCountsAnyCharacters() {
    forRandomInputs("hist2_bos", s -> {
      Map<Character, Integer> count = counts(s);
      List<Object> expected = new ArrayList<>();
      expected.add(0);
      for (char c : s.toCharArray()) {
        expected.add((int) count.values().stream().filter(n -> n.equals(count.get(c))).count());
      }
      return expected;
    }, Hist2Bos::evaluate);
  }

  @Test
  void sortBosSortsAnyCharacters() {
    forRandomInputs("sort_bos", s -> {
      List<Object> expected = new ArrayList<>(chars(s));
      expected.sort((a, b) -> Character.compare((Character) a, (Character) b));
      expected.add(0, BOS);
      return expected;
    }, SortBos::evaluate);
  }

  @Test
  void mostFreqBosListsAnyCharacters() {
    forRandomInputs("most_freq_bos", s -> {
      Map<Character, Integer> count = counts(s);
      List<Character> distinct = new ArrayList<>(count.keySet());
      distinct.sort((a, b) -> count.get(b) - count.get(a)); // stable: ties by first occurrence
      List<Object> expected = new ArrayList<>();
      expected.add(BOS);
      expected.addAll(distinct);
      while (expected.size() < s.length() + 1) {
        expected.add(BOS);
      }
      return expected;
    }, MostFreqBos::evaluate);
  }

  @Test
  void theWorkedExampleWithSpacesCapitalsAndPunctuation() {
    // l three times, o twice, every other character (the space too) once.
    assertThat(run("hist_bos", "§Hello, World!"))
        .isEqualTo(List.of(0, 1, 1, 3, 3, 2, 1, 1, 1, 2, 1, 3, 1, 1));
    assertThat(run("sort_bos", "§b A!")).isEqualTo(chars("§ !Ab"));
  }

  @Test
  void theBosMustComeFirst() {
    for (String name : List.of("hist_bos", "hist2_bos", "sort_bos", "most_freq_bos")) {
      String message = "tokens at position 0: " + name + " expects its beginning-of-sequence"
          + " token '§' at position 0, not 'a'; start the input with it";
      assertThat(assertThrows(RaspException.class, () -> run(name, "ab§")))
          .hasMessageThat().isEqualTo(message);
    }
    assertThat(assertThrows(RaspException.class, () -> HistBos.evaluate("ab§")))
        .hasMessageThat().isEqualTo("tokens at position 0: hist_bos expects its"
            + " beginning-of-sequence token '§' at position 0, not 'a'; start the input with it");
  }

  @Test
  void theBosMayNotComeLater() {
    String message = "tokens at position 3: '§' is sort_bos's beginning-of-sequence token,"
        + " allowed only at position 0";
    assertThat(assertThrows(RaspException.class, () -> run("sort_bos", "§ab§")))
        .hasMessageThat().isEqualTo(message);
    assertThat(assertThrows(RaspException.class, () -> SortBos.evaluate("§ab§")))
        .hasMessageThat().isEqualTo(message);
  }

  @Test
  void theEmptyInputNeedsNoBos() {
    assertThat(run("hist_bos", "")).isEmpty();
    assertThat(HistBos.evaluate("")).isEmpty();
    assertThat(MostFreqBos.evaluate(new char[0])).isEmpty();
  }

  /**
   * 300 seeded random strings over four characters drawn from {@link #POOL} (so tokens repeat),
   * after the BOS: the interpreter and the generated evaluator each equal the model.
   */
  private static void forRandomInputs(String name, Function<String, List<Object>> model,
      Function<String, Object> generated) {
    Random random = new Random(SEED);
    for (int run = 0; run < 300; run++) {
      char[] alphabet = new char[4];
      for (int i = 0; i < alphabet.length; i++) {
        alphabet[i] = POOL.charAt(random.nextInt(POOL.length()));
      }
      StringBuilder body = new StringBuilder();
      int length = random.nextInt(13);
      for (int i = 0; i < length; i++) {
        body.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = body.toString();
      List<Object> expected = model.apply(s);
      String context = name + " on §" + escaped(s) + " (seed " + SEED + ", run " + run + ")";
      assertWithMessage("interpreter: %s", context).that(run(name, BOS + s)).isEqualTo(expected);
      assertWithMessage("generated: %s", context)
          .that(boxed(generated.apply(BOS + s))).isEqualTo(expected);
    }
  }

  private static Map<Character, Integer> counts(String s) {
    Map<Character, Integer> count = new LinkedHashMap<>(); // in order of first occurrence
    for (char c : s.toCharArray()) {
      count.merge(c, 1, Integer::sum);
    }
    return count;
  }

  private static List<Object> boxed(Object array) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
      values.add(java.lang.reflect.Array.get(array, i));
    }
    return values;
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
