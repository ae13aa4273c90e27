package org.rasp4j.processor.frontend;

import com.sun.source.tree.Tree;
import java.util.Locale;

/**
 * What an unsupported expression is called in messages, and what to write instead of it in a
 * function: an error that says only "this expression" leaves the reader to find which of a
 * lambda's parts is meant.
 */
final class Constructs {
  /** Source text longer than this is cut: a switch's whole body would drown the message. */
  private static final int MAX_TEXT = 40;

  private Constructs() {}

  /** "a switch expression", "++ or -- inside an expression", "object creation (new)". */
  static String name(Tree tree) {
    return switch (tree.getKind()) {
      case NEW_CLASS -> "object creation";
      case NEW_ARRAY -> "an array creation";
      case INSTANCE_OF -> "instanceof";
      case SWITCH_EXPRESSION -> "a switch expression";
      case ASSIGNMENT -> "an assignment inside an expression";
      case POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT ->
          "++ or -- inside an expression";
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT, LEFT_SHIFT_ASSIGNMENT, RIGHT_SHIFT_ASSIGNMENT,
          UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, AND_ASSIGNMENT, OR_ASSIGNMENT, XOR_ASSIGNMENT ->
          "a compound assignment inside an expression";
      case ARRAY_ACCESS -> "an array access";
      case LAMBDA_EXPRESSION -> "a lambda";
      case MEMBER_REFERENCE -> "a method reference";
      default -> tree.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** "a switch expression (switch (x) {...})": the construct and its text, as written. */
  static String inFunction(Tree tree) {
    return inFunction(name(tree), tree);
  }

  /** "{@code what} (its text) in a function", for a construct named at its check. */
  static String inFunction(String what, Tree tree) {
    String text = tree.toString().replaceAll("\\s+", " ").trim();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT - 3) + "...";
    }
    return what + " (" + text + ") in a function";
  }

  /** What a function writes instead of {@code tree}. */
  static String insteadInFunction(Tree tree) {
    String general = "a function is one expression of literals, its parameters, captured"
        + " constants, operators, ?:, casts to primitive types and static method calls";
    return switch (tree.getKind()) {
      case SWITCH_EXPRESSION -> general + "; choose with ?: (x == 1 ? 'a' : x == 2 ? 'b' : 'c')";
      case ASSIGNMENT, POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT,
          PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT, LEFT_SHIFT_ASSIGNMENT, RIGHT_SHIFT_ASSIGNMENT,
          UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, AND_ASSIGNMENT, OR_ASSIGNMENT, XOR_ASSIGNMENT ->
          general + "; it computes a value per position and changes nothing (write x + 1, not"
              + " x++; a count across positions is an aggregate such as cumsum or numerical"
              + " mean)";
      case ARRAY_ACCESS -> general + "; read the array's element outside the function, into a"
          + " local constant, and capture that";
      default -> general;
    };
  }
}
