package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.samples.CompiledProgram;

/**
 * {@code run [--interpreter] PROGRAM INPUT}: one line of JSON, {@code program}, {@code input},
 * {@code output}, {@code layers} and {@code heads} (merged) first, then RASPy's per-object head
 * count and tracr's layer counts. By default the program's generated evaluator computes it (and
 * the counts are the processor's); {@code --interpreter} uses the reference interpreter and the
 * run-time analysis instead, with identical output.
 */
final class RunCommand implements Command {
  static final String INTERPRETER = "--interpreter";

  @Override
  public void execute(List<String> arguments, PrintStream out) {
    List<String> rest = new ArrayList<>(arguments);
    boolean interpreted = rest.remove(INTERPRETER);
    Invocation call = Invocation.parse("run", rest);
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
    out.println(JsonOutput.write(line));
  }
}
