package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.samples.CompiledProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run [--interpreter] PROGRAM INPUT}: one line of JSON, {@code program}, {@code input},
 * {@code output}, {@code layers} and {@code heads} (merged) first, then RASPy's per-object head
 * count and tracr's layer counts. By default the program's generated evaluator computes it (and
 * the counts are the processor's); {@code --interpreter} uses the reference interpreter and the
 * run-time analysis instead, with identical output.
 */
@Command(
    name = "run",
    description = "a run as one line of JSON: output, layers, heads, ...")
final class RunCommand implements Callable<Integer> {
  static final String INTERPRETER = "--interpreter";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ProgramInput arguments;

  @Option(
      names = INTERPRETER,
      description = "run the reference interpreter instead, with identical output")
  boolean interpreted;

  @Override
  public Integer call() {
    Invocation call = arguments.resolve();
    ObjectNode line = JsonOutput.objectNode();
    line.put("program", call.program().name());
    line.set("input", JsonOutput.inputNode(call.input()));
    if (interpreted) {
      List<?> output = call.program().run(call.input());
      Schedule schedule = call.program().schedule();
      line.set("output", JsonOutput.arrayNode(output));
      line.put("layers", schedule.attentionLayers());
      line.set("heads", JsonOutput.arrayNode(schedule.headsPerLayer()));
      line.set("raspyHeads", JsonOutput.arrayNode(schedule.objectHeadsPerLayer()));
      line.put("tracrLayers", schedule.tracrLayers());
      line.put("mlpSublayers", schedule.mlpSublayers());
    } else {
      CompiledProgram compiled = CompiledProgram.of(call.program());
      List<?> output = compiled.run(call.input());
      line.set("output", JsonOutput.arrayNode(output));
      line.put("layers", compiled.attentionLayers());
      line.set("heads", JsonOutput.arrayNode(compiled.headsPerLayer()));
      line.set("raspyHeads", JsonOutput.arrayNode(compiled.raspyHeadsPerLayer()));
      line.put("tracrLayers", compiled.tracrLayers());
      line.put("mlpSublayers", compiled.mlpSublayers());
    }
    spec.commandLine().getOut().println(JsonOutput.write(line));
    return 0;
  }
}
