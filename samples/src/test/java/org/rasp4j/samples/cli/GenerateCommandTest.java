package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code generate}: tokens written one at a time by a causal program, worked out by hand. */
class GenerateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode ok(String... args) throws Exception {
    CommandLine result = CommandLine.run(args);
    assertWithMessage("%s", List.of(args)).that(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    return JSON.readTree(result.out());
  }

  private static void error(String fragment, String... args) {
    CommandLine result = CommandLine.run(args);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rasp4j: ");
    assertThat(result.err().strip()).doesNotContain("\n");
    assertThat(result.err()).contains(fragment);
  }

  @Test
  void reverseByGenerationWritesThePromptBackwardsThenStops() throws Exception {
    JsonNode line = ok("generate", "reverse_by_generation", "abc>", "--steps", "10", "--stop", ".");
    assertThat(line.get("program").asText()).isEqualTo("reverse_by_generation");
    assertThat(line.get("prompt").asText()).isEqualTo("abc>");
    assertThat(line.get("generated").asText()).isEqualTo("cba.");
  }

  @Test
  void stepsBoundTheTokens() throws Exception {
    assertThat(ok("generate", "reverse_by_generation", "abc>", "--steps", "2")
        .get("generated").asText()).isEqualTo("cb");
    assertThat(ok("generate", "reverse_by_generation", "abc>", "--steps", "0")
        .get("generated").asText()).isEmpty();
    // without a stop token it goes on: after '.', the source position is below 0 again: '.'
    assertThat(ok("generate", "reverse_by_generation", "ab>", "--steps", "4")
        .get("generated").asText()).isEqualTo("ba..");
  }

  @Test
  void theShiftFeedsItselfBack() throws Exception {
    // "abc": the last output is the previous token 'b'; then "abcb" gives 'c'; "abcbc" gives 'b'
    assertThat(ok("generate", "causal_shift_by", "abc", "--steps", "3")
        .get("generated").asText()).isEqualTo("bcb");
  }

  @Test
  void errorsAreOneLine() {
    error("reverse is not causal", "generate", "reverse", "abc", "--steps", "2");
    error("outputs int values, not char tokens", "generate", "causal_length", "abc", "--steps", "1");
    error("--stop is one character", "generate", "reverse_by_generation", "ab>", "--steps", "1",
        "--stop", "xy");
    error("the prompt is empty", "generate", "reverse_by_generation", "\"\"", "--steps", "1");
  }
}
