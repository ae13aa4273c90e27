package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.testing.Gen;

/** The command line's input reader: JSON strings, JSON int arrays, bare words, and what is not. */
class JsonInputTest {

  private static List<Object> chars(String text) {
    return text.chars().mapToObj(c -> (Object) (char) c).toList();
  }

  private static void assertChars(Input input, String expected) {
    assertThat(input.type()).isEqualTo(ElementType.CHAR);
    assertThat(input.tokens()).containsExactlyElementsIn(chars(expected)).inOrder();
  }

  @Test
  void aBareWordIsItsCharacters() {
    assertChars(JsonInput.parse("hello"), "hello");
    assertChars(JsonInput.parse("683+345"), "683+345");
    assertChars(JsonInput.parse("12"), "12");
    assertChars(JsonInput.parse("true"), "true");
    assertChars(JsonInput.parse("a \"b\" [c]"), "a \"b\" [c]");
    // Only JSON's blanks may come before JSON: an em space makes the rest a bare word.
    assertChars(JsonInput.parse("\u2003[1]"), "\u2003[1]");
  }

  @Test
  void anEmptyArgumentIsTheEmptyString() {
    assertChars(JsonInput.parse(""), "");
    assertChars(JsonInput.parse("  "), "  ");
  }

  @Test
  void aJsonStringIsItsCharacters() {
    assertChars(JsonInput.parse("\"hello\""), "hello");
    assertChars(JsonInput.parse("  \"xyz__\" "), "xyz__");
    assertChars(JsonInput.parse("\"\""), "");
    assertChars(JsonInput.parse("\"§aabcb\""), "§aabcb");
  }

  @Test
  void everyJsonEscape() {
    assertChars(
        JsonInput.parse("\"q\\\"b\\\\s\\/f\\bb\\ff\\nn\\rr\\tt\""), "q\"b\\s/f\bb\ff\nn\rr\tt");
    assertChars(JsonInput.parse("\"\\u00a7\\u0000\\u00E9\""), "§\0é");
    // A surrogate pair written as two escapes is the one character it encodes.
    assertChars(JsonInput.parse("\"\\ud83d\\ude00\""), "\ud83d\ude00");
  }

  @Test
  void aJsonArrayOfInts() {
    Input input = JsonInput.parse("[5,3,2,5,2]");
    assertThat(input.type()).isEqualTo(ElementType.INT);
    assertThat(input.tokens()).containsExactly(5, 3, 2, 5, 2).inOrder();
    assertThat(JsonInput.parse(" [ -1 , 0,\t2147483647 ,-2147483648 ]\n").tokens())
        .containsExactly(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE)
        .inOrder();
    assertThat(JsonInput.parse("[3, 1, -2, 3, 1]").tokens()).containsExactly(3, 1, -2, 3, 1);
    assertThat(JsonInput.parse("[-0]").tokens()).containsExactly(0);
  }

  @Test
  void anEmptyArrayIsAnEmptyIntInput() {
    for (String empty : List.of("[]", "[ ]", " [\n] ")) {
      Input input = JsonInput.parse(empty);
      assertThat(input.type()).isEqualTo(ElementType.INT);
      assertThat(input.tokens()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"abc",
        "\"abc\\",
        "\"a\\q\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"a\"b",
        "\"a\" \"b\"",
        "\"tab\there\"",
        "[",
        "[1",
        "[1,",
        "[1,2",
        "[1,,2]",
        "[1,]",
        "[,1]",
        "[1 2]",
        "[1]x",
        "[1] [2]",
        "[-]",
        "[+1]",
        "[01]",
        "[-01]",
        "[00]",
        "[x]"
      })
  void malformedJsonIsRejected(String argument) {
    CliException e = assertThrows(CliException.class, () -> JsonInput.parse(argument));
    assertThat(e).hasMessageThat().startsWith("malformed input ");
    assertThat(e).hasMessageThat().contains("(at offset ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1.5]",
        "[1,2.0]",
        "[1e3]",
        "[1E3]",
        "[\"a\"]",
        "[1,\"2\"]",
        "[true]",
        "[null]",
        "[[1]]",
        "[{}]"
      })
  void arrayElementsMustBeInts(String argument) {
    CliException e = assertThrows(CliException.class, () -> JsonInput.parse(argument));
    assertThat(e).hasMessageThat().contains("array elements must be ints");
  }

  @Test
  void intsOutOfRangeAreRejected() {
    for (String argument : List.of("[2147483648]", "[-2147483649]", "[99999999999999999999]")) {
      CliException e = assertThrows(CliException.class, () -> JsonInput.parse(argument));
      assertThat(e).hasMessageThat().contains("out of int range");
    }
  }

  @Test
  void messagesSayWhereTheProblemIs() {
    CliException e = assertThrows(CliException.class, () -> JsonInput.parse("[1,2 3]"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "malformed input [1,2 3]: Unexpected character ('3' (code 51)): was expecting comma to"
                + " separate Array entries (at offset 5)");
    e = assertThrows(CliException.class, () -> JsonInput.parse("\"ab"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "malformed input \"ab: Unexpected end-of-input: was expecting closing quote for a"
                + " string value (at offset 3)");
    e = assertThrows(CliException.class, () -> JsonInput.parse("[1,2.5]"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("malformed input [1,2.5]: array elements must be ints, found 2.5 (at offset 3)");
  }

  /** Whatever the writer writes as a string, the reader reads back as the same characters. */
  @Test
  void readsBackWhatTheWriterWritesForStrings() {
    Gen.forAll(1000, gen -> readsBackWhatTheWriterWritesForStrings(gen.anyString(64)));
  }

  private void readsBackWhatTheWriterWritesForStrings(String text) {
    assertChars(JsonInput.parse(JsonOutput.string(text)), text);
  }

  /** ... and the same ints for an int array. */
  @Test
  void readsBackWhatTheWriterWritesForInts() {
    Gen.forAll(1000, gen -> readsBackWhatTheWriterWritesForInts(gen.anyInts(30)));
  }

  private void readsBackWhatTheWriterWritesForInts(List<Integer> values) {
    Input input = JsonInput.parse(JsonOutput.array(values));
    assertThat(input.type()).isEqualTo(ElementType.INT);
    assertThat(input.tokens()).containsExactlyElementsIn(values).inOrder();
  }
}
