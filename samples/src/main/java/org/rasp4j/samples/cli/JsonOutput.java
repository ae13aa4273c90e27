package org.rasp4j.samples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * Writes RASP values as compact JSON, with Jackson: a character as a one-character string, a
 * string as a string, a boolean as true/false, an int or a double as a number, a sequence as an
 * array.
 */
final class JsonOutput {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new LowercaseEscapes());
  }

  private JsonOutput() {}

  /**
   * One value. A double that is not finite (JSON has no NaN or infinity) is {@code null}, as
   * JavaScript's {@code JSON.stringify} writes it (Jackson would write the string "NaN").
   */
  static JsonNode node(Object value) {
    if (value instanceof Character c) {
      return NODES.textNode(String.valueOf(c));
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
    }
    if (value instanceof List<?> list) {
      return arrayNode(list);
    }
    throw new IllegalArgumentException("not a RASP value: " + value);
  }

  /** A sequence of values. */
  static ArrayNode arrayNode(List<?> values) {
    ArrayNode array = NODES.arrayNode(values.size());
    for (Object value : values) {
      array.add(node(value));
    }
    return array;
  }

  /** An input as it would be typed: characters as one string, ints as an array. */
  static JsonNode inputNode(Input input) {
    if (input.type() != ElementType.CHAR) {
      return arrayNode(input.tokens());
    }
    StringBuilder text = new StringBuilder();
    for (Object token : input.tokens()) {
      text.append((char) (Character) token);
    }
    return NODES.textNode(text.toString());
  }

  /** An empty object, whose members keep the order they are put in. */
  static ObjectNode objectNode() {
    return NODES.objectNode();
  }

  /** One value as JSON text. */
  static String value(Object value) {
    return write(node(value));
  }

  /** A sequence of values: {@code [1,2,3]}. */
  static String array(List<?> values) {
    return write(arrayNode(values));
  }

  /** An input as it would be typed: {@code "hello"} or {@code [1,2,3]}. */
  static String input(Input input) {
    return write(inputNode(input));
  }

  /** A JSON string. */
  static String string(String text) {
    return write(NODES.textNode(text));
  }

  /**
   * The node as compact JSON text. Quotes, backslashes and control characters (the char {@code
   * '\0'} included) are escaped; so is half a surrogate pair, which has no UTF-8 encoding of its
   * own (a token is one UTF-16 char, so a value may be one).
   */
  static String write(JsonNode node) {
    String json;
    try {
      json = MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that Jackson cannot write: " + node, e);
    }
    return escapeLoneSurrogates(json);
  }

  /**
   * Jackson writes every char of a string as it is, but half a surrogate pair would print as '?'.
   * Outside strings JSON text is ASCII, so every lone surrogate is in a string, where its escape
   * stands for the same char: replacing it leaves the JSON's meaning as it was.
   */
  private static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      if (lonelySurrogate(json, i)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 10).append(json, 0, i);
        }
        out.append(String.format("\\u%04x", (int) json.charAt(i)));
      } else if (out != null) {
        out.append(json.charAt(i));
      }
    }
    return out == null ? json : out.toString();
  }

  /** Whether the char at {@code i} is half a surrogate pair without its other half. */
  static boolean lonelySurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * JSON's standard escapes, with the control characters that have no short escape (U+001F, say)
   * escaped in lower-case hex, as the command line always has, where Jackson writes upper case.
   */
  private static final class LowercaseEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    LowercaseEscapes() {
      for (int c = 0; c < 0x20; c++) {
        if (ascii[c] == ESCAPE_STANDARD) {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c < 0x20 ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
  }
}
