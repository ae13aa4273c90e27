package org.rasp4j.samples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.Domain;

/**
 * The inputs {@code run --transformer} and {@code compile} compile a program for: its token type,
 * its vocabulary and the longest input, from the options, else from the program, else (for {@code
 * run}) from the input.
 */
final class Domains {
  /** The option giving the longest input, as messages name it. */
  static final String MAX_LEN = "--max-len";

  private Domains() {}

  /**
   * The domain of {@code run --transformer}: the input's token type; the vocabulary {@code vocab},
   * else the program's, else the input's distinct tokens in order of first appearance; inputs up
   * to {@code maxLen} tokens, else the input's length. The input itself need not fit: the
   * transformer says where it does not.
   *
   * @param maxLen {@code --max-len}, or null
   * @param vocab {@code --vocab}, or null
   * @throws CliException for a malformed option, or an empty input with nothing to compile for
   */
  static Domain forRun(Program program, Input input, Integer maxLen, String vocab) {
    ElementType type = input.type();
    List<Object> tokens =
        vocab != null ? VocabularyOption.parse(vocab, type) : programVocabulary(program, type);
    if (tokens.isEmpty()) {
      tokens = List.copyOf(new LinkedHashSet<>(input.tokens()));
    }
    if (tokens.isEmpty()) {
      throw new CliException(
          program.name()
              + " accepts any token, and the input has none to compile it for; give "
              + VocabularyOption.NAME);
    }
    // An empty input still needs a model: one of length 1 runs it (to no output).
    int length = maxLen != null ? checked(maxLen) : Math.max(1, input.length());
    return new Domain(type, withBos(program, type, tokens), length);
  }

  /**
   * The domain of {@code compile}: the program's token type (for a program that takes either, ints
   * if {@code vocab} is written as a JSON array, else characters); the vocabulary {@code vocab},
   * else the program's; inputs up to {@code maxLen} tokens.
   *
   * @param vocab {@code --vocab}, or null
   * @throws CliException for a malformed option, or a program that accepts any token without {@code
   *     --vocab}
   */
  static Domain forCompile(Program program, int maxLen, String vocab) {
    ElementType type =
        program.tokenTypes().size() == 1
            ? program.tokenTypes().get(0)
            : vocab != null && VocabularyOption.writtenAsInts(vocab)
                ? ElementType.INT
                : ElementType.CHAR;
    List<Object> tokens =
        vocab != null ? VocabularyOption.parse(vocab, type) : programVocabulary(program, type);
    if (tokens.isEmpty()) {
      throw new CliException(
          program.name()
              + " accepts any token: give "
              + VocabularyOption.NAME
              + ", the tokens to compile it for (abc, or ints: 1,2,3)");
    }
    return new Domain(type, withBos(program, type, tokens), checked(maxLen));
  }

  /** The program's {@code @RaspProgram} vocabulary (characters only), or none for any token. */
  private static List<Object> programVocabulary(Program program, ElementType type) {
    if (type != ElementType.CHAR) {
      return List.of();
    }
    return program.vocabulary().chars().mapToObj(c -> (Object) (char) c).distinct().toList();
  }

  /**
   * The tokens with the program's beginning-of-sequence token, if it has one, at the end when
   * missing: every input it accepts starts with it, so a model without it would run none.
   */
  private static List<Object> withBos(Program program, ElementType type, List<Object> tokens) {
    if (type != ElementType.CHAR || program.bos().isEmpty()) {
      return tokens;
    }
    Object bos = program.bos().charAt(0);
    if (tokens.contains(bos)) {
      return tokens;
    }
    List<Object> with = new ArrayList<>(tokens);
    with.add(bos);
    return with;
  }

  private static int checked(int maxLen) {
    if (maxLen < 1) {
      throw new CliException(MAX_LEN + " must be at least 1, not " + maxLen);
    }
    return maxLen;
  }
}
