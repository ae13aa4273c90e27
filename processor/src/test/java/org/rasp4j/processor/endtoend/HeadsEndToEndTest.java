package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasp4j.Program;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;

/**
 * One rule for when two functions are one operation, in the interpreter and in the processor: the
 * same source lambda (or method) with equal captured values. Each program's heads per layer, as
 * worked out by hand, are what the interpreter's schedule and the generated class both count.
 */
class HeadsEndToEndTest {
  private static final CompiledSources CLASSES = CompiledSources.of(
      JavaFileObjects.forSourceLines("heads.Programs",
          "package heads;",
          "import static org.rasp4j.Rasp.*;",
          "import org.rasp4j.*;",
          "import org.rasp4j.annotation.*;",
          "public class Programs {",
          "  static Selector near(Sop<Integer> a) {",
          "    return select(a, a, (k, q) -> k - q < 2);",
          "  }",
          "  static Selector within(Sop<Integer> a, int d) {",
          "    return select(a, a, (k, q) -> k - q < d);",
          "  }",
          "  static Sop<Integer> shifted(Sop<Integer> a, int d) {",
          "    return a.map(INT, x -> x + d);",
          "  }",
          "  public static boolean close(int k, int q) {",
          "    return k - q < 2;",
          "  }",
          // one lambda, evaluated twice by a helper called twice: one head
          "  @RaspProgram(name = \"HelperTwice\")",
          "  public static Sop<Integer> helperTwice(Sop<Integer> t) {",
          "    return near(t).value(t).plus(near(t).value(indices()));",
          "  }",
          // the same text at two places: two heads
          "  @RaspProgram(name = \"SameTextTwice\")",
          "  public static Sop<Integer> sameTextTwice(Sop<Integer> t) {",
          "    return select(t, t, (k, q) -> k - q < 2).value(t)",
          "        .plus(select(t, t, (k, q) -> k - q < 2).value(indices()));",
          "  }",
          // one lambda capturing equal values: one head; different values: two
          "  @RaspProgram(name = \"EqualCaptures\")",
          "  public static Sop<Integer> equalCaptures(Sop<Integer> t) {",
          "    return within(t, 3).value(t).plus(within(t, 3).value(indices()));",
          "  }",
          "  @RaspProgram(name = \"DifferentCaptures\")",
          "  public static Sop<Integer> differentCaptures(Sop<Integer> t) {",
          "    return within(t, 3).value(t).plus(within(t, 4).value(indices()));",
          "  }",
          // a captured value in a loop, equal in the first two rounds only
          "  @RaspProgram(name = \"LoopCaptures\")",
          "  public static Sop<Integer> loopCaptures(Sop<Integer> t) {",
          "    Sop<Integer> sum = t;",
          "    for (int i = 0; i < 3; i++) {",
          "      sum = sum.plus(within(t, i / 2).value(indices()));",
          "    }",
          "    return sum;",
          "  }",
          // one method, referenced twice: one head
          "  @RaspProgram(name = \"MethodTwice\")",
          "  public static Sop<Integer> methodTwice(Sop<Integer> t) {",
          "    return select(t, t, Programs::close).value(t)",
          "        .plus(select(t, t, Programs::close).value(indices()));",
          "  }",
          // keys mapped by one lambda with equal captures are one SOp, so one selector: one head;
          // with different captures, two SOps and two heads
          "  @RaspProgram(name = \"MappedKeys\")",
          "  public static Sop<Integer> mappedKeys(Sop<Integer> t) {",
          "    return key(shifted(t, 1)).eq(query(t)).value(t)",
          "        .plus(key(shifted(t, 1)).eq(query(t)).value(indices()))",
          "        .plus(key(shifted(t, 2)).eq(query(t)).value(indices()));",
          "  }",
          "}"));

  @ParameterizedTest(name = "{0}: heads {1}, RASPy''s {2}")
  @CsvSource({
      "helperTwice,       HelperTwice,       1, 2",
      "sameTextTwice,     SameTextTwice,     2, 2",
      "equalCaptures,     EqualCaptures,     1, 2",
      "differentCaptures, DifferentCaptures, 2, 2",
      "loopCaptures,      LoopCaptures,      2, 3",
      "methodTwice,       MethodTwice,       1, 2",
      "mappedKeys,        MappedKeys,        2, 3",
  })
  void interpreterAndProcessorCountTheSameHeads(
      String method, String generatedClass, int heads, int raspyHeads) throws Exception {
    Program program = Program.of(CLASSES.loadClass("heads.Programs").getMethod(method, Sop.class));
    Schedule schedule = program.schedule();
    Class<?> generated = CLASSES.loadClass("heads." + generatedClass);
    List<Integer> generatedHeads = list((int[]) generated.getMethod("headsPerLayer").invoke(null));
    List<Integer> generatedRaspy =
        list((int[]) generated.getMethod("raspyHeadsPerLayer").invoke(null));

    assertWithMessage("interpreter's heads").that(schedule.headsPerLayer())
        .containsExactly(heads);
    assertWithMessage("interpreter's RASPy heads").that(schedule.objectHeadsPerLayer())
        .containsExactly(raspyHeads);
    assertWithMessage("generated heads").that(generatedHeads).containsExactly(heads);
    assertWithMessage("generated RASPy heads").that(generatedRaspy).containsExactly(raspyHeads);
  }

  private static List<Integer> list(int[] values) {
    return IntStream.of(values).boxed().toList();
  }
}
