package org.rasp4j.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The causal rule, defined once: a causal program's every head selects only keys at positions up
 * to its query's, {@code key(indices) <= query(indices)}. {@link #apply} rewrites a program's graph
 * so that each aggregate and selector width reads its selector and-ed with {@link #MASK}; the
 * interpreter, the schedule, the pictures, the generated evaluators and the transformer compiler
 * then run the rewritten graph and need no rule of their own.
 */
public final class CausalMask {
  /** The mask: query position i selects key position j when j &lt;= i. */
  public static final Select MASK =
      new Select(new Indices(), new Indices(), Builtin.LE).named("causal");

  private CausalMask() {}

  /**
   * {@return whether a key position is visible from a query position under the mask}
   *
   * @param key the key's position
   * @param query the query's position
   */
  public static boolean visible(int key, int query) {
    return key <= query;
  }

  /**
   * {@return the same program with every head masked: equal names and lines, each aggregate's and
   * selector width's selector and-ed with {@link #MASK} (once, however often it is applied)}
   *
   * @param root the program's output
   */
  public static SopNode apply(SopNode root) {
    return new Rewrite().sop(root);
  }

  /**
   * {@return whether a selector is masked: an and with {@link #MASK} itself (named "causal"), as
   * every head of a causal program is; a program's own {@code key(indices) <= query(indices)} is
   * not the mask}
   *
   * @param selector a selector
   */
  public static boolean isMasked(SelectorNode selector) {
    return selector instanceof SelectorLogic logic
        && logic.connective() == SelectorLogic.Connective.AND
        && logic.operands().get(1).equals(MASK)
        && MASK.name().equals(logic.operands().get(1).name());
  }

  private static final class Rewrite {
    private final Map<Node, Node> done = new HashMap<>();

    SopNode sop(SopNode node) {
      Node known = done.get(node);
      if (known != null) {
        return (SopNode) known;
      }
      SopNode result;
      if (node instanceof Aggregate aggregate) {
        result = new Aggregate(aggregate.reduction(), mask(aggregate.selector()),
            sop(aggregate.values()), aggregate.effectiveDefault());
      } else if (node instanceof SelectorWidth width) {
        result = new SelectorWidth(mask(width.selector()));
      } else if (node instanceof Elementwise elementwise) {
        List<SopNode> operands = elementwise.operands().stream().map(this::sop).toList();
        result = new Elementwise(elementwise.type(), elementwise.operation(), operands);
      } else {
        result = node; // tokens, indices, constants
      }
      if (result != node) {
        result = result.named(node.name()).at(node.line());
      }
      done.put(node, result);
      return result;
    }

    private SelectorNode mask(SelectorNode selector) {
      // Already masked (a graph rewritten before): its own selector is still rewritten, since
      // the SOps it reads may hold heads of their own.
      SelectorNode own = isMasked(selector)
          ? ((SelectorLogic) selector).operands().get(0) : selector;
      return SelectorLogic.and(selector(own), MASK);
    }

    private SelectorNode selector(SelectorNode node) {
      Node known = done.get(node);
      if (known != null) {
        return (SelectorNode) known;
      }
      SelectorNode result;
      if (node instanceof Select select) {
        result = new Select(sop(select.keys()), sop(select.queries()), select.predicate());
      } else {
        SelectorLogic logic = (SelectorLogic) node;
        List<SelectorNode> operands = logic.operands().stream().map(this::selector).toList();
        result = switch (logic.connective()) {
          case AND -> SelectorLogic.and(operands.get(0), operands.get(1));
          case OR -> SelectorLogic.or(operands.get(0), operands.get(1));
          case NOT -> SelectorLogic.not(operands.get(0));
        };
      }
      result = result.named(node.name());
      done.put(node, result);
      return result;
    }
  }
}
