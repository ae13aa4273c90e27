package org.rasp4j.samples.compiled;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.samples.Catalog;
import org.rasp4j.samples.CompiledProgram;
import org.rasp4j.testing.Gen;

/**
 * The backbone: every sample program's generated evaluator computes exactly what the reference
 * interpreter computes, errors included (same exception class and message), on random inputs.
 *
 * <p>Each try draws one raw sequence (length 0..64) and reads it in every program's own
 * vocabulary, so every program (and each token type of a generic one) sees 1 000 inputs.
 */
class GeneratedAgreesWithInterpreterTest {
  /** Characters for programs that accept any: few, so that tokens repeat. */
  private static final String ANY_CHARS = "abcab_<+0";

  @Test
  void everyProgramAgreesOnRandomInputs() {
    Gen.forAll(1000, gen -> everyProgramAgrees(gen.ints(0, 1_000_000, 0, 64)));
  }

  private static void everyProgramAgrees(List<Integer> raw) {
    for (Program program : Catalog.all()) {
      CompiledProgram compiled = CompiledProgram.of(program);
      for (ElementType type : program.tokenTypes()) {
        Input input = type == ElementType.CHAR ? chars(program, raw) : ints(raw);
        Outcome expected = Outcome.of(() -> program.run(input));
        Outcome actual = Outcome.of(() -> compiled.run(input));
        assertWithMessage("%s on %s", program.name(), input.tokens())
            .that(actual)
            .isEqualTo(expected);
      }
    }
  }

  private static Input chars(Program program, List<Integer> raw) {
    String vocabulary = program.vocabulary().isEmpty() ? ANY_CHARS : program.vocabulary();
    StringBuilder text = new StringBuilder();
    for (int r : raw) {
      text.append(vocabulary.charAt(r % vocabulary.length()));
    }
    return Input.of(text.toString());
  }

  /** Mostly small ints (repeats, sorts, sums); one in fifty huge, to reach the overflow errors. */
  private static Input ints(List<Integer> raw) {
    List<Integer> values = new ArrayList<>();
    for (int r : raw) {
      values.add(r % 50 == 0 ? (r % 100 == 0 ? Integer.MAX_VALUE - r : Integer.MIN_VALUE + r)
          : r % 21 - 10);
    }
    return Input.of(ElementType.INT, values);
  }
}
