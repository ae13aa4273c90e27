package org.rasp4j.transformer.fuzz;

import java.util.List;
import java.util.Objects;
import org.rasp4j.RaspException;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.TransformerCompiler;

/**
 * Compiles one generated program and compares the forward pass with the reference interpreter on
 * every input of its domain: the same values, or no value (a {@link RaspException} from the
 * read-out) exactly where the interpreter raises an error. The expectation is the interpreter's,
 * never the compiler's.
 */
final class DifferentialCheck {
  private DifferentialCheck() {}

  /**
   * What one program gave.
   *
   * @param refusal why the compiler refused it (a RaspException naming a SOp), or null
   * @param withValues inputs where the interpreter gave values
   * @param withErrors inputs where the interpreter raised an error
   * @param wrong the first input where the model's values differ from the interpreter's, where it
   *     has no value though the interpreter gives one, or where the compiler or the forward pass
   *     crashed; null if none
   * @param unflagged the first input where the interpreter raises an error and the model has a
   *     value at every position (an error the model does not carry to the read-out); null if none
   * @param unflaggedInputs how many such inputs
   * @param outOfMemory whether compiling ran out of heap: the model was too large, and the
   *     compiler built it instead of refusing the program
   */
  record Outcome(String refusal, int withValues, int withErrors, Disagreement wrong,
      Disagreement unflagged, int unflaggedInputs, boolean outOfMemory) {
    /** {@return the disagreement of the given kind} */
    Disagreement of(boolean errorsOnly) {
      return errorsOnly ? unflagged : wrong;
    }
  }

  /**
   * An input on which the model and the interpreter differ.
   *
   * @param input the tokens
   * @param expected the interpreter's values, or its error
   * @param actual the model's values, or its error, or the compiler's crash
   */
  record Disagreement(List<Object> input, String expected, String actual) {}

  static Outcome check(RandomProgram program) {
    CompiledTransformer model;
    try {
      model = TransformerCompiler.compile("fuzz" + program.seed(), program.node(),
          program.domain());
    } catch (RaspException refused) {
      return new Outcome(reason(refused), 0, 0, null, null, 0, false);
    } catch (OutOfMemoryError tooLarge) {
      // the weights it was allocating are garbage now, so the run can go on
      return new Outcome(null, 0, 0, null, null, 0, true);
    } catch (RuntimeException | StackOverflowError crash) {
      return new Outcome(null, 0, 0,
          new Disagreement(List.of(), "a model or a refusal", "the compiler threw " + crash),
          null, 0, false);
    }
    int values = 0;
    int errors = 0;
    int unflaggedInputs = 0;
    Disagreement wrong = null;
    Disagreement unflagged = null;
    for (List<Object> tokens : program.inputs()) {
      String expected;
      List<?> expectedValues = null;
      try {
        expectedValues = Interpreter.evaluate(program.node(),
            Input.of(program.domain().tokenType(), tokens));
        expected = expectedValues.toString();
        values++;
      } catch (RaspException error) {
        expected = "an error (" + error.getMessage() + ")";
        errors++;
      }
      List<?> actualValues = null;
      String actual;
      boolean crashed = false;
      try {
        actualValues = model.run(tokens);
        actual = actualValues.toString();
      } catch (RaspException noValue) {
        actual = "no value (" + noValue.getMessage() + ")";
      } catch (RuntimeException crash) {
        actual = "the forward pass threw " + crash;
        crashed = true;
      }
      if (expectedValues == null && actualValues != null) {
        unflaggedInputs++;
        if (unflagged == null) {
          unflagged = new Disagreement(tokens, expected, actual);
        }
      } else if (crashed || !Objects.equals(expectedValues, actualValues)) {
        // List.equals compares boxed values: 1 and 1.0, or 0.0 and -0.0, differ, as they should
        if (wrong == null) {
          wrong = new Disagreement(tokens, expected, actual);
        }
      }
    }
    return new Outcome(null, values, errors, wrong, unflagged, unflaggedInputs, false);
  }

  /** {@return the kind of a refusal, for the tally} */
  static String reason(RaspException refused) {
    String message = String.valueOf(refused.getMessage());
    if (message.contains("sums depend on the order")) {
      return "inexact double sums";
    } else if (message.contains("have the same number")) {
      return "two values with the same number";
    } else if (message.contains("weights")) {
      return "too many weights";
    } else if (message.contains("more than")) {
      return "too many values";
    } else if (message.contains("too far apart") || message.contains("too wide a range")
        || message.contains("cannot tell apart")) {
      return "values too far apart for float64";
    }
    return "other: " + message;
  }
}
