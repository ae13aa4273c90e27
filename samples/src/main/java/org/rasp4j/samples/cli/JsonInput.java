package org.rasp4j.samples.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.interpreter.Input;

/**
 * Reads a program's input from the command line: a JSON string ({@code "hello"}), a JSON array of
 * ints ({@code [1,2,3]}), or a bare word, taken as the string of its characters ({@code hello}).
 * Only these two JSON shapes exist here, so this is a small hand-written reader, not a JSON
 * library.
 */
final class JsonInput {
  private final String text;
  private int at;

  private JsonInput(String text) {
    this.text = text;
  }

  /**
   * The input {@code argument} stands for. It is JSON when its first non-blank character is a quote
   * or an opening bracket; anything else (including "") is a bare word, used as typed.
   *
   * @throws CliException saying what is malformed and where
   */
  static Input parse(String argument) {
    JsonInput reader = new JsonInput(argument);
    reader.skipBlanks();
    if (reader.atEnd() || (reader.peek() != '"' && reader.peek() != '[')) {
      return Input.of(argument);
    }
    Input input = reader.peek() == '"' ? Input.of(reader.string()) : Input.of(reader.ints());
    reader.skipBlanks();
    if (!reader.atEnd()) {
      throw reader.error("unexpected " + reader.found() + " after the input");
    }
    return input;
  }

  private String string() {
    at++; // the opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error(
            String.format("a raw control character (U+%04X) in a string; escape it", (int) c));
      }
      at++;
      out.append(c == '\\' ? escape() : c);
    }
  }

  /** The character an escape stands for; {@code at} is just past the backslash. */
  private char escape() {
    if (atEnd()) {
      throw error("unterminated string");
    }
    char c = text.charAt(at++);
    switch (c) {
      case '"', '\\', '/' -> {
        return c;
      }
      case 'b' -> {
        return '\b';
      }
      case 'f' -> {
        return '\f';
      }
      case 'n' -> {
        return '\n';
      }
      case 'r' -> {
        return '\r';
      }
      case 't' -> {
        return '\t';
      }
      case 'u' -> {
        int value = 0;
        for (int i = 0; i < 4; i++) {
          int digit = atEnd() ? -1 : Character.digit(text.charAt(at), 16);
          if (digit < 0) {
            throw error("\\u needs four hex digits, found " + found());
          }
          value = value * 16 + digit;
          at++;
        }
        return (char) value;
      }
      default -> {
        at -= 2;
        throw error("invalid escape \\" + c);
      }
    }
  }

  private int[] ints() {
    at++; // the opening bracket
    List<Integer> values = new ArrayList<>();
    skipBlanks();
    if (!atEnd() && peek() == ']') {
      at++;
      return new int[0];
    }
    while (true) {
      skipBlanks();
      values.add(integer());
      skipBlanks();
      if (atEnd()) {
        throw error("unterminated array: expected ',' or ']'");
      }
      char c = peek();
      if (c != ',' && c != ']') {
        throw error("expected ',' or ']', found " + found());
      }
      at++;
      if (c == ']') {
        return values.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** One array element, which must be a JSON number without fraction or exponent, in int range. */
  private int integer() {
    if (atEnd()) {
      throw error("expected an int, found the end");
    }
    char first = peek();
    if (first == '"' || first == '[' || first == '{' || Character.isLetter(first)) {
      throw error("array elements must be ints, found " + element());
    }
    int start = at;
    if (peek() == '-') {
      at++;
    }
    int digitsStart = at;
    skipDigits();
    if (at == digitsStart) {
      throw error("expected an int, found " + found());
    }
    if (text.charAt(digitsStart) == '0' && at - digitsStart > 1) {
      at = digitsStart;
      throw error("a JSON number has no leading zeros: " + text.substring(start, digitsStart + 2));
    }
    String digits = text.substring(start, at);
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')) {
      at = start;
      throw error("array elements must be ints, found " + element());
    }
    BigInteger value = new BigInteger(digits);
    if (value.bitLength() > 31) {
      at = start;
      throw error("array element " + digits + " is out of int range");
    }
    return value.intValue();
  }

  /** The element starting at {@code at}, for messages: up to the next ',' or ']'. */
  private String element() {
    int end = at;
    while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ']') {
      end++;
    }
    String element = text.substring(at, end).strip();
    return element.startsWith("\"") ? "a string (" + element + ")" : element;
  }

  private void skipDigits() {
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      at++;
    }
  }

  /** JSON's blanks: space, tab, line feed, carriage return. */
  private void skipBlanks() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
      at++;
    }
  }

  private boolean atEnd() {
    return at >= text.length();
  }

  private char peek() {
    return text.charAt(at);
  }

  private String found() {
    return atEnd() ? "the end" : "'" + peek() + "'";
  }

  private CliException error(String problem) {
    return new CliException("malformed input " + text + ": " + problem + " (at offset " + at + ")");
  }
}
