package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line: the arguments after its name in, text out. */
interface Command {
  /**
   * Runs the command, printing to {@code out}.
   *
   * @throws CliException or {@link org.rasp4j.RaspException} for a bad command line or input
   */
  void execute(List<String> arguments, PrintStream out);

  /** For the commands that take no arguments: extra words are a mistake, not to be ignored. */
  static void requireNoArguments(String command, List<String> arguments) {
    if (!arguments.isEmpty()) {
      throw new CliException(command + " takes no arguments, got: " + String.join(" ", arguments));
    }
  }
}
