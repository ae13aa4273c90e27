package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code trace PROGRAM INPUT}: the interpreter's trace, every SOp and head layer by layer. */
final class TraceCommand implements Command {
  @Override
  public void execute(List<String> arguments, PrintStream out) {
    Invocation call = Invocation.parse("trace", arguments);
    out.print(call.program().trace(call.input()).render());
  }
}
