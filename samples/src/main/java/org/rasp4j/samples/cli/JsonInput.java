package org.rasp4j.samples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.interpreter.Input;

/**
 * Reads a program's input from the command line: a JSON string ({@code "hello"}), a JSON array of
 * ints ({@code [1,2,3]}), or a bare word, taken as the string of its characters ({@code hello}).
 * Jackson reads the JSON, strictly (no leading zeros, no trailing commas, no raw control
 * characters in strings); this class checks that it is one of the two shapes.
 */
final class JsonInput {
  /** Strings as long as the JVM holds: an input may be long (the benchmarks' are 10^5 tokens). */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private JsonInput() {}

  /**
   * The input {@code argument} stands for. It is JSON when its first non-blank character is a quote
   * or an opening bracket; anything else (including "") is a bare word, used as typed.
   *
   * @throws CliException saying what is malformed and where
   */
  static Input parse(String argument) {
    int first = 0;
    while (first < argument.length() && " \t\n\r".indexOf(argument.charAt(first)) >= 0) {
      first++; // JSON's blanks only: after an em space, "[1]" is a bare word
    }
    if (first == argument.length() || "\"[".indexOf(argument.charAt(first)) < 0) {
      return Input.of(argument);
    }
    try (JsonParser parser = FACTORY.createParser(argument)) {
      Input input =
          parser.nextToken() == JsonToken.VALUE_STRING
              ? Input.of(parser.getText())
              : Input.of(ints(argument, parser));
      if (parser.nextToken() != null) {
        throw error(argument, "unexpected " + found(parser) + " after the input", parser);
      }
      return input;
    } catch (JacksonException e) {
      throw new CliException(
          "malformed input "
              + argument
              + ": "
              + e.getOriginalMessage()
              + " (at offset "
              + offset(e.getLocation())
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String has nothing else to fail on
    }
  }

  /** The array's elements; the parser is at its opening bracket. */
  private static int[] ints(String argument, JsonParser parser) throws IOException {
    List<Integer> values = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.VALUE_NUMBER_INT) {
        throw error(argument, "array elements must be ints, found " + found(parser), parser);
      }
      BigInteger value = parser.getBigIntegerValue();
      if (value.bitLength() > 31) {
        throw error(argument, "array element " + value + " is out of int range", parser);
      }
      values.add(value.intValue());
    }
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The current token, for messages: its text, a string quoted and said to be one. */
  private static String found(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> "a string (" + JsonOutput.string(parser.getText()) + ")";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> parser.getText();
    };
  }

  private static CliException error(String argument, String problem, JsonParser parser) {
    return new CliException(
        "malformed input "
            + argument
            + ": "
            + problem
            + " (at offset "
            + offset(parser.currentTokenLocation())
            + ")");
  }

  private static String offset(JsonLocation location) {
    return location == null ? "?" : String.valueOf(location.getCharOffset());
  }
}
