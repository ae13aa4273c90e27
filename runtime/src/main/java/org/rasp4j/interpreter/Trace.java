package org.rasp4j.interpreter;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * A program run on one input, kept whole: every SOp's values and every head's selector matrix,
 * layer by layer (for pictures and debugging).
 */
public final class Trace {
  private final Input input;
  private final Schedule schedule;
  private final Map<Node, Object> values;

  Trace(Input input, Schedule schedule, Map<Node, Object> values) {
    this.input = input;
    this.schedule = schedule;
    this.values = new HashMap<>(values);
  }

  /** {@return the input the program ran on} */
  public Input input() {
    return input;
  }

  /** {@return the program's layers and heads} */
  public Schedule schedule() {
    return schedule;
  }

  /** {@return the layers, from layer 0 (embedding and its MLP) to the last attention layer} */
  public List<Layer> layers() {
    return schedule.layers();
  }

  /**
   * {@return a SOp's values on this input, in position order}
   *
   * @param sop a SOp of the program
   * @throws IllegalArgumentException for a SOp the program does not compute
   */
  public List<Object> values(SopNode sop) {
    Object[] column = (Object[]) values.get(sop);
    if (column == null) {
      throw new IllegalArgumentException(sop + " is not part of this program");
    }
    return Collections.unmodifiableList(Arrays.asList(column));
  }

  /**
   * {@return a selector's matrix on this input, {@code [query][key]} (a copy)}
   *
   * @param selector a selector of the program, or of one of its heads
   * @throws IllegalArgumentException for a selector the program does not compute
   */
  public boolean[][] matrix(SelectorNode selector) {
    boolean[][] matrix = selection(selector);
    boolean[][] copy = new boolean[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /** A selector's matrix itself, not a copy: the text trace only reads it. */
  boolean[][] selection(SelectorNode selector) {
    boolean[][] matrix = (boolean[][]) values.get(selector);
    if (matrix == null) {
      throw new IllegalArgumentException(selector + " is not part of this program");
    }
    return matrix;
  }

  /** {@return the output's values, in position order} */
  public List<Object> output() {
    return values(schedule.output());
  }

  /** {@return the inputs the program reads: tokens, indices and the constants it broadcasts} */
  public List<SopNode> embeddings() {
    return schedule.nodes().stream()
        .filter(n -> n instanceof Tokens || n instanceof Indices || n instanceof Constant)
        .map(n -> (SopNode) n)
        .toList();
  }

  /**
   * {@return the whole trace as text: layer by layer, each head's matrix and each SOp's values;
   * beyond 32 positions summarised (the first and last values, the keys the first and last queries
   * select), which the text says}
   */
  public String render() {
    return TraceText.of(this);
  }

  @Override
  public String toString() {
    return render();
  }
}
