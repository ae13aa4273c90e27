package org.rasp4j.processor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.Count;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.model.SourceSite;
import org.rasp4j.processor.model.SourceSites;

/** Checks a program's schedule against the budgets of its {@code @RaspProgram}. */
public final class Budget {
  private Budget() {}

  /** The error to report, if the program needs more layers or heads than it may use. */
  public static Optional<String> check(String program, Schedule schedule, int maxLayers,
      int maxHeadsPerLayer, SourceSites sites) {
    if (schedule.attentionLayers() > maxLayers) {
      List<String> steps = new ArrayList<>();
      for (SopNode node : schedule.criticalPath()) {
        steps.add(step(node, sites.of(node).map(SourceSite::position)));
      }
      return Optional.of(Message.LAYER_BUDGET.format(
          program, Count.of(schedule.attentionLayers(), "attention layer"), maxLayers, String.join(" -> ", steps)));
    }
    for (Layer layer : schedule.layers()) {
      if (layer.heads().size() > maxHeadsPerLayer) {
        // One helper line builds a head per call: each is shown with the calls that led to it,
        // and heads alike in all that are counted once ("width (...) x3").
        Map<String, Integer> heads = new LinkedHashMap<>();
        for (Head head : layer.heads()) {
          SopNode output = head.outputs().get(0);
          heads.merge(step(output, sites.of(output).map(SourceSite::withCalls)), 1, Integer::sum);
        }
        List<String> listed = new ArrayList<>();
        heads.forEach((head, count) -> listed.add(count == 1 ? head : head + " x" + count));
        return Optional.of(Message.HEAD_BUDGET.format(
            program, Count.of(layer.heads().size(), "head"), layer.index(), maxHeadsPerLayer,
            "heads " + String.join(", ", listed)));
      }
    }
    return Optional.empty();
  }

  /**
   * "split point (Adder.java:41)": the name (or operation) and where it was written, in whichever
   * file that is (a helper's, not necessarily the program's).
   */
  static String step(Node node, Optional<String> site) {
    String label = node.name() != null ? node.name() : node.label();
    if (site.isPresent()) {
      return label + " (" + site.get() + ")";
    }
    return node.line() > 0 ? label + " (line " + node.line() + ")" : label;
  }
}
