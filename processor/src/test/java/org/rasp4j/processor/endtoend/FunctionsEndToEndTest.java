package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;

/**
 * Functions given to map, zip and select, compiled by the processor and run beside the
 * interpreter on the same program: the inlined expression must be the one javac chose.
 */
class FunctionsEndToEndTest {
  private static final CompiledSources CLASSES = CompiledSources.of(
      JavaFileObjects.forSourceLines("fn.Programs",
          "package fn;",
          "import static org.rasp4j.Rasp.*;",
          "import org.rasp4j.*;",
          "import org.rasp4j.annotation.*;",
          "public class Programs {",
          "  static int twice(int x) { return 2 * x; }",
          "  @RaspProgram(name = \"Abs\")",
          "  public static Sop<Integer> abs(Sop<Character> t) {",
          "    return t.map(INT, c -> Math.abs(c) - Math.max(c, 'm'));",
          "  }",
          "  @RaspProgram(name = \"Mixed\")",
          "  public static Sop<Double> mixed(Sop<Character> t) {",
          "    return zip(DOUBLE, t, indices(), (c, i) -> c > 'k' ? i / 2 + 0.5 : twice(c) % 7);",
          "  }",
          "  @RaspProgram(name = \"Equal\")",
          "  public static Sop<Integer> equal(Sop<Character> t) {",
          "    return select(t, t, (k, q) -> k.equals(q) || Character.isDigit(k)).width();",
          "  }",
          "}"));

  @Test
  void generatedFunctionsComputeWhatTheLambdasCompute() throws Exception {
    Class<?> programs = CLASSES.loadClass("fn.Programs");
    for (String[] program : new String[][] {{"abs", "Abs"}, {"mixed", "Mixed"}, {"equal", "Equal"}}) {
      Method source = programs.getMethod(program[0], Sop.class);
      Method generated = CLASSES.loadClass("fn." + program[1]).getMethod("evaluate", String.class);
      for (String input : List.of("", "a", "hello", "z9m0k", "abcdefghijklmnopqrstuvwxyz0123")) {
        Sop<?> sop = (Sop<?>) source.invoke(null, Rasp.tokens(Rasp.CHAR));
        assertThat(boxed(generated.invoke(null, input))).isEqualTo(sop.eval(input));
      }
    }
  }

  private static List<Object> boxed(Object array) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      values.add(Array.get(array, i));
    }
    return values;
  }
}
