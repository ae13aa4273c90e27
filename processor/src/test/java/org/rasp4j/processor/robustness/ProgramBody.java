package org.rasp4j.processor.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random, valid body of a {@code @RaspProgram} method over {@code t} (character or int tokens):
 * straight-line statements building int and boolean Sops with the DSL, constant loops, and static
 * helpers, ending in an int Sop. The invalid programs are such bodies with one defect spliced in,
 * so the rest of a program keeps exercising what the processor accepts.
 */
final class ProgramBody {
  final Random random;
  final boolean charTokens;
  final int id;
  final List<String> statements = new ArrayList<>();
  final List<String> helpers = new ArrayList<>();
  private final List<String> ints = new ArrayList<>();
  private final List<String> bools = new ArrayList<>();
  private int next;

  ProgramBody(Random random, boolean charTokens, int id, int length) {
    this.random = random;
    this.charTokens = charTokens;
    this.id = id;
    ints.add(declareInt(charTokens ? "t.map(INT, c -> c - 'a')" : "t"));
    for (int i = 0; i < length; i++) {
      step();
    }
  }

  /** The tokens' Java element type. */
  String tokenType() {
    return charTokens ? "Character" : "Integer";
  }

  /** An int Sop variable of the body so far. */
  String anyInt() {
    return pick(ints);
  }

  /** The last int Sop: what the program returns. */
  String result() {
    return ints.get(ints.size() - 1);
  }

  /** A fresh local name, unique in the program. */
  String fresh(String prefix) {
    return prefix + id + "_" + next++;
  }

  private void step() {
    int choice = random.nextInt(16);
    switch (choice) {
      case 0, 1 -> ints.add(declareInt(anyInt() + "." + pick(List.of("plus", "minus", "times"))
          + "(" + (random.nextBoolean() ? anyInt() : constant()) + ")"));
      case 2 -> ints.add(declareInt(anyInt() + "." + pick(List.of("div", "mod"))
          + "(" + (random.nextInt(4) == 0 ? anyInt() : constant()) + ")"));
      case 3 -> bools.add(declare("Boolean", anyInt() + "." + pick(List.of("lt", "le", "gt", "ge",
          "eq", "ne")) + "(" + (random.nextBoolean() ? anyInt() : constant()) + ")"));
      case 4 -> ints.add(declareInt(bools.isEmpty()
          ? "where(" + anyInt() + ".gt(0), " + anyInt() + ", " + constant() + ")"
          : "where(" + pick(bools) + ", " + constant() + ", " + anyInt() + ")"));
      case 5 -> ints.add(declareInt("key(" + anyInt() + ")." + pick(List.of("lt", "le", "eq", "ge"))
          + "(query(" + anyInt() + "))." + pick(List.of("value(" + anyInt() + ")", "width()",
              "value(" + anyInt() + ", " + constant() + ")"))));
      case 6 -> ints.add(declareInt("select(" + anyInt() + ", " + anyInt()
          + ", (k, q) -> k " + pick(List.of("<", "<=", ">", "!=")) + " q + " + smallConstant()
          + ").value(" + anyInt() + ", " + constant() + ")"));
      case 7 -> ints.add(declareInt(
          pick(List.of("shift(1, 0, ", "minimum(", "cumsum(", "index(0, "))
          + anyInt() + ")"));
      case 8 -> {
        String acc = declareInt(anyInt());
        int bound = 1 + random.nextInt(3);
        statements.add("for (int i = 0; i < " + bound + "; i++) { " + acc + " = " + acc
            + ".plus(i); }");
        ints.add(acc);
      }
      case 9 -> {
        String helper = "h" + id + "_" + next++;
        helpers.add("static Sop<Integer> " + helper + "(Sop<Integer> a, int k) {"
            + " return a.times(k).plus(length()); }");
        ints.add(declareInt(helper + "(" + anyInt() + ", " + smallConstant() + ")"));
      }
      case 10 -> ints.add(declareInt(anyInt() + ".map(INT, v -> v " + pick(List.of("+", "-", "*",
          "/", "%")) + " " + smallConstant() + ")"));
      case 12 -> {
        // Names end up in the generated source's comments and messages.
        String name = pick(List.of("*/ x", "/* y", "\\\\u000a z", "a\\nb", "\\\\", "\\\"q\\\"",
            "\u2028", "$1", "\t", "%d", "\\\\u002a/"));
        ints.add(declareInt(anyInt() + ".named(\"" + name + "\")"));
      }
      case 13 -> {
        // Parameter names that shadow what generated code might spell out.
        String p = pick(List.of("java", "String", "i", "n", "tokens", "result", "out",
            "length", "$", "_x", "index", "values", "e", "RaspException", "Arithmetic"));
        ints.add(declareInt(anyInt() + ".map(INT, " + p + " -> Math.max(" + p + ", "
            + smallConstant() + ") + Integer.signum(" + p + "))"));
      }
      case 14 -> {
        String p = pick(List.of("java", "Math", "k", "q", "i", "j", "key", "query"));
        String other = p.equals("k") ? "q" : "k";
        ints.add(declareInt("select(" + anyInt() + ", " + anyInt() + ", (" + p + ", " + other
            + ") -> " + p + " <= " + other + ").width()"));
      }
      case 15 -> {
        // String and char literals the generated code must escape.
        String s = declare("String", anyInt() + ".map(STRING, v -> \""
            + pick(List.of("q\\\"", "*/", "\\u0041", "\\n", "\\\\u000a", "'", "\\\\u002a/"))
            + "\" + v)");
        ints.add(declareInt("key(" + s + ").eq(query(" + s + ")).width()"));
      }
      default -> ints.add(declareInt(charTokens
          ? "key(t).eq(query(t)).width()"
          : "t.plus(" + anyInt() + ")"));
    }
  }

  /**
   * An int constant expression, often one whose Java value wraps, truncates or narrows: the
   * processor folds it and must get what javac gets.
   */
  String constant() {
    return pick(List.of("3", "-2", "0", "(7 / 2)", "(-7 % 3)", "(Integer.MAX_VALUE + 1)",
        "(Integer.MIN_VALUE / -1)", "(-Integer.MIN_VALUE)", "('a' + 1)", "(int) 2.7",
        "(int) -2.7", "(int) (char) -1", "Math.max(2, 5)", "\"abc\".length()", "(1000000 * 3000)",
        "(Integer.MIN_VALUE % -1)", "(int) 1e10"));
  }

  String smallConstant() {
    return Integer.toString(1 + random.nextInt(5));
  }

  private String declareInt(String expression) {
    return declare("Integer", expression);
  }

  private String declare(String type, String expression) {
    String name = fresh("v");
    statements.add("Sop<" + type + "> " + name + " = " + expression + ";");
    return name;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
