package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.SopNode;

/** What an MLP base holds for an assignment of its sources: one SOp's value, or the tuple. */
final class MlpValues {
  private MlpValues() {}

  static Object of(Views views, List<SopNode> sops, Map<Base, Object> assignment) {
    if (sops.size() == 1) {
      return views.value(sops.get(0), assignment);
    }
    List<Object> tuple = new ArrayList<>();
    for (SopNode sop : sops) {
      Object value = views.value(sop, assignment);
      if (value == Views.ERROR) {
        return Views.ERROR;
      }
      tuple.add(value);
    }
    return List.copyOf(tuple);
  }
}
