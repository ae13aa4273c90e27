package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, String> members = new LinkedHashMap<>();
    members.put("program", JsonOutput.string(call.program().name()));
    members.put("input", JsonOutput.input(call.input()));
    if (interpreted) {
      List<?> output = call.program().run(call.input());
      Schedule schedule = call.program().schedule();
      members.put("output", JsonOutput.array(output));
      members.put("layers", String.valueOf(schedule.attentionLayers()));
      members.put("heads", JsonOutput.array(schedule.headsPerLayer()));
      members.put("raspyHeads", JsonOutput.array(schedule.objectHeadsPerLayer()));
      members.put("tracrLayers", String.valueOf(schedule.tracrLayers()));
      members.put("mlpSublayers", String.valueOf(schedule.mlpSublayers()));
    } else {
      CompiledProgram compiled = CompiledProgram.of(call.program());
      List<?> output = compiled.run(call.input());
      members.put("output", JsonOutput.array(output));
      members.put("layers", String.valueOf(compiled.attentionLayers()));
      members.put("heads", JsonOutput.array(compiled.headsPerLayer()));
      members.put("raspyHeads", JsonOutput.array(compiled.raspyHeadsPerLayer()));
      members.put("tracrLayers", String.valueOf(compiled.tracrLayers()));
      members.put("mlpSublayers", String.valueOf(compiled.mlpSublayers()));
    }
    out.println(JsonOutput.object(members));
  }
}
