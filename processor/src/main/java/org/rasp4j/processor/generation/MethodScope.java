package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * What the writers of one evaluate method share: the plan, the variable of each value, and how a
 * value is read and a failure raised at a position.
 */
final class MethodScope {
  /** The input array's parameter. */
  static final String TOKENS = "tokens";
  /** The input length. */
  static final String LENGTH = "n";
  /** The position of an MLP loop. */
  static final String POSITION = "i";
  /** The query position of a head. */
  static final String QUERY = "q";
  /** The key position of a head. */
  static final String KEY = "k";
  /** The caught exception. */
  static final String CAUGHT = "e";
  /** In a split evaluator, the arrays the step methods share, one slot per stored value. */
  static final String VALUES = "values";
  /** In a split evaluator, the deferred failures the step methods share. */
  static final String FAILURES = "failures";

  private final Plan plan;
  private final Identifiers names = new Identifiers();
  private final Map<Node, String> variables = new HashMap<>();
  private final Map<Node, String> failureSlots = new HashMap<>();
  private final Map<Node, Integer> valueIndices = new HashMap<>();
  private final Map<Node, Integer> failureIndices = new HashMap<>();

  MethodScope(Plan plan) {
    this.plan = plan;
    for (String reserved :
        new String[] {TOKENS, LENGTH, POSITION, QUERY, KEY, CAUGHT, VALUES, FAILURES}) {
      names.fresh(reserved);
    }
    for (Node node : plan.nodes()) {
      if (node instanceof Elementwise || node instanceof Aggregate
          || node instanceof SelectorWidth) {
        variables.put(node, names.fresh(suggestion(node)));
      }
      if (stored(node)) {
        valueIndices.put(node, valueIndices.size());
      }
    }
    for (Node node : plan.deferredNodes()) {
      failureSlots.put(node, names.fresh(suggestion(node) + "Failure"));
      failureIndices.put(node, failureIndices.size());
    }
  }

  /** Whether a node's values are an array (the rest are inputs, literals or MLP loop locals). */
  boolean stored(Node node) {
    return node instanceof Aggregate || node instanceof SelectorWidth
        || (node instanceof Elementwise elementwise && plan.inArray(elementwise));
  }

  /** In a split evaluator, the index of a stored value's array in {@link #VALUES}. */
  int valueIndex(Node node) {
    return valueIndices.get(node);
  }

  /** The number of stored values. */
  int valueCount() {
    return valueIndices.size();
  }

  /** In a split evaluator, the index of a deferred node's failure in {@link #FAILURES}. */
  int failureIndex(Node node) {
    return failureIndices.get(node);
  }

  Plan plan() {
    return plan;
  }

  /** A new name in the method's outermost scope. */
  String fresh(String suggestion) {
    return names.fresh(suggestion);
  }

  /** Names for a loop's temporaries: unique in the method, reusable by a sibling loop. */
  Identifiers temporaries() {
    return names.copy();
  }

  /** The array (or MLP loop local) holding a computed value. */
  String variable(Node node) {
    String name = variables.get(node);
    if (name == null) {
      throw new IllegalArgumentException(node + " has no variable");
    }
    return name;
  }

  /** The slot a deferred node records its first failure in. */
  String failureSlot(Node node) {
    return failureSlots.get(node);
  }

  /**
   * A node's value at a position: the token, the position itself, a literal, a local of the
   * current MLP loop, or an array element.
   */
  CodeBlock value(SopNode node, String position) {
    if (node instanceof Tokens) {
      return CodeBlock.of("$N[$N]", TOKENS, position);
    }
    if (node instanceof Indices) {
      return CodeBlock.of("$N", position);
    }
    if (node instanceof Constant constant) {
      return JavaLiterals.of(constant.value());
    }
    if (node instanceof Elementwise elementwise && !plan.inArray(elementwise)) {
      return CodeBlock.of("$N", variable(node));
    }
    return CodeBlock.of("$N[$N]", variable(node), position);
  }

