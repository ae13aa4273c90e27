package org.rasp4j.transformer;

import java.util.List;
import org.rasp4j.ir.ElementType;

/**
 * The inputs a transformer is compiled for: sequences of 1 to {@code maxSeqLen} tokens from the
 * vocabulary. The compiled model is exact on every one of them (on those where the interpreter
 * raises no error).
 *
 * @param tokenType the tokens' type
 * @param vocabulary the tokens, each once, in the order of their ids (from 1; 0 is the
 *     beginning-of-sequence token)
 * @param maxSeqLen the longest input
 */
public record Domain(ElementType tokenType, List<Object> vocabulary, int maxSeqLen) {
  /**
   * Checks the domain.
   *
   * @throws IllegalArgumentException for an empty vocabulary, a repeated token, a token of another
   * type, or a length below 1
   *
   * @param tokenType the record's {@code tokenType}
   * @param vocabulary the record's {@code vocabulary}
   * @param maxSeqLen the record's {@code maxSeqLen}
   */
  public Domain {
    vocabulary = List.copyOf(vocabulary);
    if (vocabulary.isEmpty() || maxSeqLen < 1) {
      throw new IllegalArgumentException("a domain needs tokens and a length of at least 1");
    }
    if (vocabulary.stream().distinct().count() != vocabulary.size()) {
      throw new IllegalArgumentException("the vocabulary repeats a token: " + vocabulary);
    }
    for (Object token : vocabulary) {
      if (!tokenType.boxed().isInstance(token)) {
        throw new IllegalArgumentException(token + " is not a " + tokenType + " token");
      }
    }
  }

  /**
   * {@return the domain of a character vocabulary}
   *
   * @param characters the tokens, in id order
   * @param maxSeqLen the longest input
   */
  public static Domain ofChars(String characters, int maxSeqLen) {
    return new Domain(ElementType.CHAR,
        characters.chars().mapToObj(c -> (Object) (char) c).toList(), maxSeqLen);
  }

  /**
   * {@return the domain of an int vocabulary}
   *
   * @param maxSeqLen the longest input
   * @param tokens the tokens, in id order
   */
  public static Domain ofInts(int maxSeqLen, int... tokens) {
    return new Domain(ElementType.INT,
        java.util.Arrays.stream(tokens).mapToObj(t -> (Object) t).toList(), maxSeqLen);
  }
}
