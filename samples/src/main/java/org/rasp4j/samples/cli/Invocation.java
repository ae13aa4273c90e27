package org.rasp4j.samples.cli;

import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.Catalog;

/** The {@code PROGRAM INPUT} arguments of {@code run} and {@code trace}, looked up and parsed. */
record Invocation(Program program, Input input) {

  /**
   * Reads {@code PROGRAM INPUT}.
   *
   * @throws CliException for a wrong argument count, an unknown program or a malformed input
   */
  static Invocation parse(String command, List<String> arguments) {
    if (arguments.size() != 2) {
      throw new CliException(
          command
              + " takes a program and an input (usage: "
              + command
              + " PROGRAM INPUT), not "
              + arguments.size()
              + " argument"
              + (arguments.size() == 1 ? "" : "s"));
    }
    String name = arguments.get(0);
    Program program =
        Catalog.find(name)
            .orElseThrow(
                () -> new CliException("unknown program '" + name + "'; 'list' shows them all"));
    return new Invocation(program, JsonInput.parse(arguments.get(1)));
  }
}
