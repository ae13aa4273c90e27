package org.rasp4j.transformer.compile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * Every SOp as a function of the bases it depends on: elementwise operations are followed down to
 * the tokens, the indices and the heads' outputs, so that a chain of maps costs no layer (the MLP
 * that needs it computes the whole chain as one table).
 */
final class Views {
  /** The value of an operation that fails (where the interpreter raises an error). */
  static final Object ERROR = new Object() {
    @Override
    public String toString() {
      return "error";
    }
  };

  private final Base tokens;
  private final Base indices;
  private final Map<SopNode, Base> heads = new HashMap<>();
  private final Map<SopNode, Set<Base>> supports = new HashMap<>();

  Views(Base tokens, Base indices) {
    this.tokens = tokens;
    this.indices = indices;
  }

  void registerHead(SopNode node, Base base) {
    heads.put(node, base);
  }

  /**
   * From now on reads {@code node} from its own MLP base instead of following it down: a table of
   * its operands' bases would be too large. Supports found so far stay true (the same values, over
   * more bases), so they are only forgotten, not revised.
   */
  void registerCut(SopNode node, Base base) {
    heads.put(node, base);
    supports.clear();
  }

  /** {@return the bases a SOp's value is a function of, in first-use order} */
  Set<Base> support(SopNode node) {
    Set<Base> known = supports.get(node);
    if (known != null) {
      return known;
    }
    Set<Base> support = new LinkedHashSet<>();
    if (node instanceof Tokens) {
      support.add(tokens);
    } else if (node instanceof Indices) {
      support.add(indices);
    } else if (node instanceof Aggregate || node instanceof SelectorWidth || heads.containsKey(node)) {
      support.add(head(node));
    } else if (node instanceof Elementwise elementwise) {
      for (SopNode operand : elementwise.operands()) {
        support.addAll(support(operand));
      }
    } else if (!(node instanceof Constant)) {
      throw new IllegalStateException("unknown SOp " + node.getClass());
    }
    supports.put(node, support);
    return support;
  }

  /**
   * {@return a SOp's value where each base of its support holds the given value, or {@link
   * #ERROR}}
   */
  Object value(SopNode node, Map<Base, Object> assignment) {
    return value(node, assignment, new HashMap<>());
  }

  private Object value(SopNode node, Map<Base, Object> assignment, Map<SopNode, Object> memo) {
    Object known = memo.get(node);
    if (known != null) {
      return known;
    }
    Object result;
    if (node instanceof Tokens) {
      result = assignment.get(tokens);
    } else if (node instanceof Indices) {
      result = assignment.get(indices);
    } else if (node instanceof Constant constant) {
      result = constant.value();
    } else if (node instanceof Aggregate || node instanceof SelectorWidth
        || (heads.containsKey(node) && assignment.containsKey(heads.get(node)))) {
      // a cut SOp is read from its base where the assignment has it (tables planned after the
      // cut), else followed down as before (tables planned before it)
      result = assignment.get(head(node));
    } else {
      Elementwise elementwise = (Elementwise) node;
      Object[] args = new Object[elementwise.operands().size()];
      result = null;
      for (int i = 0; i < args.length && result == null; i++) {
        args[i] = value(elementwise.operands().get(i), assignment, memo);
        if (args[i] == ERROR) {
          result = ERROR;
        }
      }
      if (result == null) {
        result = apply(elementwise, args);
      }
    }
    if (result == null) {
      throw new IllegalStateException("no value for a base of " + node.describe());
    }
    memo.put(node, result);
    return result;
  }

  private static Object apply(Elementwise node, Object[] args) {
    try {
      Object result = Interpreter.apply(node.operation(), args);
      return node.type().boxed().isInstance(result) ? result : ERROR;
    } catch (RuntimeException e) {
      return ERROR; // the interpreter reports an error wherever these operands meet
    }
  }

  private Base head(SopNode node) {
    Base base = heads.get(node);
    if (base == null) {
      throw new IllegalStateException("head not planned yet: " + node.describe());
    }
    return base;
  }
}
