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
   * @param tokens the input
   * @param program the program's name in messages ({@link org.rasp4j.Program#name()})
   * @param vocabulary the accepted characters, or "" for every character
   * @param bos the beginning-of-sequence token, or "" for none
   * @throws RaspException for the first position that fails, naming it
   */
  public static void check(char[] tokens, String program, String vocabulary, String bos) {
    boolean hasBos = !bos.isEmpty();
    char bosToken = hasBos ? bos.charAt(0) : '\0';
    // A long input is checked against a bit set of the vocabulary: one lookup per token instead
    // of a scan of the vocabulary (the 95 printable characters cost a shift program 40x its run).
    long[] accepted = vocabulary.isEmpty() || tokens.length < 32 ? null : bits(vocabulary);
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
      if (!vocabulary.isEmpty() && !contains(accepted, vocabulary, token)) {
        throw new RaspException("tokens", i, Problems.unknownToken(token, program, vocabulary));
      }
    }
  }

  /**
   * Checks one token as {@link #check} checks the token at {@code position} of an input: for a
   * decoder that receives its input one token at a time, so that each appended token is rejected
   * with the message {@link #check} gives for the input ending there.
   *
   * @param token the token at {@code position}
   * @param position its position, from 0
   * @param program the program's name in messages ({@link org.rasp4j.Program#name()})
   * @param vocabulary the accepted characters, or "" for every character
   * @param bos the beginning-of-sequence token, or "" for none
   * @throws RaspException if the token is refused at that position, naming it
   */
  public static void checkAt(
      char token, int position, String program, String vocabulary, String bos) {
    boolean hasBos = !bos.isEmpty();
    char bosToken = hasBos ? bos.charAt(0) : '\0';
    if (hasBos && position == 0) {
      if (token != bosToken) {
        throw new RaspException("tokens", 0, Problems.missingBos(token, program, bosToken));
      }
      return;
    }
    if (hasBos && token == bosToken) {
      throw new RaspException("tokens", position, Problems.bosAfterStart(program, bosToken));
    }
    if (!vocabulary.isEmpty() && vocabulary.indexOf(token) < 0) {
      throw new RaspException(
          "tokens", position, Problems.unknownToken(token, program, vocabulary));
    }
  }

  private static boolean contains(long[] accepted, String vocabulary, char token) {
    if (accepted == null) {
      return vocabulary.indexOf(token) >= 0;
    }
    int word = token >>> 6;
    return word < accepted.length && (accepted[word] & (1L << token)) != 0;
  }

  private static long[] bits(String vocabulary) {
    char max = 0;
    for (int i = 0; i < vocabulary.length(); i++) {
      max = (char) Math.max(max, vocabulary.charAt(i));
    }
    long[] bits = new long[(max >>> 6) + 1];
    for (int i = 0; i < vocabulary.length(); i++) {
      char c = vocabulary.charAt(i);
      bits[c >>> 6] |= 1L << c;
    }
    return bits;
  }
}
