package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.interpreter.Input;

/** The command line's JSON writer: values, arrays, inputs, objects and string escapes. */
class JsonOutputTest {

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharacters() {
    assertThat(JsonOutput.string("hello")).isEqualTo("\"hello\"");
    assertThat(JsonOutput.string("")).isEqualTo("\"\"");
    assertThat(JsonOutput.string("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(JsonOutput.string("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    assertThat(JsonOutput.string("\0")).isEqualTo("\"\\u0000\"");
    assertThat(JsonOutput.string("\u0001\u001f ")).isEqualTo("\"\\u0001\\u001f \"");
  }

  @Test
  void nonAsciiCharactersPrintAsTheyAre() {
    assertThat(JsonOutput.string("§é\u007f")).isEqualTo("\"§é\u007f\"");
    assertThat(JsonOutput.string("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
  }

  @Test
  void halfASurrogatePairIsEscaped() {
    assertThat(JsonOutput.string("\ud83d")).isEqualTo("\"\\ud83d\"");
    assertThat(JsonOutput.string("\ude00x")).isEqualTo("\"\\ude00x\"");
    assertThat(JsonOutput.string("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
  }

  @Test
  void valuesOfEveryType() {
    assertThat(JsonOutput.value('x')).isEqualTo("\"x\"");
    assertThat(JsonOutput.value('\0')).isEqualTo("\"\\u0000\"");
    assertThat(JsonOutput.value('"')).isEqualTo("\"\\\"\"");
    assertThat(JsonOutput.value("xy")).isEqualTo("\"xy\"");
    assertThat(JsonOutput.value(true)).isEqualTo("true");
    assertThat(JsonOutput.value(false)).isEqualTo("false");
    assertThat(JsonOutput.value(42)).isEqualTo("42");
    assertThat(JsonOutput.value(-7)).isEqualTo("-7");
    assertThat(JsonOutput.value(0.5)).isEqualTo("0.5");
    assertThat(JsonOutput.value(2.0)).isEqualTo("2.0");
    assertThat(JsonOutput.value(-0.25)).isEqualTo("-0.25");
    assertThat(JsonOutput.value(1e300)).isEqualTo("1.0E300");
  }

  @Test
  void nonFiniteDoublesAreNull() {
    assertThat(JsonOutput.value(Double.NaN)).isEqualTo("null");
    assertThat(JsonOutput.value(Double.POSITIVE_INFINITY)).isEqualTo("null");
    assertThat(JsonOutput.value(Double.NEGATIVE_INFINITY)).isEqualTo("null");
  }

  @Test
  void otherObjectsAreNotRaspValues() {
    assertThrows(IllegalArgumentException.class, () -> JsonOutput.value(1L));
    assertThrows(IllegalArgumentException.class, () -> JsonOutput.value(new Object()));
    assertThrows(IllegalArgumentException.class, () -> JsonOutput.array(Arrays.asList(1, null)));
  }

  @Test
  void arraysAreCompact() {
    assertThat(JsonOutput.array(List.of())).isEqualTo("[]");
    assertThat(JsonOutput.array(List.of(0, 0, 0, 1, 0, 2, 8))).isEqualTo("[0,0,0,1,0,2,8]");
    assertThat(JsonOutput.array(List.of('o', 'l'))).isEqualTo("[\"o\",\"l\"]");
    assertThat(JsonOutput.array(List.of(false, true))).isEqualTo("[false,true]");
    assertThat(JsonOutput.array(List.of(0.5, 1.0))).isEqualTo("[0.5,1.0]");
    assertThat(JsonOutput.array(List.of(List.of(1, 0), List.of()))).isEqualTo("[[1,0],[]]");
  }

  @Test
  void inputsPrintAsTyped() {
    assertThat(JsonOutput.input(Input.of("683+345"))).isEqualTo("\"683+345\"");
    assertThat(JsonOutput.input(Input.of(""))).isEqualTo("\"\"");
    assertThat(JsonOutput.input(Input.of("a\"\0"))).isEqualTo("\"a\\\"\\u0000\"");
    assertThat(JsonOutput.input(Input.of(5, 3, -2))).isEqualTo("[5,3,-2]");
    assertThat(JsonOutput.input(Input.of(new int[0]))).isEqualTo("[]");
  }

  @Test
  void objectsKeepTheirMembersInOrder() {
    ObjectNode members = JsonOutput.objectNode();
    members.put("program", "add");
    members.put("layers", 6);
    members.set("a\"b", JsonOutput.arrayNode(List.of()));
    assertThat(JsonOutput.write(members))
        .isEqualTo("{\"program\":\"add\",\"layers\":6,\"a\\\"b\":[]}");
    assertThat(JsonOutput.write(JsonOutput.objectNode())).isEqualTo("{}");
  }
}
