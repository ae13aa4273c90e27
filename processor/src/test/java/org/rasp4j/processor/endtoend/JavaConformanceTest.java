package org.rasp4j.processor.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rasp4j.processor.endtoend.JavaExpressions.Expr;
import org.rasp4j.processor.endtoend.JavaExpressions.Kind;

/**
 * Java conformance of the processor's subset: random, type-correct expressions (see {@link
 * JavaExpressions}) as the functions of map, zip and select programs and in program bodies, a
 * batch of them compiled with the processor into one source. javac compiles each lambda and body
 * for the interpreter (the JVM's answer); the processor types and translates them itself (its
 * answer is the generated evaluator). On random inputs both must give the same values, or the
 * same exception class and message.
 *
 * <p>CI runs {@value #DEFAULT_BATCHES} batches; {@code -Drasp4j.conformance.batches=N} runs more,
 * {@code -Drasp4j.conformance.seed=S} starts from another seed (each batch's seed is in its name
 * and in every failure).
 */
class JavaConformanceTest {
  static final int DEFAULT_BATCHES = 20;
  private static final int PROGRAMS_PER_BATCH = 40;
  private static final int INPUTS_PER_PROGRAM = 12;

  /** A program of the batch: its method, its generated class, and what it computes. */
  private record Case(String method, String generated, String description, String source) {}

  @TestFactory
  Stream<DynamicTest> generatedEvaluatorsComputeWhatJavacCompiled() {
    int batches = Integer.getInteger("rasp4j.conformance.batches", DEFAULT_BATCHES);
    long base = Long.getLong("rasp4j.conformance.seed", 20_261_130L);
    return IntStream.range(0, batches).mapToObj(b -> {
      long seed = base + b;
      return DynamicTest.dynamicTest("batch seed " + seed, () -> runBatch(seed));
    });
  }

  private static void runBatch(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < PROGRAMS_PER_BATCH; i++) {
      cases.add(i % 4 == 3 ? bodyCase(random, i) : functionCase(random, i));
    }
    StringBuilder source = new StringBuilder("package conf;\n")
        .append("import static org.rasp4j.Rasp.*;\n")
        .append("import org.rasp4j.*;\n")
        .append("import org.rasp4j.annotation.*;\n")
        .append("public class Batch {\n");
    JavaExpressions.HELPERS.forEach(h -> source.append("  ").append(h).append('\n'));
    cases.forEach(c -> source.append(c.source()));
    source.append("}\n");
    CompiledSources classes;
    try {
      classes = CompiledSources.of(JavaFileObjects.forSourceString("conf.Batch", source.toString()));
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + ": the batch does not compile with the processor\n"
          + e.getMessage() + "\nThe batch:\n" + source, e);
    }
    for (Case c : cases) {
      for (int n = 0; n < INPUTS_PER_PROGRAM; n++) {
        int[] input = input(random);
        String interpreted = Agreement.interpreted(classes, "conf.Batch", c.method(), input);
        String generated = Agreement.generated(classes, "conf." + c.generated(), input);
        assertEquals(interpreted, generated, () -> "seed " + seed + ", " + c.method() + " on "
            + Arrays.toString(input) + ": " + c.description());
      }
    }
  }

  private static Case functionCase(SplittableRandom random, int i) {
    Map<String, Kind> names = new LinkedHashMap<>();
    names.put("x", Kind.BOX_INT);
    names.put("m", Kind.INT);
    names.put("L", Kind.INT);
    int shape = random.nextInt(5);
    if (shape == 0 || shape == 4) {
      names.put("y", Kind.BOX_CHAR);
    }
    if (shape == 0) {
      names.put("z", Kind.BOX_DOUBLE);
    }
    JavaExpressions expressions = new JavaExpressions(random, names, false);
    int depth = 1 + random.nextInt(4);
    Expr e;
    String type;
    String result;
    switch (shape) {
      case 0 -> {
        e = expressions.any(depth);
        type = "String";
        result = "zip(STRING, t, c, d, (x, y, z) -> \"\" + " + e.text() + ")";
      }
      case 1 -> {
        e = expressions.any(depth);
        type = "String";
        result = "t.map(STRING, x -> \"\" + " + e.text() + ")";
      }
      case 2 -> {
        e = expressions.of(random.nextBoolean() ? Kind.INT : Kind.BOX_INT, depth);
        type = "Integer";
        result = "t.map(INT, x -> " + e.text() + ")";
      }
      case 3 -> {
        e = expressions.of(Kind.BOOLEAN, depth);
        type = "Boolean";
        result = "t.map(BOOL, x -> " + e.text() + ")";
      }
      default -> {
        e = expressions.of(Kind.BOOLEAN, depth);
        type = "Integer";
        result = "select(t, c, (x, y) -> " + e.text() + ").width()";
      }
    }
    String method = "p" + i;
    String text = "  @RaspProgram(name = \"P" + i + "\")\n"
        + "  public static Sop<" + type + "> " + method + "(Sop<Integer> t) {\n"
        + "    int m = " + random.nextInt(-3, 8) + ";\n"
        + "    final int L = " + random.nextInt(0, 70_000) + ";\n"
        + "    Sop<Character> c = t.map(CHAR, v -> (char) ('a' + (v & 15)));\n"
        + "    Sop<Double> d = t.map(DOUBLE, v -> v / 4.0);\n"
        + "    return " + result + ";\n"
        + "  }\n";
    return new Case(method, "P" + i, result, text);
  }

  /** An expression evaluated at compile time in a program body (javac's value against the processor's). */
  private static Case bodyCase(SplittableRandom random, int i) {
    Map<String, Kind> names = new LinkedHashMap<>();
    names.put("a", Kind.INT);
    names.put("b", Kind.CHAR);
    names.put("e", Kind.DOUBLE);
    names.put("s", Kind.STRING);
    names.put("g", Kind.BOOLEAN);
    names.put("m", Kind.INT);
    names.put("L", Kind.INT);
    Expr e = new JavaExpressions(random, names, true).any(1 + random.nextInt(4));
    String method = "b" + i;
    String text = "  @RaspProgram(name = \"B" + i + "\")\n"
        + "  public static Sop<String> " + method + "(Sop<Integer> t) {\n"
        + "    int a = " + random.nextInt(-50, 50) + ";\n"
        + "    char b = '" + (char) random.nextInt('a', 'z' + 1) + "';\n"
        + "    double e = " + random.nextInt(-8, 9) / 4.0 + ";\n"
        + "    String s = \"" + random.nextInt(100) + "\";\n"
        + "    boolean g = " + random.nextBoolean() + ";\n"
        + "    int m = " + random.nextInt(-3, 8) + ";\n"
        + "    final int L = " + random.nextInt(0, 70_000) + ";\n"
        + "    String v = \"\" + " + e.text() + ";\n"
        + "    return t.map(STRING, x -> v + x);\n"
        + "  }\n";
    return new Case(method, "B" + i, "body " + e.text(), text);
  }

  private static int[] input(SplittableRandom random) {
    int length = random.nextInt(6);
    int[] values = new int[length];
    for (int i = 0; i < length; i++) {
      values[i] = switch (random.nextInt(8)) {
        case 0 -> Integer.MAX_VALUE;
        case 1 -> Integer.MIN_VALUE;
        case 2 -> 0;
        default -> random.nextInt(-20, 21);
      };
    }
    return values;
  }
}
