package org.rasp4j.interpreter;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rasp4j.RaspException;
import org.rasp4j.internal.Graph;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorNode;

/**
 * The interpreter's memory limit. It materialises every selector of a program as an n×n {@code
 * boolean[][]} and keeps them all until the run ends, so its memory grows with the square of the
 * input's length: 50 000 tokens take 2.5 GB per selector. Rather than die of an {@link
 * OutOfMemoryError} part-way, it refuses, before computing anything, an input whose matrices would
 * take more than half the maximum heap ({@link Runtime#maxMemory()}), the other half left for
 * everything else. The generated evaluators keep no matrix and have no such limit.
 */
final class MatrixMemory {
  private MatrixMemory() {}

  /** Bytes of one n×n {@code boolean[][]}: one byte a cell, plus each array's header, 8-aligned. */
  static long matrixBytes(int n) {
    long row = align(16 + (long) n);
    long rows = align(16 + 8L * n);
    return rows + n * row;
  }

  /** The most the matrices may take with {@code maxHeap} bytes of heap: half of it. */
  static long limit(long maxHeap) {
    return maxHeap / 2;
  }

  /**
   * Checks that the distinct selectors reachable from {@code roots} fit, as matrices over {@code
   * n} positions, within {@link #limit} of {@code maxHeap}.
   *
   * @throws RaspException naming the sizes and the generated evaluator as the way to go
   */
  static void require(List<? extends Node> roots, int n, long maxHeap) {
    Set<Node> selectors = new HashSet<>();
    for (Node root : roots) {
      for (Node node : Graph.topological(root)) {
        if (node instanceof SelectorNode) {
          selectors.add(node);
        }
      }
    }
    if (selectors.isEmpty()) {
      return;
    }
    long needed = selectors.size() * matrixBytes(n);
    if (needed / selectors.size() != matrixBytes(n) || needed > limit(maxHeap)) {
      throw new RaspException("tokens", -1, "the input has " + n + " tokens: the reference"
          + " interpreter would keep " + selectors.size() + " selector matri"
          + (selectors.size() == 1 ? "x" : "ces") + " of " + n + "×" + n + " cells ("
          + size(needed) + "), more than its limit of half the maximum heap (" + size(maxHeap)
          + "); run the program's generated evaluator (the evaluate method of the class rasp4j's"
          + " processor writes for it), which keeps no matrix, or give java a larger heap (-Xmx)");
    }
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }

  private static String size(long bytes) {
    if (bytes < 1 << 20) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    if (bytes < 1L << 30) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }
}
