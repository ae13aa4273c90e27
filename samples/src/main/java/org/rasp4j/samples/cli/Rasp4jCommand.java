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
    customSynopsis = "java -jar samples/target/rasp4j-samples.jar COMMAND",
    synopsisHeading = "usage: ",
    description = {"", "Runs rasp4j's sample RASP programs, each by its name (add)."},
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
      CommandLine.HelpCommand.class
    })
final class Rasp4jCommand implements Callable<Integer> {
  /** What relative output paths are resolved against: the process's working directory, or a test's. */
  final Path workingDirectory;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  Rasp4jCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