  /** The array holding a node's values, or null when they are computed where read. */
  String array(SopNode node) {
    if (node instanceof Tokens) {
      return TOKENS;
    }
    return stored(node) ? variable(node) : null;
  }

  /** How messages name a node: as the interpreter does, by the first object of its computation. */
  String describe(Node node) {
    return plan.canonical(node).describe();
  }

  /** A comment line naming a node and its source line, safe for any name the program gave. */
  CodeBlock comment(String prefix, Node node) {
    return lineComment(prefix + describe(node), node);
  }

  /** A comment line: the text, then the node's source line when known. */
  CodeBlock lineComment(String text, Node node) {
    int line = plan.canonical(node).line() > 0 ? plan.canonical(node).line() : node.line();
    return CodeBlock.of("// $L\n", commentSafe(text + (line > 0 ? " (line " + line + ")" : "")));
  }

  /**
   * A selector as its pattern reads in the program: {@code key(indices) < query(indices)},
   * combined with and/or/not; a named selector by its name.
   */
  String pattern(SelectorNode selector) {
    Node shown = plan.canonical(selector);
    if (shown.name() != null) {
      return "'" + shown.name() + "'";
    }
    if (selector instanceof Select select) {
      return "key(" + shortName(select.keys()) + ") " + select.predicate().symbol() + " query("
          + shortName(select.queries()) + ")";
    }
    SelectorLogic logic = (SelectorLogic) selector;
    if (logic.connective() == SelectorLogic.Connective.NOT) {
      return "not (" + pattern(logic.operands().get(0)) + ")";
    }
    String connective = logic.connective() == SelectorLogic.Connective.AND ? " and " : " or ";
    return "(" + pattern(logic.operands().get(0)) + connective + pattern(logic.operands().get(1))
        + ")";
  }

  private String shortName(SopNode node) {
    Node shown = plan.canonical(node);
    return shown.name() != null ? shown.name() : shown.label();
  }

  /**
   * Text for a line comment: printable ASCII only (so no line break of any kind) and no backslash
   * (which could start a Unicode escape).
   */
  static String commentSafe(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c >= 0x7f || c == '\\' ? '?' : c);
    }
    return out.toString();
  }

  /**
   * The statements that raise a node's failure at a position: a throw when the node is immediate,
   * else recording the first failure in its slot (the caller then stores a placeholder).
   *
   * @param problem the message text after "sop at position i: "
   * @param cause the caught exception variable, or null
   */
  CodeBlock fail(Node node, String position, CodeBlock problem, String cause) {
    CodeBlock exception = cause == null
        ? CodeBlock.of("new $T($L, $N, $L)", SupportTypes.RASP_EXCEPTION,
            JavaLiterals.stringLiteral(describe(node)), position, problem)
        : CodeBlock.of("new $T($L, $N, $L, $N)", SupportTypes.RASP_EXCEPTION,
            JavaLiterals.stringLiteral(describe(node)), position, problem, cause);
    if (!plan.deferred(node)) {
      return CodeBlock.builder().addStatement("throw $L", exception).build();
    }
    String slot = failureSlot(node);
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", slot)
        .addStatement("$N = $L", slot, exception)
        .endControlFlow()
        .build();
  }

  /**
   * What a deferred node yields where it failed, so the loop can go on: a value the analysis
   * allows, so code that relies on the analysis (a division by a value that cannot be zero) stays
   * safe. Whatever is computed from it is discarded: the recorded failure is thrown first.
   */
  CodeBlock placeholder(SopNode node) {
    if (node instanceof Aggregate aggregate) {
      return JavaLiterals.of(aggregate.effectiveDefault());
    }
    if (node.type() == ElementType.INT) {
      return JavaLiterals.of((int) plan.hazards().range(node).lo());
    }
    return JavaLiterals.zero(node.type());
  }

  private static String suggestion(Node node) {
    if (node.name() != null) {
      return node.name();
    }
    if (node instanceof Elementwise elementwise
        && elementwise.operation() instanceof Builtin builtin) {
      return builtin.name().toLowerCase(Locale.ROOT);
    }
    return node.label();
  }
}
