package org.rasp4j.processor.generation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Lambda;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Operation;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * The same program with each run-time lambda replaced by the scalar function the front end would
 * translate it to: the interpreter runs the lambda version (the oracle), the generator the scalar
 * version. Names and structure are kept, so messages name the same SOps.
 */
final class ScalarTwin {
  private final Map<Object, ScalarFunction> translations;
  private final Map<Node, Node> copies = new IdentityHashMap<>();

  private ScalarTwin(Map<Object, ScalarFunction> translations) {
    this.translations = translations;
  }

  /**
   * @param translations each lambda's function object (as given to map, zip or select) and its
   *     translation
   */
  static SopNode of(SopNode program, Map<Object, ScalarFunction> translations) {
    return (SopNode) new ScalarTwin(translations).copy(program);
  }

  private Node copy(Node node) {
    Node done = copies.get(node);
    if (done != null) {
      return done;
    }
    Node copy = rebuild(node);
    if (node.name() != null) {
      copy = copy instanceof SopNode sop ? sop.named(node.name())
          : ((SelectorNode) copy).named(node.name());
    }
    copies.put(node, copy);
    return copy;
  }

  private Node rebuild(Node node) {
    if (node instanceof Tokens || node instanceof Indices || node instanceof Constant) {
      return node;
    }
    if (node instanceof Elementwise elementwise) {
      List<SopNode> operands = new ArrayList<>();
      for (SopNode operand : elementwise.operands()) {
        operands.add((SopNode) copy(operand));
      }
      return new Elementwise(elementwise.type(), translate(elementwise.operation()), operands);
    }
    if (node instanceof Select select) {
      return new Select((SopNode) copy(select.keys()), (SopNode) copy(select.queries()),
          translate(select.predicate()));
    }
    if (node instanceof SelectorLogic logic) {
      SelectorNode a = (SelectorNode) copy(logic.operands().get(0));
      return switch (logic.connective()) {
        case AND -> SelectorLogic.and(a, (SelectorNode) copy(logic.operands().get(1)));
        case OR -> SelectorLogic.or(a, (SelectorNode) copy(logic.operands().get(1)));
        case NOT -> SelectorLogic.not(a);
      };
    }
    if (node instanceof Aggregate aggregate) {
      return new Aggregate(aggregate.reduction(), (SelectorNode) copy(aggregate.selector()),
          (SopNode) copy(aggregate.values()), aggregate.effectiveDefault());
    }
    return new SelectorWidth((SelectorNode) copy(((SelectorWidth) node).selector()));
  }

  private Operation translate(Operation operation) {
    if (operation instanceof Lambda lambda) {
      ScalarFunction translation = translations.get(lambda.function());
      if (translation == null) {
        throw new IllegalArgumentException("no translation for " + lambda.symbol());
      }
      return translation;
    }
    return operation;
  }
}
