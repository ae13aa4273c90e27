package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.Sop;
import org.rasp4j.interpreter.Input;
import org.rasp4j.processor.RaspProcessor;

/**
 * {@code @RaspProgram(vocabulary = ..., bos = ...)}: the generated evaluator rejects exactly the
 * inputs {@link Program#run} rejects, with the same exception and message, and computes the same
 * values on the others.
 */
class TokenChecksEndToEndTest {
  private static final long SEED = 0x70C3_4EL;
  private static final CompiledSources CLASSES = CompiledSources.of(
      JavaFileObjects.forSourceLines("tc.Programs",
          "package tc;",
          "import static org.rasp4j.Rasp.*;",
          "import org.rasp4j.*;",
          "import org.rasp4j.annotation.*;",
          "public class Programs {",
          "  @RaspProgram(name = \"Digits\", vocabulary = \"0123456789\")",
          "  public static Sop<Integer> digits(Sop<Character> t) {",
          "    return t.map(INT, c -> c - '0');",
          "  }",
          "  @RaspProgram(name = \"Bos\", bos = \"^\")",
          "  public static Sop<Integer> bos(Sop<Character> t) {",
          "    return key(t).eq(query(t)).width();",
          "  }",
          "  @RaspProgram(name = \"BosAndVocabulary\", bos = \"^\", vocabulary = \"ab\")",
          "  public static Sop<Character> bosAndVocabulary(Sop<Character> t) {",
          "    return t;",
          "  }",
          "  @RaspProgram(name = \"Separators\", vocabulary = \"a\\u2028\\u0085\\\"\\\\b\")",
          "  public static Sop<Character> separators(Sop<Character> t) {",
          "    return t;",
          "  }",
          "  @RaspProgram(name = \"Either\", vocabulary = \"xyz\")",
          "  public static <T> Sop<T> either(Sop<T> t) {",
          "    return key(indices()).eq(query(indices())).value(t);",
          "  }",
          "}"));

  @Test
  void aCharacterOutsideTheVocabularyIsAnUnknownToken() throws Exception {
    assertThat(generatedFailure("Digits", "12x4")).isEqualTo(
        "tokens at position 2: unknown token 'x'; digits accepts \"0123456789\"");
    assertThat(generatedFailure("Digits", "\n")).isEqualTo(
        "tokens at position 0: unknown token U+000A; digits accepts \"0123456789\"");
  }

  @Test
  void aBosProgramChecksPositionZeroAndTheRest() throws Exception {
    assertThat(generatedFailure("Bos", "ab")).isEqualTo("tokens at position 0: bos expects its"
        + " beginning-of-sequence token '^' at position 0, not 'a'; start the input with it");
    assertThat(generatedFailure("Bos", "^a^")).isEqualTo(
        "tokens at position 2: '^' is bos's beginning-of-sequence token, allowed only at"
            + " position 0");
    assertThat(generatedFailure("BosAndVocabulary", "^abc")).isEqualTo(
        "tokens at position 3: unknown token 'c'; bos_and_vocabulary accepts \"ab\"");
  }

  @Test
  void generatedAndInterpretedAgreeOnRandomInputs() throws Exception {
    Random random = new Random(SEED);
    String pool = "0129xyzab^\n\uD83D\u2028\u0085\"\\";
    for (String[] program : new String[][] {
        {"digits", "Digits"}, {"bos", "Bos"}, {"bosAndVocabulary", "BosAndVocabulary"},
        {"either", "Either"}, {"separators", "Separators"}}) {
      Program interpreted = Program.of(CLASSES.loadClass("tc.Programs")
          .getMethod(program[0], Sop.class));
      Method generated = evaluate(program[1]);
      for (int run = 0; run < 300; run++) {
        StringBuilder input = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
          input.append(pool.charAt(random.nextInt(pool.length())));
        }
        String context = program[0] + " on " + input.toString().replace("\n", "\\n")
            + " (seed " + SEED + ", run " + run + ")";
        assertWithMessage(context).that(outcome(() -> generated.invoke(null, input.toString())))
            .isEqualTo(outcome(() -> interpreted.run(Input.of(input.toString()))));
      }
    }
  }

  @Test
  void aVocabularyMayHoldLineSeparatorsQuotesAndBackslashes() throws Exception {
    // JavaPoet's $S would break the literal at U+2028; the generated class must compile.
    assertThat(evaluate("Separators").invoke(null, "a\u2028\u0085\"\\b"))
        .isEqualTo("a\u2028\u0085\"\\b".toCharArray());
    Program interpreted = Program.of(CLASSES.loadClass("tc.Programs")
        .getMethod("separators", Sop.class));
    RaspException expected =
        assertThrows(RaspException.class, () -> interpreted.run(Input.of("ac")));
    assertThat(generatedFailure("Separators", "ac")).isEqualTo(expected.getMessage());
  }

  @Test
  void intTokensHaveNoVocabulary() throws Exception {
    Method ints = CLASSES.loadClass("tc.Either").getMethod("evaluate", int[].class);
    assertThat((int[]) ints.invoke(null, (Object) new int[] {7, -1})).isEqualTo(new int[] {7, -1});
  }

  @Test
  void aBosIsOneCharacter() {
    Compilation compilation = javac()
        .withProcessors(new RaspProcessor())
        .compile(JavaFileObjects.forSourceLines("tc.Bad",
            "package tc;",
            "import org.rasp4j.*;",
            "import org.rasp4j.annotation.*;",
            "public class Bad {",
            "  @RaspProgram(bos = \"<s>\")",
            "  public static Sop<Character> withTwoCharacterBos(Sop<Character> t) { return t; }",
            "}"));
    assertThat(compilation).hadErrorContaining(
        "[rasp4j.bos] @RaspProgram(bos = \"<s>\") must be one character");
  }

  private static Method evaluate(String className) throws Exception {
    return CLASSES.loadClass("tc." + className).getMethod("evaluate", String.class);
  }

  private static String generatedFailure(String className, String input) throws Exception {
    try {
      evaluate(className).invoke(null, input);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).isInstanceOf(RaspException.class);
      return e.getCause().getMessage();
    }
    throw new AssertionError(className + " accepted " + input);
  }

  private interface Run {
    Object call() throws Exception;
  }

  /** The values, boxed, or the exception's class and message. */
  private static Object outcome(Run run) {
    try {
      Object result = run.call();
      if (result instanceof List<?> list) {
        return List.copyOf(list);
      }
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < Array.getLength(result); i++) {
        values.add(Array.get(result, i));
      }
      return values;
    } catch (InvocationTargetException e) {
      return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
