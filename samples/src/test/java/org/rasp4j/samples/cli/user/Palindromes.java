package org.rasp4j.samples.cli.user;

import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

import org.rasp4j.Library;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.Sop;

/**
 * A user's own programs, outside the samples' catalogue: what {@code run CLASS#METHOD} runs. The
 * test build's processor generates their evaluators, {@code Palindrome} and {@code RunningSum},
 * beside this class.
 */
public final class Palindromes {
  private Palindromes() {}

  /** Whether each token equals its mirror image's: true everywhere for a palindrome. */
  @RaspProgram(maxLayers = 2, vocabulary = "abcdefghijklmnopqrstuvwxyz")
  public static Sop<Boolean> palindrome(Sop<Character> tokens) {
    Sop<Integer> length = Library.length();
    Sop<Character> mirror =
        key(length.minus(indices()).minus(1)).eq(query(indices())).value(tokens);
    return tokens.eq(mirror);
  }

  /** The running sum; its Java name is camel case, its program name running_sum. */
  @RaspProgram(maxLayers = 1)
  public static Sop<Integer> runningSum(Sop<Integer> tokens) {
    return Library.cumsum(tokens);
  }
}
