package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Dispatch, usage and the error convention: one "rasp4j: " line on stderr, exit status 2. */
class MainTest {

  private static void assertOneErrorLine(CommandLine result, String expectedStart) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("rasp4j: " + expectedStart);
    assertThat(result.err()).endsWith("\n");
    assertThat(result.err().strip()).doesNotContain("\n");
  }

  @Test
  void noArgumentsPrintTheUsage() {
    CommandLine result = CommandLine.run();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("usage: ");
    for (String command : new String[] {"list", "run", "trace", "draw", "tour", "compile", "help"}) {
      assertThat(result.out()).contains("\n  " + command + " ");
    }
  }

  @Test
  void helpPrintsTheSameUsage() {
    String usage = CommandLine.run().out();
    for (String help : new String[] {"help", "-h", "--help"}) {
      CommandLine result = CommandLine.run(help);
      assertThat(result.status()).isEqualTo(0);
      assertThat(result.out()).isEqualTo(usage);
      assertThat(result.err()).isEmpty();
    }
  }

  @Test
  void anUnknownCommandIsAnError() {
    CommandLine result = CommandLine.run("serve", "add");
    assertOneErrorLine(result, "unknown command 'serve'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aMisspeltCommandGetsSuggestions() {
    assertOneErrorLine(
        CommandLine.run("lsit"), "unknown command 'lsit' (did you mean 'list'?); 'help' shows");
    assertOneErrorLine(CommandLine.run("Tour"), "unknown command 'Tour' (did you mean 'tour'?)");
  }

  @Test
  void aMisspeltProgramGetsSuggestions() {
    assertOneErrorLine(
        CommandLine.run("run", "Add", "1+2"),
        "unknown program 'Add' (did you mean 'add'?); 'list' shows them all");
    assertOneErrorLine(
        CommandLine.run("trace", "flp", "hello"), "unknown program 'flp' (did you mean 'flip'?)");
  }

  @Test
  void wrongArgumentCountsAreErrors() {
    assertOneErrorLine(
        CommandLine.run("run"), "run: missing PROGRAM and INPUT; 'run --help' shows its usage");
    assertOneErrorLine(CommandLine.run("run", "add"), "run: missing INPUT");
    assertOneErrorLine(
        CommandLine.run("run", "add", "1+2", "3"), "run: unexpected argument '3'");
    assertOneErrorLine(CommandLine.run("trace", "add"), "trace: missing INPUT");
    assertOneErrorLine(CommandLine.run("tour", "add"), "tour: unexpected argument 'add'");
  }

  @Test
  void unknownOptionsAreErrors() {
    assertOneErrorLine(
        CommandLine.run("run", "--interpretr", "add", "1+2"),
        "run: unknown option '--interpretr' (did you mean '--interpreter'?)");
    assertOneErrorLine(CommandLine.run("--verbose"), "unknown option '--verbose'");
  }

  @Test
  void everyCommandHasItsUsage() {
    for (String command : new String[] {"list", "run", "trace", "draw", "tour"}) {
      CommandLine result = CommandLine.run(command, "--help");
      assertThat(result.status()).isEqualTo(0);
      assertThat(result.err()).isEmpty();
      // Its one-line summary, as in the list of commands, then its synopsis.
      assertThat(result.out())
          .contains("\nUsage: java -jar samples/target/rasp4j-samples.jar " + command + " [-h]");
      assertThat(CommandLine.run("help", command).out()).isEqualTo(result.out());
    }
    assertThat(CommandLine.run("run", "-h").out()).contains("--interpreter ");
  }

  @Test
  void anInputMayStartWithAtOrAfterDoubleDashWithMinus() {
    // Not picocli's @file expansion: the characters themselves, which add does not accept.
    assertOneErrorLine(CommandLine.run("run", "add", "@1+2"), "tokens at position 0: unknown token '@'");
    CommandLine dashed = CommandLine.run("run", "flip", "--", "-ab");
    assertThat(dashed.err()).isEmpty();
    assertThat(dashed.out()).startsWith("{\"program\":\"flip\",\"input\":\"-ab\",\"output\":[\"b\",\"a\",\"-\"],");
  }

  @Test
  void unprintableTokensInAMessageAreCodeUnits() {
    // '\n' and '\0' are not in add's vocabulary; the message names them by code unit.
    CommandLine newline = CommandLine.run("run", "add", "\"6\\n8\"");
    assertOneErrorLine(newline, "");
    assertThat(newline.err()).contains("unknown token U+000A;");
    CommandLine nul = CommandLine.run("run", "add", "\"6\\u00008\"");
    assertOneErrorLine(nul, "");
    assertThat(nul.err()).contains("unknown token U+0000;");
    // A token is one UTF-16 char: each half of the emoji is a token of its own.
    CommandLine emoji = CommandLine.run("run", "add", "6\uD83D\uDE00");
    assertOneErrorLine(emoji, "");
    assertThat(emoji.err())
        .isEqualTo("rasp4j: tokens at position 1: unknown token U+D83D; add accepts"
            + " \"0123456789+\"\n");
  }

  @Test
  void errorsAreOneLineToo() {
    assertThat(Main.failure(new OutOfMemoryError("Java heap space"))).isEqualTo(
        "out of memory (Java heap space); give java a larger heap (-Xmx), or leave out"
            + " --interpreter to run the generated evaluator");
    assertThat(Main.failure(new StackOverflowError()))
        .isEqualTo("internal error: java.lang.StackOverflowError");
    assertThat(Main.failure(new IllegalStateException("two\nlines")))
        .isEqualTo("internal error: java.lang.IllegalStateException: two\\nlines");
  }

  @Test
  void anInputTooLongForTheInterpreterIsOneLineNamingTheGeneratedEvaluator() {
    // Longer than the square root of this JVM's heap: one selector matrix could not fit.
    int n = (int) Math.sqrt(Runtime.getRuntime().maxMemory()) + 1;
    CommandLine result = CommandLine.run("run", "--interpreter", "flip", "a".repeat(n));
    // flip has two selectors: length's (a selector width) and its own.
    assertOneErrorLine(result, "tokens: the input has " + n + " tokens: the reference interpreter"
        + " would keep 2 selector matrices of " + n + "×" + n + " cells");
    assertThat(result.err()).contains("run the program's generated evaluator");
  }

  @Test
  void controlCharactersAndLoneSurrogatesInAMessageAreEscaped() {
    // The command's own messages quote what was typed; a bad program name is one of them.
    CommandLine control = CommandLine.run("run", "a\nb\u0007", "1");
    assertOneErrorLine(control, "unknown program 'a\\nb\\u0007'");
    CommandLine surrogate = CommandLine.run("run", "x\uDE00\uD83D\uDE00", "1");
    assertOneErrorLine(surrogate, "unknown program 'x\\ude00\uD83D\uDE00'");
  }
}
