package org.rasp4j.interpreter;

import java.util.List;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * A trace as text, layer by layer: every SOp's values and every head's matrix. Up to {@link
 * #FULL} positions everything is printed; beyond, the output would grow as n² (10,000 tokens made
 * 200 MB of matrices), so it is summarised and says so: each sequence shows its first and last
 * {@link #ENDS} values, each head the keys its first and last {@link #QUERIES} queries select, as
 * runs of positions.
 */
final class TraceText {
  /** The most positions printed in full: a 32×32 matrix still reads at a glance. */
  static final int FULL = 32;

  /** Values shown at each end of a summarised sequence. */
  static final int ENDS = 8;

  /** Queries shown at each end of a summarised matrix. */
  static final int QUERIES = 3;

  /** Runs of selected keys shown for one query before "…" (a checkerboard has n/2 of them). */
  static final int RUNS = 8;

  private final Trace trace;
  private final boolean summarised;
  private final StringBuilder out = new StringBuilder();

  private TraceText(Trace trace) {
    this.trace = trace;
    this.summarised = trace.input().length() > FULL;
  }

  static String of(Trace trace) {
    return new TraceText(trace).render();
  }

  private String render() {
    int n = trace.input().length();
    out.append("input ").append(show(trace.input().tokens())).append('\n');
    if (summarised) {
      out.append("(summarised: ").append(n).append(" positions, more than ").append(FULL)
          .append("; each sequence shows its first and last ").append(ENDS)
          .append(" values, each head the keys its first and last ").append(QUERIES)
          .append(" queries select)\n");
    }
    out.append("layer 0 (embedding)\n");
    for (SopNode sop : trace.embeddings()) {
      line("  ", sop);
    }
    for (Layer layer : trace.layers()) {
      if (layer.index() > 0) {
        out.append("layer ").append(layer.index()).append('\n');
      }
      int number = 1;
      for (Head head : layer.heads()) {
        out.append("  head ").append(number++).append(": ").append(head.selector().describe())
            .append(" on ").append(operands(head.selector())).append('\n');
        matrix(trace.selection(head.selector()));
        for (SopNode output : head.outputs()) {
          line("    -> ", output);
        }
      }
      for (SopNode sop : layer.mlp()) {
        line("  mlp ", sop);
      }
    }
    out.append("output ").append(show(trace.output())).append('\n');
    return out.toString();
  }

  private void matrix(boolean[][] matrix) {
    if (!summarised) {
      for (boolean[] row : matrix) {
        out.append("    ");
        for (boolean cell : row) {
          out.append(cell ? '1' : '.');
        }
        out.append('\n');
      }
      return;
    }
    int n = matrix.length;
    for (int q = 0; q < QUERIES; q++) {
      selection(q, matrix[q]);
    }
    out.append("    … ").append(n - 2 * QUERIES).append(" more queries\n");
    for (int q = n - QUERIES; q < n; q++) {
      selection(q, matrix[q]);
    }
  }

  /** {@code query 5 selects 3 keys: 0-1, 4}: the count, then the runs of selected keys. */
  private void selection(int query, boolean[] row) {
    int count = 0;
    for (boolean cell : row) {
      count += cell ? 1 : 0;
    }
    out.append("    query ").append(query).append(" selects ").append(count)
        .append(count == 1 ? " key" : " keys");
    int runs = 0;
    for (int start = 0; start < row.length; start++) {
      if (!row[start]) {
        continue;
      }
      int end = start;
      while (end + 1 < row.length && row[end + 1]) {
        end++;
      }
      if (runs == RUNS) {
        out.append(", …");
        break;
      }
      out.append(runs == 0 ? ": " : ", ").append(start);
      if (end > start) {
        out.append('-').append(end);
      }
      runs++;
      start = end;
    }
    out.append('\n');
  }

  private static String operands(SelectorNode selector) {
    StringBuilder text = new StringBuilder("(");
    for (Node input : selector.inputs()) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(input.describe());
    }
    return text.append(')').toString();
  }

  private void line(String prefix, SopNode sop) {
    out.append(prefix).append(sop.describe()).append(" = ").append(show(trace.values(sop)))
        .append('\n');
  }

  /** All the values, or the first and last {@link #ENDS} around "…" when summarised. */
  private String show(List<?> values) {
    if (!summarised) {
      return Values.show(values);
    }
    String head = Values.show(values.subList(0, ENDS));
    String tail = Values.show(values.subList(values.size() - ENDS, values.size()));
    return head.substring(0, head.length() - 1) + ", …, " + tail.substring(1);
  }
}
