package org.rasp4j.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trace PROGRAM INPUT}: the interpreter's trace, every SOp and head layer by layer. */
@Command(
    name = "trace",
    header = "every SOp and attention head of a run (the reference interpreter's), layer by layer")
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
