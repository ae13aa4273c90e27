package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.internal.Graph;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.processor.RaspProcessor;
import org.rasp4j.processor.analysis.ProgramSize;

/**
 * The processor compiles every program up to {@link ProgramSize#MAX_OPERATIONS} operations, warning
 * free and in agreement with the interpreter, and rejects a larger one with the size and the limit.
 * The program is a chain of layers built by a loop, counted by the runtime's own graph.
 */
class ProgramSizeTest {
  private static final long SEED = 20_261_130L;

  /** The program, as the runtime builds it; {@link #source} is the same program for javac. */
  private static Sop<Integer> program(Sop<Integer> tokens, int rounds) {
    Sop<Integer> x = tokens;
    for (int i = 1; i <= rounds; i++) {
      x = x.plus(i);
      x = key(indices()).eq(query(indices().minus(i))).value(x, i);
    }
    return x;
  }

  private static JavaFileObject source(int rounds) {
    return JavaFileObjects.forSourceLines("big.Programs",
        "package big;",
        "import static org.rasp4j.Rasp.*;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "public class Programs {",
        "  @RaspProgram(name = \"Big\")",
        "  public static Sop<Integer> big(Sop<Integer> tokens) {",
        "    Sop<Integer> x = tokens;",
        "    for (int i = 1; i <= " + rounds + "; i++) {",
        "      x = x.plus(i);",
        "      x = key(indices()).eq(query(indices().minus(i))).value(x, i);",
        "    }",
        "    return x;",
        "  }",
        "}");
  }

  private static int operations(int rounds) {
    return Graph.topological(program(tokens(INT), rounds).node()).size();
  }

  /** The most rounds whose program fits the limit. */
  private static int roundsAtTheLimit() {
    int rounds = ProgramSize.MAX_OPERATIONS / 6; // a round adds about five operations
    while (operations(rounds + 1) <= ProgramSize.MAX_OPERATIONS) {
      rounds++;
    }
    while (operations(rounds) > ProgramSize.MAX_OPERATIONS) {
      rounds--;
    }
    return rounds;
  }

  @Test
  void aProgramJustUnderTheLimitCompilesAndAgreesWithTheInterpreter() throws Exception {
    int rounds = roundsAtTheLimit();
    assertThat(operations(rounds)).isAtMost(ProgramSize.MAX_OPERATIONS);
    assertThat(operations(rounds)).isGreaterThan(ProgramSize.MAX_OPERATIONS - 10);
    CompiledSources classes = CompiledSources.of(source(rounds));
    Method evaluate = classes.loadClass("big.Big").getMethod("evaluate", int[].class);
    Sop<Integer> program = program(tokens(INT), rounds);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int run = 0; run < 60; run++) {
      int[] input = new int[random.nextInt(0, 7)];
      for (int i = 0; i < input.length; i++) {
        input[i] = random.nextInt(8) == 0 ? Integer.MAX_VALUE - random.nextInt(3)
            : random.nextInt(-1000, 1000);
      }
      assertWithMessage("seed %s, input %s", SEED, Arrays.toString(input))
          .that(generated(evaluate, input)).isEqualTo(interpreted(program, input));
    }
  }

  @Test
  void aProgramJustOverTheLimitIsRejectedWithItsSize() {
    int rounds = roundsAtTheLimit() + 1;
    int operations = operations(rounds);
    JavaFileObject source = source(rounds);
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.program-size] big has " + operations + " operations")
        .inFile(source)
        .onLineContaining("public static Sop<Integer> big(");
    assertThat(compilation).hadErrorContaining(
        "more than the " + ProgramSize.MAX_OPERATIONS + " the processor compiles");
  }

  private static Object generated(Method evaluate, int[] input) throws IllegalAccessException {
    try {
      return List.of(Arrays.stream((int[]) evaluate.invoke(null, (Object) input)).boxed()
          .toArray());
    } catch (InvocationTargetException e) {
      return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
    }
  }

  private static Object interpreted(Sop<Integer> program, int[] input) {
    try {
      return List.copyOf(Interpreter.evaluate(program.node(), Input.of(input)));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
