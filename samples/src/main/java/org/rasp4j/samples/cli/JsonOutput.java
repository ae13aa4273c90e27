package org.rasp4j.samples.cli;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * Writes RASP values as compact JSON: a character as a one-character string, a string as a string,
 * a boolean as true/false, an int or a double as a number, a sequence as an array.
 */
final class JsonOutput {
  private JsonOutput() {}

  /**
   * One value. A double that is not finite (JSON has no NaN or infinity) is written {@code null},
   * as JavaScript's {@code JSON.stringify} does.
   */
  static String value(Object value) {
    if (value instanceof Character c) {
      return string(String.valueOf(c));
    }
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? d.toString() : "null";
    }
    if (value instanceof List<?> list) {
      return array(list);
    }
    throw new IllegalArgumentException("not a RASP value: " + value);
  }

  /** A sequence of values: {@code [1,2,3]}. */
  static String array(List<?> values) {
    StringJoiner out = new StringJoiner(",", "[", "]");
    for (Object value : values) {
      out.add(value(value));
    }
    return out.toString();
  }

  /** An input as it would be typed: characters as one string, ints as an array. */
  static String input(Input input) {
    if (input.type() != ElementType.CHAR) {
      return array(input.tokens());
    }
    StringBuilder text = new StringBuilder();
    for (Object token : input.tokens()) {
      text.append((char) (Character) token);
    }
    return string(text.toString());
  }

  /** An object from members whose values are already JSON, in the map's order. */
  static String object(Map<String, String> jsonMembers) {
    StringJoiner out = new StringJoiner(",", "{", "}");
    jsonMembers.forEach((name, json) -> out.add(string(name) + ":" + json));
    return out.toString();
  }

  /**
   * A JSON string. Quotes, backslashes and control characters (the char {@code '\0'} included) are
   * escaped; so is half a surrogate pair, which has no UTF-8 encoding of its own.
   */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || lonelySurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
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
}
