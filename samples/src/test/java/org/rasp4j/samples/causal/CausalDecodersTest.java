package org.rasp4j.samples.causal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every causal sample's generated decoder gives, after each append, the last value of the
 * generated {@code evaluate} on the prefix, on seeded random inputs over the sample's vocabulary;
 * reverse_by_generation generates the reversed prompt.
 */
class CausalDecodersTest {
  private static final long SEED = Long.getLong("rasp4j.decoder.seed", 20261201L);
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /** Random inputs of lengths 1 to 40 over {@code alphabet}, mostly its first letters. */
  private static void agree(String alphabet, Function<String, Object> evaluateLast,
      IntFunction<Function<Character, Object>> decoderFactory) {
    Random random = new Random(SEED ^ alphabet.hashCode());
    for (int input = 0; input < 30; input++) {
      int n = 1 + random.nextInt(40);
      StringBuilder tokens = new StringBuilder();
      Function<Character, Object> decoder = decoderFactory.apply(input);
      for (int p = 0; p < n; p++) {
        int bound = random.nextBoolean() ? 4 : alphabet.length();
        tokens.append(alphabet.charAt(random.nextInt(bound)));
        Object expected = evaluateLast.apply(tokens.toString());
        assertWithMessage("seed %s (-Drasp4j.decoder.seed), prefix \"%s\"", SEED, tokens)
            .that(decoder.apply(tokens.charAt(p))).isEqualTo(expected);
      }
    }
  }


  @Test
  void fracPrevs() {
    agree(LETTERS, t -> {
      double[] all = CausalFracPrevs.evaluate(t);
      return all[all.length - 1];
    }, i -> CausalFracPrevs.decoder()::append);
    assertThat(CausalFracPrevs.decoderKernels()).asList().containsExactly("1.1 prefix");
  }

  @Test
  void shiftBy() {
    agree(LETTERS, t -> {
      char[] all = CausalShiftBy.evaluate(t);
      return all[all.length - 1];
    }, i -> CausalShiftBy.decoder()::append);
    // tracr's shift_by selects with a function, (k, q) -> q == k + 1, which no O(1) kernel reads.
    assertThat(CausalShiftBy.decoderKernels()).asList().containsExactly("1.1 scan");
  }

  @Test
  void detectPattern() {
    agree("abcz", t -> {
      boolean[] all = CausalDetectPattern.evaluate(t);
      return all[all.length - 1];
    }, i -> CausalDetectPattern.decoder()::append);
  }

  @Test
  void length() {
    agree(LETTERS, t -> {
      int[] all = CausalLength.evaluate(t);
      return all[all.length - 1];
    }, i -> CausalLength.charDecoder()::append);
    CausalLength.IntDecoder ints = CausalLength.intDecoder();
    for (int p = 1; p <= 5; p++) {
      assertThat(ints.append(-p)).isEqualTo(CausalLength.evaluate(new int[p])[p - 1]);
    }
    assertThat(ints.length()).isEqualTo(5);
  }

  @Test
  void reverseByGeneration() {
    agree("abc>." + LETTERS, t -> {
      char[] all = ReverseByGeneration.evaluate(t);
      return all[all.length - 1];
    }, i -> ReverseByGeneration.decoder()::append);
    assertThat(ReverseByGeneration.decoderKernels()).asList()
        .containsExactly("1.1 prefix", "2.1 prefix", "3.1 position").inOrder();
    assertThat(ReverseByGeneration.generate("abc>", 10, '.')).isEqualTo("cba.");
    assertThat(ReverseByGeneration.generate("hello>", 10, '.')).isEqualTo("olleh.");
  }
}
