package org.rasp4j.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rasp4j.RaspException;
import org.rasp4j.ir.ElementType;
import org.rasp4j.support.Problems;

/**
 * A program's input: a sequence of tokens of one element type (characters from a String, ints
 * from an int[]). Empty is allowed. Every way of making one checks it, the constructor included:
 * an input is never null and holds only tokens of its type: the constructor and every factory
 * throw a {@link RaspException} for a null type, a null list, or a null or mistyped token, naming
 * the position.
 *
 * @param type the tokens' type: {@link ElementType#CHAR} or {@link ElementType#INT}
 * @param tokens the tokens in position order, boxed (an unmodifiable copy)
 */
public record Input(ElementType type, List<Object> tokens) {
  /**
   * An input of the given tokens, checked and copied.
   *
   * @param type the tokens' type
   * @param tokens the tokens, each of that type
   * @throws RaspException for a null type, a null list, or a null or mistyped token, naming its
   *     position
   */
  public Input {
    if (type == null) {
      throw new RaspException("tokens", -1, "the input's token type is null; give CHAR or INT");
    }
    if (tokens == null) {
      throw new RaspException("tokens", -1, "the input's token list is null; pass an empty list"
          + " for no tokens");
    }
    List<Object> copy = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Object token = tokens.get(i);
      if (!type.boxed().isInstance(token)) {
        throw new RaspException("tokens", i, "expected " + article(type) + " token, got "
            + (token == null ? "null" : token + " (" + token.getClass().getSimpleName() + ")"));
      }
      copy.add(token);
    }
    tokens = Collections.unmodifiableList(copy);
  }

  /**
   * {@return the characters of {@code text}, one token per UTF-16 char}
   *
   * @param text the characters, not null
   * @throws RaspException for null
   */
  public static Input of(String text) {
    if (text == null) {
      throw new RaspException("tokens", -1, Problems.nullString());
    }
    List<Object> tokens = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      tokens.add(text.charAt(i));
    }
    return new Input(ElementType.CHAR, tokens);
  }

  /**
   * {@return the ints of {@code values}}
   *
   * @param values the tokens, not null
   * @throws RaspException for null
   */
  public static Input of(int... values) {
    if (values == null) {
      throw new RaspException("tokens", -1, Problems.nullInts());
    }
    List<Object> tokens = new ArrayList<>(values.length);
    for (int value : values) {
      tokens.add(value);
    }
    return new Input(ElementType.INT, tokens);
  }

  /**
   * {@return tokens of the given type, each checked (as the constructor checks them)}
   *
   * @param type the tokens' type
   * @param values the tokens, each of that type
   * @throws RaspException as the constructor does
   */
  @SuppressWarnings("unchecked")
  public static Input of(ElementType type, List<?> values) {
    return new Input(type, (List<Object>) values);
  }

  /** {@return the number of positions} */
  public int length() {
    return tokens.size();
  }

  private static String article(ElementType type) {
    return (type == ElementType.INT ? "an " : "a ") + type;
  }
}
