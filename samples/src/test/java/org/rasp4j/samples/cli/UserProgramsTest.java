package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A user's own programs, by CLASS#METHOD: {@link org.rasp4j.samples.cli.user.Palindromes}, whose
 * evaluators the test build's processor generated. Run as they are, and as if the build had no
 * processor (a class loader that hides the generated classes), where the interpreter runs them.
 * Expected outputs are worked out by hand.
 */
class UserProgramsTest {
  private static final String CLASS = "org.rasp4j.samples.cli.user.Palindromes";
  private static final String PALINDROME = CLASS + "#palindrome";

  /** The user's classes without the evaluators the processor generated for them. */
  private static final ClassLoader WITHOUT_GENERATED =
      new Hiding(
          UserProgramsTest.class.getClassLoader(),
          "org.rasp4j.samples.cli.user",
          Set.of("org.rasp4j.samples.cli.user.Palindrome", "org.rasp4j.samples.cli.user.RunningSum"));

  private static String runOk(CommandLine result) {
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    return result.out();
  }

  private static void assertOneErrorLine(CommandLine result, String expected) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rasp4j: " + expected);
    assertThat(result.err().strip()).doesNotContain("\n");
  }

  @Test
  void runUsesTheGeneratedEvaluatorAndSaysSo() {
    // abca: a = a at the ends, b != c inside.
    // Layer 1 computes the length (one selector width), layer 2 the mirror image (one head).
    assertThat(runOk(CommandLine.run("run", PALINDROME, "abca")))
        .matches(
            "\\{\"program\":\"palindrome\",\"input\":\"abca\",\"output\":\\[true,false,false,true\\],"
                + "\"layers\":2,\"heads\":\\[1,1\\],\"raspyHeads\":\\[\\d+,1\\],\"tracrLayers\":\\d+,"
                + "\"mlpSublayers\":\\d+,\"evaluator\":\"generated\"}\n");
  }

  @Test
  void withoutItsGeneratedClassTheInterpreterRunsIt() {
    String generated = runOk(CommandLine.run("run", PALINDROME, "abba"));
    String interpreted = runOk(CommandLine.runWith(WITHOUT_GENERATED, "run", PALINDROME, "abba"));
    assertThat(generated).contains("\"output\":[true,true,true,true],");
    assertThat(generated).endsWith(",\"evaluator\":\"generated\"}\n");
    assertThat(interpreted).endsWith(",\"evaluator\":\"interpreter\"}\n");
    assertThat(interpreted.replace("\"interpreter\"", "\"generated\"")).isEqualTo(generated);
    // --interpreter asks for it even when there is a generated class.
    assertThat(runOk(CommandLine.run("run", "--interpreter", PALINDROME, "abba")))
        .isEqualTo(interpreted);
  }

  @Test
  void errorsAreTheSameLineEitherWay() {
    // '1' is not in the vocabulary; the generated class checks it as the interpreter does.
    CommandLine generated = CommandLine.run("run", PALINDROME, "ab1a");
    assertOneErrorLine(generated, "tokens at position 2: unknown token '1'; palindrome accepts");
    assertThat(CommandLine.runWith(WITHOUT_GENERATED, "run", PALINDROME, "ab1a").err())
        .isEqualTo(generated.err());
    // The running sum passes Integer.MAX_VALUE at position 1.
    CommandLine overflow = CommandLine.run("run", CLASS + "#runningSum", "[2147483647, 1]");
    assertOneErrorLine(overflow, "aggregate 'cumsum' at position 1: integer overflow");
    assertThat(
            CommandLine.runWith(WITHOUT_GENERATED, "run", CLASS + "#runningSum", "[2147483647, 1]")
                .err())
        .isEqualTo(overflow.err());
  }

  @Test
  void theMethodByItsJavaNameOrItsProgramName() {
    String javaName = runOk(CommandLine.run("run", CLASS + "#runningSum", "[3, 1, -2]"));
    assertThat(javaName)
        .startsWith("{\"program\":\"running_sum\",\"input\":[3,1,-2],\"output\":[3,4,2],");
    assertThat(runOk(CommandLine.run("run", CLASS + "#running_sum", "[3, 1, -2]")))
        .isEqualTo(javaName);
  }

  @Test
  void listShowsAClasssProgramsAsRunNamesThem() {
    List<String> lines = List.of(runOk(CommandLine.run("list", CLASS)).split("\n"));
    assertThat(lines)
        .containsExactly(
            PALINDROME + "  char  layers=2  heads=[1, 1]  evaluator=generated",
            CLASS + "#runningSum  int   layers=1  heads=[1]     evaluator=generated")
        .inOrder();
    List<String> hidden =
        List.of(runOk(CommandLine.runWith(WITHOUT_GENERATED, "list", CLASS)).split("\n"));
    assertThat(hidden)
        .containsExactly(
            PALINDROME + "  char  layers=2  heads=[1, 1]  evaluator=interpreter",
            CLASS + "#runningSum  int   layers=1  heads=[1]     evaluator=interpreter")
        .inOrder();
  }

  @Test
  void traceAndDrawTakeTheSameName() {
    String trace = runOk(CommandLine.run("trace", PALINDROME, "aba"));
    assertThat(trace).startsWith("input ['a', 'b', 'a']\n");
    assertThat(trace).endsWith("\noutput [true, true, true]\n");
    assertThat(CommandLine.runWith(WITHOUT_GENERATED, "trace", PALINDROME, "aba").out())
        .isEqualTo(trace);
    CommandLine draw =
        CommandLine.run("draw", PALINDROME, "aba", "--out", "user-palindrome.svg");
    assertThat(runOk(draw)).isEqualTo("user-palindrome.svg\n");
  }

  @Test
  void unknownClassesAndMethodsAreOneLine() {
    assertOneErrorLine(
        CommandLine.run("run", "com.example.Nope#palindrome", "abba"),
        "unknown class 'com.example.Nope'; is it on the class path?");
    assertOneErrorLine(
        CommandLine.run("run", CLASS + "#palindrom", "abba"),
        CLASS + " has no @RaspProgram method 'palindrom' (did you mean 'palindrome'?); 'list "
            + CLASS
            + "' shows them all");
    assertOneErrorLine(
        CommandLine.run("list", "com.example.Nope"), "unknown class 'com.example.Nope'");
    assertOneErrorLine(
        CommandLine.run("list", "java.lang.String"), "java.lang.String has no @RaspProgram method");
    assertOneErrorLine(
        CommandLine.run("trace", "java.lang.String#length", "abba"),
        "java.lang.String has no @RaspProgram method");
  }
}
