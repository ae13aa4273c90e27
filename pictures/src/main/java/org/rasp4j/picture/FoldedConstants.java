package org.rasp4j.picture;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SopNode;

/**
 * Which constants the structure picture folds into their users, and which of them a user must
 * still list because its text does not write them. Formulas and unnamed selectors write their
 * constant operands ({@code length - 1}, {@code key(1) == query(1)}, see {@link Labels} and
 * {@link SelectorText}); a name ({@code aggregate 'length'}, a named selector) hides them.
 */
final class FoldedConstants {
  private FoldedConstants() {}

  /** Every constant of the schedule but its output: each of them has a user to fold into. */
  static Set<Constant> of(Schedule schedule) {
    Set<Constant> folded = new LinkedHashSet<>();
    for (Node node : schedule.nodes()) {
      if (node instanceof Constant constant && !constant.equals(schedule.output())) {
        folded.add(constant);
      }
    }
    return folded;
  }

  /** The lines for the constants {@code sop} reads directly and its label does not write. */
  static List<String> unwritten(SopNode sop) {
    Set<SopNode> hidden = new LinkedHashSet<>();
    if (sop instanceof Elementwise elementwise && sop.name() != null) {
      hidden.addAll(elementwise.operands());
    } else if (sop instanceof Aggregate aggregate) {
      hidden.add(aggregate.values());
    }
    return lines(hidden);
  }

  /** The lines for the constants a head compares that its selector's text does not write. */
  static List<String> unwritten(SelectorNode selector) {
    Set<SopNode> hidden = new LinkedHashSet<>();
    hiddenUnder(selector, hidden);
    return lines(hidden);
  }

  private static void hiddenUnder(SelectorNode selector, Set<SopNode> hidden) {
    if (selector.name() != null) {
      hidden.addAll(SelectorLeaves.keys(selector));
      hidden.addAll(SelectorLeaves.queries(selector));
    } else if (selector instanceof SelectorLogic logic) {
      logic.operands().forEach(operand -> hiddenUnder(operand, hidden));
    } // an unnamed Select writes its keys and queries
  }

  private static List<String> lines(Set<SopNode> read) {
    return read.stream()
        .filter(sop -> sop instanceof Constant)
        .map(constant -> "← " + Labels.of(constant))
        .toList();
  }
}
