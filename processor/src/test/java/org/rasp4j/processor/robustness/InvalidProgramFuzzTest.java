package org.rasp4j.processor.robustness;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.processor.RaspProcessor;
import org.rasp4j.processor.testing.CompiledClasses;

/**
 * The processor's promise on programs javac accepts: it never crashes a build and never writes
 * code javac rejects; whatever it cannot compile is one error with a {@code [rasp4j.*]} code at
 * the culprit in the user's source. Each round compiles a class mixing random invalid programs
 * ({@link InvalidPrograms}) with random valid ones, then the valid ones alone, whose evaluators
 * must agree with the interpreter.
 *
 * <p>The default run compiles 300 invalid programs (every construct at least four times, in 15
 * to 40 s). A long
 * campaign: {@code mvn -B -pl processor -am test -Dtest=InvalidProgramFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drasp4j.invalid.programs=5000
 * -Drasp4j.invalid.seed=$RANDOM}; a failure names its round, replayed alone with {@code
 * -Drasp4j.invalid.round='seed:construct|...'}.
 */
class InvalidProgramFuzzTest {
  private static final int PROGRAMS = Integer.getInteger("rasp4j.invalid.programs", 300);
  private static final long SEED = Long.getLong("rasp4j.invalid.seed", 0x7a5b_1e55L);
  private static final int INVALID_PER_ROUND = 4;
  private static final int INPUTS = 4;
  private static final Pattern CODED =
      Pattern.compile("^\\[rasp4j\\.[a-z-]+\\] .*", Pattern.DOTALL);

  /** One round to replay, as a failure prints it: {@code seed:construct|construct|...}. */
  private static final String ROUND = System.getProperty("rasp4j.invalid.round");

