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
    for (String command :
        new String[] {"list", "run PROGRAM INPUT", "trace PROGRAM INPUT", "tour"}) {
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
    CommandLine result = CommandLine.run("compile", "add");
    assertOneErrorLine(result, "unknown command 'compile'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void wrongArgumentCountsAreErrors() {
    assertOneErrorLine(CommandLine.run("run"), "run takes a program and an input");
    assertOneErrorLine(CommandLine.run("run", "add"), "run takes a program and an input");
    assertOneErrorLine(
        CommandLine.run("run", "add", "1+2", "3"), "run takes a program and an input");
    assertOneErrorLine(CommandLine.run("trace", "add"), "trace takes a program and an input");
    assertOneErrorLine(CommandLine.run("list", "add"), "list takes no arguments");
    assertOneErrorLine(CommandLine.run("tour", "add"), "tour takes no arguments");
  }

  @Test
  void controlCharactersInAMessageAreEscapedToKeepItOneLine() {
    // '\n' and '\0' are not in add's vocabulary; the message quotes the token.
    CommandLine newline = CommandLine.run("run", "add", "\"6\\n8\"");
    assertOneErrorLine(newline, "");
    assertThat(newline.err()).contains("unknown token '\\n'");
    CommandLine nul = CommandLine.run("run", "add", "\"6\\u00008\"");
    assertOneErrorLine(nul, "");
    assertThat(nul.err()).contains("unknown token '\\u0000'");
  }
}
