package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.analysis.Schedule;

/**
 * {@code run PROGRAM INPUT}: one line of JSON, {@code program}, {@code input}, {@code output},
 * {@code layers} and {@code heads} (merged) first, then RASPy's per-object head count and tracr's
 * layer counts.
 */
final class RunCommand implements Command {
  @Override
  public void execute(List<String> arguments, PrintStream out) {
    Invocation call = Invocation.parse("run", arguments);
    List<?> output = call.program().run(call.input());
    Schedule schedule = call.program().schedule();
    Map<String, String> members = new LinkedHashMap<>();
    members.put("program", JsonOutput.string(call.program().name()));
    members.put("input", JsonOutput.input(call.input()));
    members.put("output", JsonOutput.array(output));
    members.put("layers", String.valueOf(schedule.attentionLayers()));
    members.put("heads", JsonOutput.array(schedule.headsPerLayer()));
    members.put("raspyHeads", JsonOutput.array(schedule.objectHeadsPerLayer()));
    members.put("tracrLayers", String.valueOf(schedule.tracrLayers()));
    members.put("mlpSublayers", String.valueOf(schedule.mlpSublayers()));
    out.println(JsonOutput.object(members));
  }
}
