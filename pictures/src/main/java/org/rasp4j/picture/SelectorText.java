package org.rasp4j.picture;

import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;

/**
 * A selector written out the way the program reads, for head titles: {@code key(indices) <
 * query(indices) | key(tokens) == query(tokens)}; a named selector by its name.
 */
final class SelectorText {
  private SelectorText() {}

  static String of(SelectorNode selector) {
    return expression(selector);
  }

  private static String expression(SelectorNode selector) {
    if (selector.name() != null) {
      return selector.name();
    }
    if (selector instanceof Select select) {
      String keys = Labels.term(select.keys());
      String queries = Labels.term(select.queries());
      return select.predicate() instanceof Builtin comparison
          ? "key(" + keys + ") " + comparison.symbol() + " query(" + queries + ")"
          : select.predicate().symbol() + "(" + keys + ", " + queries + ")";
    }
    SelectorLogic logic = (SelectorLogic) selector;
    return switch (logic.connective()) {
      case NOT -> "!" + operand(logic.operands().get(0));
      case AND -> operand(logic.operands().get(0)) + " & " + operand(logic.operands().get(1));
      case OR -> operand(logic.operands().get(0)) + " | " + operand(logic.operands().get(1));
    };
  }

  /** Connectives bracket their operands that are connectives themselves, so nesting is clear. */
  private static String operand(SelectorNode selector) {
    String text = expression(selector);
    return selector instanceof SelectorLogic && selector.name() == null ? "(" + text + ")" : text;
  }
}
