package org.rasp4j.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.rasp4j.RaspException;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Lambda;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Operation;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * The reference interpreter: evaluates the RASP graph straight from the definitions. It is the
 * oracle every generated evaluator is tested against.
 */
public final class Interpreter {
  private Interpreter() {}

  /**
   * The output's values on {@code input}, boxed, in position order.
   *
   * @param output the sequence to compute
   * @param input the tokens, of the type the graph's tokens have
   * @return an unmodifiable list, a value per position
   * @throws RaspException where the program cannot compute a value, or before computing anything
   *     when the input is too long for the interpreter: it keeps every selector as an n×n matrix,
   *     and refuses when they would take more than half the maximum heap ({@link
   *     Runtime#maxMemory()}); the generated evaluators keep none
   */
  public static List<?> evaluate(SopNode output, Input input) {
    Object[] values = (Object[]) Evaluation.run(output, input).get(output);
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /**
   * {@return a selector's matrix on {@code input}: {@code [query][key]}, true where the query
   * position selects the key position}
   *
   * @param selector the selector
   * @param input the tokens
   * @throws RaspException where the keys, the queries or the predicate cannot be computed
   */
  public static boolean[][] matrix(SelectorNode selector, Input input) {
    return (boolean[][]) Evaluation.run(selector, input).get(selector);
  }

  /**
   * Every SOp's values and every head's matrix, layer by layer.
   *
   * @param output the sequence to compute
   * @param input the tokens
   * @return the run, kept whole
   * @throws RaspException as {@link #evaluate} does, or if the matrices of every head (a selector
   *     width's too) would not fit in half the heap
   */
  public static Trace trace(SopNode output, Input input) {
    Schedule schedule = Schedule.of(output);
    List<Node> roots = new ArrayList<>();
    roots.add(output);
    for (var layer : schedule.layers()) {
      for (var head : layer.heads()) {
        roots.add(head.selector());
      }
    }
    MatrixMemory.require(roots, input.length(), Runtime.getRuntime().maxMemory());
    Map<Node, Object> values = Evaluation.run(output, input);
    // A selector width's two heads are not nodes of the program: evaluate them for the picture.
    for (var layer : schedule.layers()) {
      for (var head : layer.heads()) {
        values.computeIfAbsent(head.selector(), s -> matrix((SelectorNode) s, input));
      }
    }
    return new Trace(input, schedule, values);
  }

  /**
   * {@return a matrix as rows of 0 and 1, the way the blog prints selectors}
   *
   * @param matrix a selector's matrix, {@code [query][key]}
   */
  public static List<List<Integer>> rows(boolean[][] matrix) {
    List<List<Integer>> rows = new ArrayList<>();
    for (boolean[] row : matrix) {
      List<Integer> cells = new ArrayList<>();
      for (boolean cell : row) {
        cells.add(cell ? 1 : 0);
      }
      rows.add(List.copyOf(cells));
    }
    return List.copyOf(rows);
  }

  /**
   * Applies an operation to one position's operand values, exactly as a run does (the same
   * arithmetic, the same calls of user functions), for tools that tabulate an operation over the
   * values a sequence can hold (the transformer compiler).
   *
   * @param operation a {@link Builtin} or a {@link Lambda}
   * @param args the operand values, boxed, in the operation's order
   * @return the boxed result
   * @throws RuntimeException whatever the operation throws (an overflow, a user function's
   *     exception), where a run would report an error
   */
  public static Object apply(Operation operation, Object... args) {
    if (operation instanceof Builtin builtin) {
      return BuiltinSemantics.apply(builtin, args);
    }
    if (operation instanceof Lambda lambda) {
      return LambdaCall.apply(lambda.function(), args);
    }
    throw new IllegalArgumentException(
        "the interpreter cannot run " + operation.getClass().getName());
  }
}
