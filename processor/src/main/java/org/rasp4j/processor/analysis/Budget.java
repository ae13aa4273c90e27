package org.rasp4j.processor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.Count;
import org.rasp4j.processor.diagnostics.Message;

/** Checks a program's schedule against the budgets of its {@code @RaspProgram}. */
public final class Budget {
  private Budget() {}

  /** The error to report, if the program needs more layers or heads than it may use. */
  public static Optional<String> check(
      String program, Schedule schedule, int maxLayers, int maxHeadsPerLayer) {
    if (schedule.attentionLayers() > maxLayers) {
      List<String> steps = new ArrayList<>();
      for (SopNode node : schedule.criticalPath()) {
        steps.add(step(node));
      }
      return Optional.of(Message.LAYER_BUDGET.format(
          program, Count.of(schedule.attentionLayers(), "attention layer"), maxLayers, String.join(" -> ", steps)));
    }
    for (Layer layer : schedule.layers()) {
      if (layer.heads().size() > maxHeadsPerLayer) {
        List<String> heads = new ArrayList<>();
        for (Head head : layer.heads()) {
          heads.add(step(head.outputs().get(0)));
        }
        return Optional.of(Message.HEAD_BUDGET.format(
            program, Count.of(layer.heads().size(), "head"), layer.index(), maxHeadsPerLayer,
            "heads " + String.join(", ", heads)));
      }
    }
    return Optional.empty();
  }

  /** "split point (line 41)": the name (or operation) and where it was written. */
  static String step(Node node) {
    String label = node.name() != null ? node.name() : node.label();
    return node.line() > 0 ? label + " (line " + node.line() + ")" : label;
  }
}
