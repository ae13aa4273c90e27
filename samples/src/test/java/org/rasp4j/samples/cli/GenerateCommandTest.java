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

  /**
   * The command (the generated decoder, one position per step) writes what the interpreter writes
   * when it runs again on the whole sequence at every step, on seeded random prompts.
   */
  @Test
  void theDecoderWritesWhatTheInterpreterWrites() throws Exception {
    org.rasp4j.Program program =
        org.rasp4j.samples.Catalog.find("reverse_by_generation").orElseThrow();
    long seed = new java.util.Random().nextLong();
    java.util.Random random = new java.util.Random(seed);
    for (int trial = 0; trial < 20; trial++) {
      StringBuilder prompt = new StringBuilder();
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        prompt.append("abc".charAt(random.nextInt(3)));
      }
      prompt.append('>');
      StringBuilder sequence = new StringBuilder(prompt);
      StringBuilder expected = new StringBuilder();
      for (int step = 0; step < 8; step++) {
        List<?> output = program.run(org.rasp4j.interpreter.Input.of(sequence.toString()));
        char next = (Character) output.get(output.size() - 1);
        expected.append(next);
        sequence.append(next);
        if (next == '.') {
          break;
        }
      }
      assertWithMessage("prompt %s (seed %s)", prompt, seed)
          .that(ok("generate", "reverse_by_generation", prompt.toString(), "--steps", "8",
              "--stop", ".").get("generated").asText())
          .isEqualTo(expected.toString());
    }
  }
}
