package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run [--interpreter] PROGRAM INPUT}: one line of JSON, {@code program}, {@code input},
 * {@code output}, {@code layers} and {@code heads} (merged) first, then RASPy's per-object head
 * count, tracr's layer counts, and which {@code evaluator} ran. By default the program's generated
 * evaluator computes it (and the counts are the processor's), or the reference interpreter for a
 * program without one; {@code --interpreter} uses the interpreter and the run-time analysis
 * anyway, with identical output.
 */
@Command(
    name = "run",
    header = "a run as one line of JSON: output, layers, heads, ..., and which evaluator ran it",
    description =
        "The program's generated evaluator runs it (\"evaluator\":\"generated\"), or the"
            + " reference interpreter if its build did not run rasp4j's processor"
            + " (\"evaluator\":\"interpreter\"), with the same output and errors.")
final class RunCommand implements Callable<Integer> {
  static final String INTERPRETER = "--interpreter";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Mixin ProgramInput arguments;

  @Option(
      names = INTERPRETER,
      description = "run the reference interpreter even so, with the same output")
  boolean interpreted;

  @Override
  public Integer call() {
    Invocation call = arguments.resolve(top.programs);
    Evaluator evaluator =
        interpreted ? new Evaluator.Interpreter(call.program()) : Evaluator.of(call.program());
    List<?> output = evaluator.run(call.input());
    Evaluator.Counts counts = evaluator.counts();
    ObjectNode line = JsonOutput.objectNode();
    line.put("program", call.program().name());
    line.set("input", JsonOutput.inputNode(call.input()));
    line.set("output", JsonOutput.arrayNode(output));
    line.put("layers", counts.attentionLayers());
    line.set("heads", JsonOutput.arrayNode(counts.headsPerLayer()));
    line.set("raspyHeads", JsonOutput.arrayNode(counts.raspyHeadsPerLayer()));
    line.put("tracrLayers", counts.tracrLayers());
    line.put("mlpSublayers", counts.mlpSublayers());
    line.put("evaluator", evaluator.name());
    spec.commandLine().getOut().println(JsonOutput.write(line));
    return 0;
  }
}
