package org.rasp4j.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trace PROGRAM INPUT}: the interpreter's trace, every SOp and head layer by layer (summarised
 * beyond 32 positions, where n×n matrices would run to megabytes).
 */
@Command(
    name = "trace",
    header = "every SOp and attention head of a run (the reference interpreter's), layer by layer",
    description =
        "Up to 32 positions, every SOp's values and every head's matrix (1: the query selects the"
            + " key). Beyond, summarised, as the text says: each sequence's first and last 8"
            + " values, and the keys the first and last 3 queries of each head select, as runs of"
            + " positions.")
final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Mixin ProgramInput arguments;

  @Override
  public Integer call() {
    Invocation call = arguments.resolve(top.programs);
    spec.commandLine().getOut().print(call.program().trace(call.input()).render());
    return 0;
  }
}
