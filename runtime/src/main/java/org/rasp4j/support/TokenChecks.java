package org.rasp4j.support;

import org.rasp4j.RaspException;

/**
 * The checks a character input passes before a program runs on it, in one place so that {@link
 * org.rasp4j.Program#run} and the generated evaluators reject the same inputs, at the same
 * position, with the same message.
 */
public final class TokenChecks {
  private TokenChecks() {}

  /**
   * Checks each position in order: position 0 holds the beginning-of-sequence token (when the
   * program has one and the input is not empty), no later position holds it, and every other token
   * is in the vocabulary (when it is not empty).
   *
   * @param program the program's name in messages ({@link org.rasp4j.Program#name()})
   * @param vocabulary the accepted characters, or "" for every character
   * @param bos the beginning-of-sequence token, or "" for none
   * @throws RaspException for the first position that fails, naming it
   */
  public static void check(char[] tokens, String program, String vocabulary, String bos) {
    boolean hasBos = !bos.isEmpty();
    char bosToken = hasBos ? bos.charAt(0) : '\0';
    for (int i = 0; i < tokens.length; i++) {
      char token = tokens[i];
      if (hasBos && i == 0) {
        if (token != bosToken) {
          throw new RaspException("tokens", 0, Problems.missingBos(token, program, bosToken));
        }
        continue;
      }
      if (hasBos && token == bosToken) {
        throw new RaspException("tokens", i, Problems.bosAfterStart(program, bosToken));
      }
      if (!vocabulary.isEmpty() && vocabulary.indexOf(token) < 0) {
        throw new RaspException("tokens", i, Problems.unknownToken(token, program, vocabulary));
      }
    }
  }
}
