package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.CausalMask;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * One attention head as the blog draws it: the query sequences down the left, the key sequences
 * along the top, the selection matrix between them, the aggregated value sequences below and the
 * head's outputs down the right.
 *
 * @param title the head's heading, e.g. {@code head 1: key(indices) < query(indices)}
 * @param queries one column each, headed {@code query: ...} as the key rows read {@code key: ...}
 * @param keys one row each
 * @param matrix {@code [query][key]}: whether query position i selects key position j
 * @param values the sequences the head moves (one row each; none for a selector width)
 * @param outputs one column each
 * @param causal whether the head is masked (a causal program's): its cells of keys after the
 *     query are drawn as masked, not as unselected
 */
record Attention(
    String title,
    List<Sequence> queries,
    List<Sequence> keys,
    boolean[][] matrix,
    List<Sequence> values,
    List<Sequence> outputs,
    boolean causal) {

  Attention {
    queries = List.copyOf(queries);
    keys = List.copyOf(keys);
    values = List.copyOf(values);
    outputs = List.copyOf(outputs);
  }

  /** A head read from a program: {@code outputs} are the aggregates (or widths) it feeds. */
  static Attention of(
      String title,
      SelectorNode selector,
      boolean[][] matrix,
      List<SopNode> outputs,
      SopValues sopValues) {
    // A causal head's selector is the program's and-ed with the mask: its sequences are the
    // program's own, and the mask is drawn in the matrix.
    boolean causal = CausalMask.isMasked(selector);
    SelectorNode shown = causal ? ((SelectorLogic) selector).operands().get(0) : selector;
    List<Sequence> queries = new ArrayList<>();
    for (SopNode query : SelectorLeaves.queries(shown)) {
      queries.add(new Sequence("query: " + Labels.ofValues(query), sopValues.of(query)));
    }
    List<Sequence> keys = new ArrayList<>();
    for (SopNode key : SelectorLeaves.keys(shown)) {
      keys.add(new Sequence("key: " + Labels.ofValues(key), sopValues.of(key)));
    }
    Set<SopNode> moved = new LinkedHashSet<>();
    for (SopNode output : outputs) {
      if (output instanceof Aggregate aggregate) {
        moved.add(aggregate.values());
      }
    }
    List<Sequence> values = new ArrayList<>();
    for (SopNode value : moved) {
      values.add(new Sequence("value: " + Labels.ofValues(value), sopValues.of(value)));
    }
    List<Sequence> results = new ArrayList<>();
    for (SopNode output : outputs) {
      results.add(new Sequence(Labels.ofValues(output), sopValues.of(output)));
    }
    return new Attention(title, queries, keys, matrix, values, results, causal);
  }

  /** The rows drawn on the shared position grid: keys and values. */
  List<Sequence> rows() {
    List<Sequence> rows = new ArrayList<>(keys);
    rows.addAll(values);
    return rows;
  }

  /** The width the query columns take left of the matrix, gaps included. */
  double queryColumnsWidth() {
    double width = 0;
    for (Sequence query : queries) {
      width += query.columnWidth() + Metrics.GAP;
    }
    return width;
  }
}
