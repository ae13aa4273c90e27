package org.rasp4j.samples.causal;

import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

import java.util.List;
import org.rasp4j.Library;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;

/**
 * Causal programs, as decoders compute: every head sees its own position and the past only
 * ({@code causal = true}). tracr's causal test programs, whose outputs the mask leaves as they
 * are, the prefix length, and a program in the RASP-L style that writes its answer one token at a
 * time.
 */
public final class Causal {
  private Causal() {}

  /** Lower-case letters, tracr's vocabulary for these tests. */
  static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /** tracr's {@code make_frac_prevs(tokens == "l")}, causal: the fraction of 'l's so far. */
  @RaspProgram(name = "CausalFracPrevs", maxLayers = 1, vocabulary = LETTERS, causal = true)
  public static Sop<Double> causalFracPrevs(Sop<Character> tokens) {
    return Library.fracPrevs(tokens.eq('l'));
  }

  /** tracr's {@code shift_by(1, tokens)}, causal: the previous token, '_' first. */
  @RaspProgram(name = "CausalShiftBy", maxLayers = 1, vocabulary = LETTERS, causal = true)
  public static Sop<Character> causalShiftBy(Sop<Character> tokens) {
    return org.rasp4j.samples.tracr.Tracr.shiftBy(1, '_', tokens);
  }

  /** tracr's {@code detect_pattern(tokens, "abc")}, causal: true where "abc" has just ended. */
  @RaspProgram(name = "CausalDetectPattern", maxLayers = 1, vocabulary = LETTERS, causal = true)
  public static Sop<Boolean> causalDetectPattern(Sop<Character> tokens) {
    return org.rasp4j.samples.tracr.Tracr.detectPattern(tokens, List.of('a', 'b', 'c'));
  }

  /** {@code length()} under the mask: the length of the prefix, [1, 2, 3, 4] on "abcd". */
  @RaspProgram(name = "CausalLength", maxLayers = 1, causal = true)
  public static <T> Sop<Integer> causalLength(Sop<T> tokens) {
    return Library.length().named("length");
  }

  /**
   * Reverses a prompt by writing it out one token at a time, in the RASP-L style: on "abc>" the
   * output at the last position is 'c', the next token; fed back, "abc>c" gives 'b', then 'a',
   * then '.', the stop token. Before the '>', the output is '_'.
   */
  @RaspProgram(name = "ReverseByGeneration", maxLayers = 3, vocabulary = "abcdefghijklmnopqrstuvwxyz>.",
      causal = true)
  public static Sop<Character> reverseByGeneration(Sop<Character> tokens) {
    Sop<Boolean> separator = tokens.eq('>');
    // how many '>' so far (a causal sum), and so whether the prompt has ended
    Sop<Boolean> answering = Library.selectAll().value(separator.toInt()).gt(0)
        .named("answering");
    // the prompt's length, counted at every position from the '>' on
    Sop<Integer> promptLength = Library.selectAll().value(answering.not().toInt())
        .named("prompt_length");
    // at position i of the answer (the '>' is position promptLength), the token to write is the
    // prompt's at 2 * promptLength - 1 - i; none (the stop token) below 0
    Sop<Integer> source = promptLength.times(2).minus(1).minus(indices()).named("source");
    Sop<Character> next = key(indices()).eq(query(source)).value(tokens, '.');
    return Rasp.where(answering, next, '_').named("next");
  }
}
