package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The residual stream's dimensions, in a stable, documented order: {@code one} (1 at every
 * position), {@code bos} (1 at position 0 only), {@code tokens:<v>} in vocabulary order, {@code
 * indices:<i>}, then layer by layer: each head's attention output ({@code <sop>:attention}), the
 * one-hots that layer's MLP writes ({@code <sop>:<value>}).
 */
final class Layout {
  static final int ONE = 0;
  static final int BOS = 1;

  private final List<String> labels = new ArrayList<>();
  private final Map<Base, Integer> offsets = new HashMap<>();
  private final Map<HeadPlan, Integer> attention = new HashMap<>();

  Layout() {
    labels.add("one");
    labels.add("bos");
  }

  void add(Base base) {
    offsets.put(base, labels.size());
    for (Object value : base.values) {
      labels.add(base.label + ":" + value);
    }
  }

  void addAttention(HeadPlan head) {
    attention.put(head, labels.size());
    labels.add(head.label() + ":attention");
  }

  int dim(Base base, Object value) {
    Integer offset = offsets.get(base);
    int index = base.indexOf(value);
    if (offset == null || index < 0) {
      throw new IllegalStateException("no direction for " + base + ":" + value);
    }
    return offset + index;
  }

  boolean has(Base base) {
    return offsets.containsKey(base);
  }

  int attention(HeadPlan head) {
    return attention.get(head);
  }

  int size() {
    return labels.size();
  }

  List<String> labels() {
    return List.copyOf(labels);
  }
}
