package org.rasp4j.samples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The command line's top: its commands, the help option every command inherits, and what the
 * commands share (where relative files go, where a user's program classes are loaded from). With
 * no command it prints the usage.
 */
@Command(
    name = "java -jar samples/target/rasp4j-samples.jar",
    customSynopsis = {
      "java -jar samples/target/rasp4j-samples.jar COMMAND",
      "  or:  java -cp samples/target/rasp4j-samples.jar:PROGRAMS.jar org.rasp4j.samples.cli.Main"
          + " COMMAND"
    },
    synopsisHeading = "usage: ",
    description = {
      "",
      "Runs RASP programs: a sample by its name (add), or a @RaspProgram method of yours by"
          + " CLASS#METHOD (com.example.Programs#palindrome) with its classes on the class path"
          + " (the second form), on the class rasp4j's processor generated for it, else on the"
          + " reference interpreter."
    },
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "INPUT is a JSON string (\"hello\"), a JSON array of ints ([1,2,3]) or a bare word (hello).",
      "Errors print one line starting with \"rasp4j: \" on stderr and exit with status 2."
    },
    subcommands = {
      ListCommand.class,
      RunCommand.class,
      TraceCommand.class,
      DrawCommand.class,
      TourCommand.class,
      CompileCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
final class Rasp4jCommand implements Callable<Integer> {
  /** What relative output paths are resolved against: the process's working directory, or a test's. */
  final Path workingDirectory;

  /** What loads the class of a CLASS#METHOD program: the class path, or a test's own loader. */
  final ClassLoader programs;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  Rasp4jCommand(Path workingDirectory, ClassLoader programs) {
    this.workingDirectory = workingDirectory;
    this.programs = programs;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