  @Test
  void invalidProgramsAreErrorsAtTheirCulpritAndValidNeighboursStillCompile() {
    if (ROUND != null) {
      int colon = ROUND.indexOf(':');
      long seed = Long.parseLong(ROUND.substring(0, colon));
      List<String> problems = round(new Random(seed),
          List.of(ROUND.substring(colon + 1).split("\\|")));
      if (!problems.isEmpty()) {
        fail(String.join("\n", problems));
      }
      return;
    }
    List<String> constructs = InvalidPrograms.names();
    List<String> order = new ArrayList<>();
    long roundSeed = SEED;
    List<String> failures = new ArrayList<>();
    for (int done = 0; done < PROGRAMS; done += INVALID_PER_ROUND) {
      Random random = new Random(roundSeed);
      if (order.size() < INVALID_PER_ROUND) {
        // Cycle through every construct, in a random order, before repeating one.
        List<String> shuffled = new ArrayList<>(constructs);
        Collections.shuffle(shuffled, random);
        order.addAll(shuffled);
      }
      List<String> round = new ArrayList<>(order.subList(0, INVALID_PER_ROUND));
      order.subList(0, INVALID_PER_ROUND).clear();
      List<String> problems = round(random, round);
      if (!problems.isEmpty()) {
        failures.add("round -Drasp4j.invalid.round='" + roundSeed + ":" + String.join("|", round)
            + "':\n" + String.join("\n", problems));
      }
      roundSeed = new SplittableRandom(roundSeed).nextLong();
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " failing rounds (seed " + SEED + "):\n\n"
          + String.join("\n\n", failures));
    }
  }

  /** Compiles one round; returns what went wrong, with the source. */
  private static List<String> round(Random random, List<String> constructs) {
    List<FuzzProgram> programs = new ArrayList<>();
    int id = 0;
    for (String construct : constructs) {
      programs.add(InvalidPrograms.named(random, id++, construct));
    }
    int valid = 1 + random.nextInt(3);
    for (int i = 0; i < valid; i++) {
      programs.add(InvalidPrograms.valid(random, id++, i == 0 && random.nextInt(3) == 0));
    }
    Collections.shuffle(programs, random);
    List<String> problems = new ArrayList<>();
    String source = source(programs);
    checkMixed(programs, source, problems);
    List<FuzzProgram> validOnes = programs.stream().filter(FuzzProgram::valid).toList();
    checkValid(validOnes, source(validOnes), random, problems);
    if (!problems.isEmpty()) {
      problems.add("source:\n" + numbered(source));
    }
    return problems;
  }

  private static String source(List<FuzzProgram> programs) {
    StringBuilder text = new StringBuilder();
    text.append("package fuzz;\n")
        .append("import static org.rasp4j.Rasp.*;\n")
        .append("import static org.rasp4j.Library.*;\n")
        .append("import org.rasp4j.*;\n")
        .append("import org.rasp4j.annotation.*;\n")
        .append("public class Programs {\n");
    for (FuzzProgram program : programs) {
      for (String member : program.members()) {
        text.append("  ").append(member).append('\n');
      }
    }
    return text.append("}\n").toString();
  }

  /** (a) no crash, no internal error; (b) one coded error per invalid program, at its culprit;
   *  (c) nothing reported in a generated file, and no error on a valid program. */
  private static void checkMixed(List<FuzzProgram> programs, String text, List<String> problems) {
    JavaFileObject source = JavaFileObjects.forSourceString("fuzz.Programs", text);
    Compilation compilation;
    try {
      compilation = javac().withOptions("-Xlint:all,-processing")
          .withProcessors(new RaspProcessor()).compile(source);
    } catch (RuntimeException | Error e) {
      problems.add("the compilation threw " + e);
      return;
    }
    int[] errorsPerProgram = new int[programs.size()];
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.contains("rasp4j internal error")) {
        problems.add("internal error: " + message);
        continue;
      }
      if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
        if (diagnostic.getSource() != null && !sameFile(diagnostic.getSource(), source)) {
          problems.add("a " + diagnostic.getKind() + " in generated code: " + diagnostic);
        }
        continue;
      }
      if (diagnostic.getSource() == null || !sameFile(diagnostic.getSource(), source)) {
        problems.add("an error outside the user's source (generated code javac rejects?): "
            + diagnostic);
        continue;
      }
      if (!CODED.matcher(message).matches()) {
        problems.add("an error without a [rasp4j.*] code (javac's own?) at line "
            + diagnostic.getLineNumber() + ": " + message);
        continue;
      }
      long start = diagnostic.getStartPosition();
      FuzzProgram culprit = null;
      for (int i = 0; i < programs.size(); i++) {
        FuzzProgram program = programs.get(i);
        if (!program.valid() && inSpan(text, program.id(), start)) {
          culprit = program;
          errorsPerProgram[i]++;
        }
      }
      if (culprit == null) {
        problems.add("an error outside every culprit, at line " + diagnostic.getLineNumber()
            + " column " + diagnostic.getColumnNumber() + ": " + message);
      } else if (!message.startsWith("[" + culprit.expectedCode() + "]")) {
        problems.add("'" + culprit.construct() + "' (p" + culprit.id() + ") expected ["
            + culprit.expectedCode() + "], got: " + firstLine(message));
      }
    }
    for (int i = 0; i < programs.size(); i++) {
      FuzzProgram program = programs.get(i);
      if (!program.valid() && errorsPerProgram[i] != 1) {
        problems.add("'" + program.construct() + "' (p" + program.id() + ") got "
            + errorsPerProgram[i] + " errors at its culprit, not 1");
      }
    }
  }

  /** (d) the valid programs alone compile warning-free and agree with the interpreter. */
  private static void checkValid(
      List<FuzzProgram> programs, String text, Random random, List<String> problems) {
    Compilation compilation;
    try {
      compilation = javac().withOptions("-Xlint:all,-processing", "-Werror")
          .withProcessors(new RaspProcessor())
          .compile(JavaFileObjects.forSourceString("fuzz.Programs", text));
    } catch (RuntimeException | Error e) {
      problems.add("compiling the valid programs threw " + e);
      return;
    }
    if (compilation.status() != Compilation.Status.SUCCESS
        || compilation.diagnostics().stream().anyMatch(d -> d.getKind() != Diagnostic.Kind.NOTE)) {
      problems.add("the valid programs alone do not compile cleanly: " + compilation.diagnostics()
          + "\n" + numbered(text));
      return;
    }
    CompiledClasses classes = new CompiledClasses(compilation);
    for (FuzzProgram program : programs) {
      try {
        Program interpreted = Program.of(
            classes.loadClass("fuzz.Programs").getDeclaredMethod(program.method(),
                org.rasp4j.Sop.class));
        Class<?> evaluator = classes.loadClass("fuzz." + program.generatedClass());
        for (int i = 0; i < INPUTS; i++) {
          Object tokens = program.charTokens() ? chars(random) : ints(random);
          Input input = tokens instanceof String s ? Input.of(s) : Input.of((int[]) tokens);
          String expected = outcome(() -> interpreted.run(input));
          Method evaluate = evaluator.getMethod("evaluate", tokens.getClass());
          String actual = outcome(() -> boxed(evaluate.invoke(null, tokens)));
          if (!expected.equals(actual)) {
            problems.add("p" + program.id() + " on " + describe(tokens) + ": interpreter "
                + expected + ", generated " + actual);
          }
        }
      } catch (ReflectiveOperationException e) {
        problems.add("p" + program.id() + " cannot be loaded: " + e);
      }
    }
  }

  private interface Run {
    List<?> run() throws Exception;
  }

  private static String outcome(Run run) {
    try {
      return run.run().toString();
    } catch (InvocationTargetException e) {
      return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String chars(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(6);
    for (int i = 0; i < length; i++) {
      text.append("ab01z".charAt(random.nextInt(5)));
    }
    return text.toString();
  }

  private static int[] ints(Random random) {
    int[] values = new int[random.nextInt(6)];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(10) == 0 ? Integer.MAX_VALUE : random.nextInt(9) - 3;
    }
    return values;
  }

  private static String describe(Object tokens) {
    return tokens instanceof int[] ints ? java.util.Arrays.toString(ints) : "\"" + tokens + "\"";
  }

  private static List<Object> boxed(Object array) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      values.add(Array.get(array, i));
    }
    return values;
  }

  private static boolean inSpan(String text, int id, long position) {
    int open = text.indexOf(FuzzProgram.open(id));
    int close = text.indexOf(FuzzProgram.close(id));
    return open >= 0 && close >= 0
        && position >= open + FuzzProgram.open(id).length() && position < close;
  }

  private static boolean sameFile(JavaFileObject a, JavaFileObject b) {
    return Objects.equals(a.toUri(), b.toUri());
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String numbered(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }
}
