package org.rasp4j.processor.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.model.SourceSite;
import org.rasp4j.processor.model.SourceSites;

/**
 * The heads of a causal program that can only look ahead: a selector comparing positions, {@code
 * key(indices + a) OP query(indices + b)}, that no key at or before its query satisfies ({@code
 * key(indices) > query(indices)}, say). The causal mask empties every row of such a head, which is
 * legal but rarely meant, so the processor notes it (a note, not a warning).
 */
public final class LookAhead {
  private LookAhead() {}

  /** {@return one note per such selector of the (unmasked) program, in graph order} */
  public static List<String> notes(String program, SopNode root, SourceSites sites) {
    List<String> notes = new ArrayList<>();
    visit(root, new HashSet<>(), head -> {
      SelectorNode selector = head instanceof Aggregate aggregate
          ? aggregate.selector() : ((SelectorWidth) head).selector();
      for (Select select : selector.leaves()) {
        Optional<Long> key = offset(select.keys());
        Optional<Long> query = offset(select.queries());
        if (key.isPresent() && query.isPresent() && select.predicate() instanceof Builtin op
            && empty(op, key.get() - query.get())) {
          String where = sites.of(head).map(SourceSite::position).map(p -> " at " + p)
              .orElse("");
          notes.add(Message.CAUSAL_LOOK_AHEAD.format(program, where, op.symbol()));
        }
      }
    });
    return notes;
  }

  /**
   * Whether {@code k + a OP q + b} fails for every k &lt;= q, given {@code d = a - b}: then
   * {@code k + d OP q} with q - k ranging over 0, 1, 2, ...
   */
  static boolean empty(Builtin op, long d) {
    return switch (op) {
      case GT -> d <= 0; // k + d > q needs d > q - k >= 0
      case GE, EQ -> d < 0; // k + d >= q (or ==) needs d >= q - k >= 0
      default -> false; // <, <=, != hold for some k <= q
    };
  }

  /** {@return c when the SOp is {@code indices + c} (or {@code indices - c}, or indices)} */
  static Optional<Long> offset(SopNode node) {
    if (node instanceof Indices) {
      return Optional.of(0L);
    }
    if (node instanceof Elementwise e && e.operation() instanceof Builtin op
        && (op == Builtin.PLUS || op == Builtin.MINUS) && e.operands().size() == 2
        && e.operands().get(1) instanceof Constant c && c.value() instanceof Integer i) {
      return offset(e.operands().get(0)).map(base -> op == Builtin.PLUS ? base + i : base - i);
    }
    return Optional.empty();
  }

  private static void visit(Node node, Set<Node> seen, java.util.function.Consumer<SopNode> each) {
    if (!seen.add(node)) {
      return;
    }
    for (Node input : node.inputs()) {
      visit(input, seen, each);
    }
    if (node instanceof Aggregate || node instanceof SelectorWidth) {
      each.accept((SopNode) node);
    }
  }
}
