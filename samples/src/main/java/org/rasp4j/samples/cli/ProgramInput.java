package org.rasp4j.samples.cli;

import picocli.CommandLine.Parameters;

/** The {@code PROGRAM INPUT} arguments that {@code run}, {@code trace} and {@code draw} share. */
final class ProgramInput {
  @Parameters(
      index = "0",
      paramLabel = "PROGRAM",
      description =
          "a sample's name (add; 'list' shows them), or CLASS#METHOD for a @RaspProgram method"
              + " of yours (com.example.Programs#palindrome; 'list CLASS' shows them)")
  String program;

  @Parameters(
      index = "1",
      paramLabel = "INPUT",
      description =
          "a JSON string (\"hello\"), a JSON array of ints ([1,2,3]) or a bare word (hello);"
              + " after --, an INPUT may start with '-'")
  String input;

  /**
   * The program looked up (a user's with {@code programs}), the input read.
   *
   * @throws CliException for an unknown program or a malformed input
   */
  Invocation resolve(ClassLoader programs) {
    return new Invocation(Programs.find(program, programs), JsonInput.parse(input));
  }
}
