package org.rasp4j.samples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * Reads {@code --vocab}, the tokens a transformer is compiled for: characters as typed ({@code
 * abc}, or a JSON string, as an INPUT is), ints comma-separated ({@code 1,2,3}) or as a JSON array
 * ({@code [1,2,3]}; one int as {@code [5]} where it could be read as a character). Each token
 * once, at least one.
 */
final class VocabularyOption {
  /** The option's name, as messages and the help name it. */
  static final String NAME = "--vocab";

  /** Two or more comma-separated ints. */
  private static final Pattern INT_LIST =
      Pattern.compile("\\s*[-+]?\\d+(\\s*,\\s*[-+]?\\d+)+\\s*");

  private VocabularyOption() {}

  /**
   * The tokens {@code text} lists, of {@code type}, in the order given (their ids' order).
   *
   * @throws CliException for a malformed list, a token of the other type, a repeated token or none
   */
  static List<Object> parse(String text, ElementType type) {
    List<Object> tokens = type == ElementType.INT ? ints(text) : chars(text);
    if (tokens.isEmpty()) {
      throw new CliException(NAME + " is empty: it lists the tokens to compile for");
    }
    Set<Object> seen = new HashSet<>();
    for (Object token : tokens) {
      if (!seen.add(token)) {
        throw new CliException(NAME + " " + text + " repeats " + JsonOutput.value(token));
      }
    }
    return tokens;
  }

  /**
   * Whether {@code text} is written as ints, a JSON array ({@code [1,2,3]}) or two or more
   * comma-separated ints ({@code 1,2,3}): what decides the token type of a program that takes
   * either, where there is no input to take it from. Anything else is characters, as a bare word
   * INPUT is (characters such as {@code 1,2,3} would repeat the comma).
   */
  static boolean writtenAsInts(String text) {
    return bracketed(text) || INT_LIST.matcher(text).matches();
  }

  /** Whether {@code text} starts as a JSON array does (as an INPUT of ints). */
  private static boolean bracketed(String text) {
    return text.strip().startsWith("[");
  }

  private static List<Object> chars(String text) {
    Input input = read(text);
    if (input.type() != ElementType.CHAR) {
      throw new CliException(
          NAME + " " + text + " lists ints, but the tokens are characters (" + NAME + " abc)");
    }
    return input.tokens();
  }

  private static List<Object> ints(String text) {
    if (bracketed(text)) {
      return read(text).tokens(); // a JSON array of ints, or malformed
    }
    List<Object> tokens = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      try {
        tokens.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException e) {
        throw new CliException(
            NAME
                + ": '"
                + part.strip()
                + "' is not an int; the tokens are ints, comma-separated ("
                + NAME
                + " 1,2,3)");
      }
    }
    return tokens;
  }

  /** Read as an INPUT is, its errors said to be about the option. */
  private static Input read(String text) {
    try {
      return JsonInput.parse(text);
    } catch (CliException e) {
      throw new CliException(NAME + ": " + e.getMessage());
    }
  }
}
