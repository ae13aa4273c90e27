package org.rasp4j.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.RaspException;
import org.rasp4j.internal.Graph;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Lambda;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Operation;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;
import org.rasp4j.support.Problems;

/**
 * One run of the reference interpreter: every node evaluated straight from its definition, once
 * per distinct computation. A Sop's value is an {@code Object[]} of boxed elements; a selector's
 * is its materialised {@code boolean[query][key]} matrix (O(n²): this is the oracle, not the fast
 * path).
 */
final class Evaluation {
  private final Input input;
  private final Map<Node, Object> values = new HashMap<>();

  private Evaluation(Input input) {
    this.input = input;
  }

  /**
   * Evaluates every node reachable from {@code root}; the result maps each to its value.
   *
   * @throws RaspException if the selectors' matrices would not fit in the heap ({@link
   *     MatrixMemory})
   */
  static Map<Node, Object> run(Node root, Input input) {
    return run(root, input, Runtime.getRuntime().maxMemory());
  }

  /** {@link #run(Node, Input)} with {@code maxHeap} bytes of heap. */
  static Map<Node, Object> run(Node root, Input input, long maxHeap) {
    MatrixMemory.require(List.of(root), input.length(), maxHeap);
    Evaluation evaluation = new Evaluation(input);
    for (Node node : Graph.topological(root)) {
      evaluation.values.put(node, evaluation.evaluate(node));
    }
    return evaluation.values;
  }

  private Object evaluate(Node node) {
    int n = input.length();
    if (node instanceof Tokens tokens) {
      if (tokens.type() != input.type()) {
        throw new RaspException(
            node.describe(), -1,
            "the program reads " + tokens.type() + " tokens but the input holds " + input.type()
                + " tokens");
      }
      return input.tokens().toArray();
    }
    if (node instanceof Indices) {
      Object[] result = new Object[n];
      for (int i = 0; i < n; i++) {
        result[i] = i;
      }
      return result;
    }
    if (node instanceof Constant constant) {
      Object[] result = new Object[n];
      java.util.Arrays.fill(result, constant.value());
      return result;
    }
    if (node instanceof Elementwise elementwise) {
      return elementwise(elementwise);
    }
    if (node instanceof Select select) {
      return select(select);
    }
    if (node instanceof SelectorLogic logic) {
      return logic(logic);
    }
    if (node instanceof Aggregate aggregate) {
      return aggregate(aggregate);
    }
    if (node instanceof SelectorWidth width) {
      boolean[][] matrix = (boolean[][]) values.get(width.selector());
      Object[] result = new Object[n];
      for (int q = 0; q < n; q++) {
        int count = 0;
        for (int k = 0; k < n; k++) {
          count += matrix[q][k] ? 1 : 0;
        }
        result[q] = count;
      }
      return result;
    }
    throw new AssertionError("unknown node " + node.getClass());
  }

  private Object[] elementwise(Elementwise node) {
    int n = input.length();
    List<SopNode> operands = node.operands();
    Object[][] columns = new Object[operands.size()][];
    for (int a = 0; a < columns.length; a++) {
      columns[a] = (Object[]) values.get(operands.get(a));
    }
    Object[] result = new Object[n];
    Object[] args = new Object[columns.length];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < columns.length; a++) {
        args[a] = columns[a][i];
      }
      result[i] = checked(node, i, node.type(), call(node, node.operation(), args, i));
    }
    return result;
  }

  private boolean[][] select(Select node) {
    int n = input.length();
    Object[] keys = (Object[]) values.get(node.keys());
    Object[] queries = (Object[]) values.get(node.queries());
    boolean[][] matrix = new boolean[n][n];
    Object[] args = new Object[2];
    for (int q = 0; q < n; q++) {
      for (int k = 0; k < n; k++) {
        args[0] = keys[k];
        args[1] = queries[q];
        Object selected = call(node, node.predicate(), args, q);
        if (!(selected instanceof Boolean)) {
          throw new RaspException(node.describe(), q, "the predicate returned " + selected);
        }
        matrix[q][k] = (Boolean) selected;
      }
    }
    return matrix;
  }

  private boolean[][] logic(SelectorLogic node) {
    int n = input.length();
    boolean[][] a = (boolean[][]) values.get(node.operands().get(0));
    boolean[][] b =
        node.operands().size() > 1 ? (boolean[][]) values.get(node.operands().get(1)) : null;
    boolean[][] matrix = new boolean[n][n];
    for (int q = 0; q < n; q++) {
      for (int k = 0; k < n; k++) {
        matrix[q][k] =
            switch (node.connective()) {
              case AND -> a[q][k] && b[q][k];
              case OR -> a[q][k] || b[q][k];
              case NOT -> !a[q][k];
            };
      }
    }
    return matrix;
  }

  private Object[] aggregate(Aggregate node) {
    int n = input.length();
    boolean[][] matrix = (boolean[][]) values.get(node.selector());
    Object[] column = (Object[]) values.get(node.values());
    ElementType valueType = node.values().type();
    Object[] result = new Object[n];
    for (int q = 0; q < n; q++) {
      List<Integer> selected = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (matrix[q][k]) {
          selected.add(k);
        }
      }
      if (selected.isEmpty()) {
        result[q] = node.effectiveDefault();
      } else if (node.reduction() == Reduction.MEAN) {
        double sum = 0;
        for (int k : selected) {
          sum += ((Number) column[k]).doubleValue();
        }
        result[q] = sum / selected.size();
      } else if (selected.size() == 1) {
        result[q] = column[selected.get(0)];
      } else if (valueType == ElementType.INT) {
        long sum = 0;
        for (int k : selected) {
          sum += (Integer) column[k];
        }
        if (sum != (int) sum) {
          throw new RaspException(
              node.describe(), q, Problems.sumOverflow(positions(selected), selected.size(), sum));
        }
        result[q] = (int) sum;
      } else if (valueType == ElementType.DOUBLE) {
        double sum = 0;
        for (int k : selected) {
          sum += (Double) column[k];
        }
        result[q] = sum;
      } else {
        throw new RaspException(
            node.describe(), q,
            Problems.cannotSum(valueType.toString(), positions(selected), selected.size()));
      }
    }
    return result;
  }

  private static int[] positions(List<Integer> selected) {
    return selected.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Object call(Node node, Operation operation, Object[] args, int position) {
    try {
      if (operation instanceof Builtin builtin) {
        return BuiltinSemantics.apply(builtin, args);
      }
      if (operation instanceof Lambda lambda) {
        return LambdaCall.apply(lambda.function(), args);
      }
    } catch (ArithmeticException e) {
      throw new RaspException(node.describe(), position, Problems.arithmetic(e), e);
    } catch (RuntimeException e) {
      throw new RaspException(node.describe(), position, Problems.functionThrew(e), e);
    }
    throw new IllegalStateException(
        "the interpreter cannot run " + operation.getClass().getName()
            + "; only the annotation processor can");
  }

  private static Object checked(Node node, int position, ElementType type, Object value) {
    if (!type.boxed().isInstance(value)) {
      throw new RaspException(
          node.describe(), position, Problems.functionReturned(value, type.toString()));
    }
    return value;
  }
}
