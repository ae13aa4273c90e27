package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/**
 * {@code run} uses the generated evaluator and {@code run --interpreter} the reference
 * interpreter: for every program on its example input, the two print the same line but for the
 * evaluator that ran.
 */
class RunInterpreterTest {
  @Test
  void generatedAndInterpretedRunsPrintTheSameLine() {
    for (Program program : Catalog.all()) {
      String input = JsonOutput.input(ExampleInputs.of(program));
      CommandLine compiled = CommandLine.run("run", program.name(), input);
      CommandLine interpreted = CommandLine.run("run", "--interpreter", program.name(), input);
      assertThat(compiled.status()).isEqualTo(0);
      assertThat(compiled.out()).endsWith(",\"evaluator\":\"generated\"}\n");
      assertThat(interpreted.out()).endsWith(",\"evaluator\":\"interpreter\"}\n");
      assertThat(interpreted.out().replace("\"interpreter\"}", "\"generated\"}"))
          .isEqualTo(compiled.out());
    }
  }

  @Test
  void theFlagMayComeFirstOrAfterTheProgram() {
    assertThat(CommandLine.run("run", "add", "--interpreter", "683+345").out())
        .isEqualTo(CommandLine.run("run", "--interpreter", "add", "683+345").out());
  }

  @Test
  void errorsAreTheSameLineEitherWay() {
    CommandLine compiled = CommandLine.run("run", "cumsum", "[2147483647, 1]");
    CommandLine interpreted = CommandLine.run("run", "--interpreter", "cumsum", "[2147483647, 1]");
    assertThat(compiled.status()).isEqualTo(2);
    assertThat(interpreted.err()).isEqualTo(compiled.err());
    assertThat(compiled.err()).contains("integer overflow");
  }

}
