package org.rasp4j.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rasp4j.RaspException;
import org.rasp4j.ir.ElementType;
import org.rasp4j.support.Problems;

/**
 * A program's input: a sequence of tokens of one element type (characters from a String, ints
 * from an int[]). Empty is allowed.
 */
public record Input(ElementType type, List<Object> tokens) {
  public Input {
    tokens = Collections.unmodifiableList(new ArrayList<>(tokens));
  }

  /** The characters of {@code text}. */
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

  /** The ints of {@code values}. */
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

  /** Tokens of the given type, each checked. */
  public static Input of(ElementType type, List<?> values) {
    if (values == null) {
      throw new RaspException("tokens", -1, "the input is null");
    }
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (!type.boxed().isInstance(value)) {
        throw new RaspException(
            "tokens", i, "expected a " + type + " token, got " + (value == null ? "null" : value));
      }
    }
    return new Input(type, new ArrayList<>(values));
  }

  /** The number of positions. */
  public int length() {
    return tokens.size();
  }
}
