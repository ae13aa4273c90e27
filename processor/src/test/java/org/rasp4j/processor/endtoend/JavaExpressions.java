package org.rasp4j.processor.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random, type-correct Java expressions over the subset the processor translates: every primitive
 * type, the boxes of the DSL's parameters, String; literals, parameters, captured constants and
 * locals; arithmetic, shifts, bitwise and logical operators, comparisons, casts, {@code ?:} with
 * mixed operand types, string concatenation, overloaded methods (java.lang's and the test's own),
 * instance methods of boxes and String, and operations that throw (division by zero, parsing).
 *
 * <p>The generator knows each expression's type only as far as it needs to write valid Java (its
 * own small, hand-written idea of the rules); what the expression computes is the JVM's business:
 * the test compares the javac-compiled lambda with the processor's translation.
 */
final class JavaExpressions {
  /** The types the generator distinguishes. NUMBER is some numeric type it does not track. */
  enum Kind { INT, LONG, FLOAT, DOUBLE, CHAR, BOOLEAN, STRING, BOX_INT, BOX_CHAR, BOX_DOUBLE, NUMBER }

  /** An expression: its text, its kind, and whether it is a constant expression. */
  record Expr(String text, Kind kind, boolean constant) {}

  /** Helper methods the generated source declares, for overload resolution to choose among. */
  static final List<String> HELPERS = List.of(
      "static String f(int a) { return \"f(int)\"; }",
      "static String f(long a) { return \"f(long)\"; }",
      "static String f(double a) { return \"f(double)\"; }",
      "static String f(char a) { return \"f(char)\"; }",
      "static String f(Object a) { return \"f(Object)\"; }",
      "static String f(Integer a) { return \"f(Integer)\"; }",
      "static String k(int... xs) { return \"k(int...)\" + xs.length; }",
      "static String k(double a, double b) { return \"k(double, double)\"; }",
      "static String k(Object a) { return \"k(Object)\"; }",
      "static final int K = 7;",
      "static final char KC = 'q';");

  private final SplittableRandom random;
  private final Map<String, Kind> names;
  private final boolean body;

  /**
   * @param names the parameters and locals in scope, by kind
   * @param body whether the expression is evaluated at compile time in a program body (only int,
   *     char, double, boolean and String; nothing that throws)
   */
  JavaExpressions(SplittableRandom random, Map<String, Kind> names, boolean body) {
    this.random = random;
    this.names = names;
    this.body = body;
  }

  /** An expression of any kind, for a string context. */
  Expr any(int depth) {
    List<Kind> kinds = body
        ? List.of(Kind.INT, Kind.CHAR, Kind.DOUBLE, Kind.BOOLEAN, Kind.STRING)
        : List.of(Kind.values());
    return of(kinds.get(random.nextInt(kinds.size())), depth);
  }

  /** An expression of this kind. */
  Expr of(Kind kind, int depth) {
    if (depth <= 0 || random.nextInt(4) == 0) {
      return leaf(kind);
    }
    int d = depth - 1;
    return switch (kind) {
      case INT -> intExpr(d);
      case LONG -> longExpr(d);
      case FLOAT -> floatExpr(d);
      case DOUBLE -> doubleExpr(d);
      case CHAR -> charExpr(d);
      case BOOLEAN -> booleanExpr(d);
      case STRING -> stringExpr(d);
      case BOX_INT -> pick(
          () -> call("Integer.valueOf", Kind.BOX_INT, of(Kind.INT, d)),
          () -> conditional(Kind.BOX_INT, of(Kind.BOX_INT, d), of(Kind.BOX_INT, d), d));
      case BOX_CHAR -> call("Character.valueOf", Kind.BOX_CHAR, of(Kind.CHAR, d));
      case BOX_DOUBLE -> call("Double.valueOf", Kind.BOX_DOUBLE, of(Kind.DOUBLE, d));
      case NUMBER -> numberExpr(d);
    };
  }

  private Expr leaf(Kind kind) {
    List<String> candidates = new ArrayList<>();
    names.forEach((name, k) -> {
      if (k == kind) {
        candidates.add(name);
      }
    });
    if (!candidates.isEmpty() && random.nextInt(3) > 0) {
      String name = candidates.get(random.nextInt(candidates.size()));
      return new Expr(name, kind, name.equals("L") || name.equals("K") || name.equals("KC"));
    }
    return switch (kind) {
      case INT -> random.nextInt(6) == 0 ? new Expr("K", Kind.INT, true) : literal(intValue());
      case LONG -> new Expr(random.nextBoolean() ? "3000000000L" : "(-" + random.nextInt(100) + "L)",
          Kind.LONG, true);
      case FLOAT -> new Expr(pickText("1.5f", "(-0.1f)", "3f", "16777217f"), Kind.FLOAT, true);
      case DOUBLE -> new Expr(pickText("0.5", "(-2.25)", "1e10", "0.1", "3.0"), Kind.DOUBLE, true);
      case CHAR -> random.nextInt(5) == 0 ? new Expr("KC", Kind.CHAR, true)
          : new Expr(pickText("'a'", "'Z'", "'0'", "'7'", "' '", "'\\u00e9'"), Kind.CHAR, true);
      case BOOLEAN -> new Expr(random.nextBoolean() ? "true" : "false", Kind.BOOLEAN, true);
      case STRING -> new Expr(pickText("\"\"", "\"ab\"", "\"12\"", "\"-3\""), Kind.STRING, true);
      case BOX_INT -> call("Integer.valueOf", kind, leaf(Kind.INT));
      case BOX_CHAR -> call("Character.valueOf", kind, leaf(Kind.CHAR));
      case BOX_DOUBLE -> call("Double.valueOf", kind, leaf(Kind.DOUBLE));
      case NUMBER -> leaf(body ? Kind.INT : Kind.LONG);
    };
  }

  private int intValue() {
    return switch (random.nextInt(6)) {
      case 0 -> Integer.MAX_VALUE;
      case 1 -> Integer.MIN_VALUE;
      case 2 -> 0;
      case 3 -> 98; // fits in a char
      default -> random.nextInt(-40, 41);
    };
  }

  private static Expr literal(int value) {
    return new Expr(value < 0 ? "(" + value + ")" : Integer.toString(value), Kind.INT, true);
  }

  private Expr intExpr(int d) {
    return pick(
        () -> arithmetic(Kind.INT, of(Kind.INT, d), of(intLike(), d), d),
        () -> arithmetic(Kind.INT, of(Kind.CHAR, d), of(Kind.INT, d), d),
        () -> arithmetic(Kind.INT, of(Kind.BOX_INT, d), of(Kind.INT, d), d),
        () -> shift(Kind.INT, of(intLike(), d), of(intLike(), d)),
        () -> bitwise(Kind.INT, of(Kind.INT, d), of(intLike(), d)),
        () -> unary(random.nextBoolean() ? "-" : "~", of(intLike(), d), Kind.INT),
        () -> cast("int", of(castableToInt(), d), Kind.INT),
        () -> conditional(Kind.INT, of(Kind.INT, d), of(Kind.INT, d), d),
        () -> call("Integer.signum", Kind.INT, of(Kind.INT, d)),
        () -> call("Integer.bitCount", Kind.INT, of(Kind.INT, d)),
        () -> call("Integer.compare", Kind.INT, of(Kind.INT, d), of(Kind.CHAR, d)),
        () -> call("Character.getNumericValue", Kind.INT, of(random.nextBoolean() ? Kind.CHAR : Kind.INT, d)),
        () -> call("Math.abs", Kind.INT, of(Kind.INT, d)),
        () -> call("Math.max", Kind.INT, of(Kind.INT, d), of(Kind.CHAR, d)),
        () -> method(of(Kind.STRING, d), "length", Kind.INT),
        () -> method(of(Kind.STRING, d), "indexOf", Kind.INT, of(random.nextBoolean() ? Kind.CHAR : Kind.BOX_CHAR, d)),
        () -> body ? leaf(Kind.INT) : method(of(Kind.BOX_INT, d), "compareTo", Kind.INT, of(Kind.BOX_INT, d)),
        () -> body ? leaf(Kind.INT) : call("Math.round", Kind.INT, of(Kind.FLOAT, d)),
        () -> body ? leaf(Kind.INT) : call("Math.round", Kind.INT, of(Kind.BOX_INT, d)),
        () -> body ? leaf(Kind.INT) : call("Math.toIntExact", Kind.INT, of(Kind.LONG, d)),
        () -> body ? leaf(Kind.INT) : call("Math.addExact", Kind.INT, of(Kind.INT, d), of(Kind.INT, d)),
        () -> body ? leaf(Kind.INT) : call("Math.floorMod", Kind.INT, of(Kind.INT, d), variable(Kind.INT, d)),
        () -> body ? leaf(Kind.INT) : call("Integer.parseInt", Kind.INT, of(Kind.STRING, d)),
        () -> body ? leaf(Kind.INT) : cast("int", cast("byte", of(Kind.INT, d), Kind.NUMBER), Kind.INT));
  }

  private Expr longExpr(int d) {
    return pick(
        () -> arithmetic(Kind.LONG, of(Kind.LONG, d), of(random.nextBoolean() ? Kind.INT : Kind.LONG, d), d),
        () -> arithmetic(Kind.LONG, of(Kind.INT, d), of(Kind.LONG, d), d),
        () -> shift(Kind.LONG, of(Kind.LONG, d), of(Kind.INT, d)),
        () -> cast("long", of(random.nextBoolean() ? Kind.INT : Kind.DOUBLE, d), Kind.LONG),
        () -> call("Math.round", Kind.LONG, of(Kind.DOUBLE, d)),
        () -> call("Math.abs", Kind.LONG, of(Kind.LONG, d)),
        () -> conditional(Kind.LONG, of(Kind.LONG, d), of(Kind.LONG, d), d));
  }

  private Expr floatExpr(int d) {
    return pick(
        () -> arithmetic(Kind.FLOAT, of(Kind.FLOAT, d), of(random.nextBoolean() ? Kind.INT : Kind.FLOAT, d), d),
        () -> cast("float", of(random.nextBoolean() ? Kind.INT : Kind.DOUBLE, d), Kind.FLOAT),
        () -> call("Math.abs", Kind.FLOAT, of(Kind.FLOAT, d)));
  }

  private Expr doubleExpr(int d) {
    return pick(
        () -> arithmetic(Kind.DOUBLE, of(Kind.DOUBLE, d), of(numeric(), d), d),
        () -> arithmetic(Kind.DOUBLE, of(Kind.BOX_INT, d), of(Kind.DOUBLE, d), d),
        () -> arithmetic(Kind.DOUBLE, of(Kind.DOUBLE, d), of(Kind.BOX_DOUBLE, d), d),
        () -> cast("double", of(random.nextBoolean() ? Kind.INT : Kind.CHAR, d), Kind.DOUBLE),
        () -> call("Math.sqrt", Kind.DOUBLE, of(Kind.DOUBLE, d)),
        () -> call("Math.floor", Kind.DOUBLE, of(Kind.DOUBLE, d)),
        () -> call("Math.abs", Kind.DOUBLE, of(Kind.DOUBLE, d)),
        () -> body ? leaf(Kind.DOUBLE) : new Expr("(" + of(Kind.NUMBER, d).text() + " + 0.0)", Kind.DOUBLE, false),
        () -> unary("-", of(Kind.DOUBLE, d), Kind.DOUBLE),
        () -> conditional(Kind.DOUBLE, of(Kind.DOUBLE, d), of(Kind.DOUBLE, d), d));
  }

  private Expr charExpr(int d) {
    return pick(
        () -> cast("char", of(random.nextBoolean() ? Kind.INT : Kind.DOUBLE, d), Kind.CHAR),
        () -> call("Character.toUpperCase", Kind.CHAR, of(random.nextBoolean() ? Kind.CHAR : Kind.BOX_CHAR, d)),
        () -> call("Character.toLowerCase", Kind.CHAR, of(Kind.CHAR, d)),
        () -> conditional(Kind.CHAR, of(Kind.CHAR, d), of(Kind.CHAR, d), d),
        // JLS 15.25: an int constant that fits in a char makes a char conditional
        () -> conditional(Kind.CHAR, of(Kind.CHAR, d), literal(random.nextInt(0, 200)), d),
        () -> body ? leaf(Kind.CHAR) : method(of(Kind.STRING, d), "charAt", Kind.CHAR, of(Kind.INT, d)));
  }

  private Expr booleanExpr(int d) {
    return pick(
        () -> comparison(of(numeric(), d), of(numeric(), d), d),
        () -> comparison(of(Kind.BOX_INT, d), of(Kind.INT, d), d),
        () -> equality(of(Kind.CHAR, d), of(Kind.BOX_CHAR, d)),
        () -> equality(of(Kind.BOOLEAN, d), of(Kind.BOOLEAN, d)),
        () -> logical(random.nextBoolean() ? "&&" : "||", of(Kind.BOOLEAN, d), of(Kind.BOOLEAN, d)),
        () -> logical(random.nextBoolean() ? "&" : "^", of(Kind.BOOLEAN, d), of(Kind.BOOLEAN, d)),
        () -> unary("!", of(Kind.BOOLEAN, d), Kind.BOOLEAN),
        () -> call("Character.isDigit", Kind.BOOLEAN, of(random.nextBoolean() ? Kind.CHAR : Kind.INT, d)),
        () -> call("Character.isLetter", Kind.BOOLEAN, of(Kind.BOX_CHAR, d)),
        () -> method(of(Kind.STRING, d), "isEmpty", Kind.BOOLEAN),
        () -> method(of(Kind.STRING, d), "equals", Kind.BOOLEAN, any(d)),
        () -> body ? leaf(Kind.BOOLEAN) : method(of(Kind.BOX_INT, d), "equals", Kind.BOOLEAN, any(d)),
        () -> body ? leaf(Kind.BOOLEAN) : method(of(Kind.BOX_DOUBLE, d), "equals", Kind.BOOLEAN, of(Kind.DOUBLE, d)),
        () -> body ? leaf(Kind.BOOLEAN) : method(of(Kind.BOX_CHAR, d), "equals", Kind.BOOLEAN, of(Kind.CHAR, d)),
        () -> conditional(Kind.BOOLEAN, of(Kind.BOOLEAN, d), of(Kind.BOOLEAN, d), d));
  }

  private Expr stringExpr(int d) {
    return pick(
        () -> new Expr("(\"\" + " + any(d).text() + ")", Kind.STRING, false),
        () -> new Expr("(" + of(Kind.STRING, d).text() + " + " + any(d).text() + ")", Kind.STRING, false),
        () -> new Expr("(" + any(d).text() + " + \"|\" + " + any(d).text() + ")", Kind.STRING, false),
        () -> call("String.valueOf", Kind.STRING, any(d)),
        () -> call("f", Kind.STRING, any(d)),
        () -> call("k", Kind.STRING, intConvertible(d)),
        () -> call("k", Kind.STRING, intConvertible(d), intConvertible(d)),
        () -> call("k", Kind.STRING, intConvertible(d), intConvertible(d), intConvertible(d)),
        () -> call("Integer.toBinaryString", Kind.STRING, of(Kind.INT, d)),
        () -> call("Character.toString", Kind.STRING, of(body || random.nextBoolean() ? Kind.CHAR : Kind.INT, d)),
        () -> new Expr("(\"\" + " + call("Math.max", Kind.NUMBER, of(numeric(), d), of(numeric(), d)).text() + ")", Kind.STRING, false),
        () -> new Expr("(\"\" + " + call("Math.abs", Kind.NUMBER, of(numeric(), d)).text() + ")", Kind.STRING, false),
        () -> new Expr("(\"\" + " + call("Character.toUpperCase", Kind.NUMBER, of(random.nextBoolean() ? Kind.INT : Kind.CHAR, d)).text() + ")", Kind.STRING, false),
        () -> new Expr("(\"\" + " + conditional(Kind.NUMBER, any(d), any(d), d).text() + ")", Kind.STRING, false));
  }

  private Expr numberExpr(int d) {
    return pick(
        () -> of(body ? Kind.INT : Kind.LONG, d),
        () -> of(body ? Kind.DOUBLE : Kind.FLOAT, d),
        () -> of(Kind.CHAR, d),
        () -> of(body ? Kind.INT : Kind.BOX_INT, d),
        () -> body ? of(Kind.INT, d) : cast("short", of(Kind.INT, d), Kind.NUMBER),
        () -> conditional(Kind.NUMBER, of(numeric(), d), of(numeric(), d), d));
  }

  // ---------------------------------------------------------------- building blocks

  private Expr arithmetic(Kind kind, Expr left, Expr right, int d) {
    String operator = pickText("+", "-", "*", "/", "%");
    if (body && (operator.equals("/") || operator.equals("%"))) {
      operator = "*"; // division by zero at compile time is a build error, not a value
    }
    if ((operator.equals("/") || operator.equals("%")) && right.constant()) {
      right = variable(right.kind(), d); // a constant zero divisor is a javac warning
    }
    return new Expr("(" + left.text() + " " + operator + " " + right.text() + ")", kind,
        left.constant() && right.constant());
  }

  private Expr shift(Kind kind, Expr left, Expr right) {
    return new Expr("(" + left.text() + " " + pickText("<<", ">>", ">>>") + " " + right.text() + ")",
        kind, left.constant() && right.constant());
  }

  private Expr bitwise(Kind kind, Expr left, Expr right) {
    return new Expr("(" + left.text() + " " + pickText("&", "|", "^") + " " + right.text() + ")",
        kind, left.constant() && right.constant());
  }

  /** A numeric comparison; == and != get a primitive right operand (boxed == boxed is no value test). */
  private Expr comparison(Expr left, Expr right, int d) {
    String operator = pickText("<", "<=", ">", ">=", "==", "!=");
    if (operator.equals("==") || operator.equals("!=")) {
      right = of(body ? Kind.INT : List.of(Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.CHAR)
          .get(random.nextInt(5)), d);
    }
    return new Expr("(" + left.text() + " " + operator + " " + right.text() + ")", Kind.BOOLEAN,
        left.constant() && right.constant());
  }

  private Expr equality(Expr left, Expr right) {
    return new Expr("(" + left.text() + " " + pickText("==", "!=") + " " + right.text() + ")",
        Kind.BOOLEAN, left.constant() && right.constant());
  }

  private Expr logical(String operator, Expr left, Expr right) {
    return new Expr("(" + left.text() + " " + operator + " " + right.text() + ")", Kind.BOOLEAN,
        left.constant() && right.constant());
  }

  private static Expr unary(String operator, Expr operand, Kind kind) {
    return new Expr("(" + operator + operand.text() + ")", kind, operand.constant());
  }

  /** A cast, unless it would be redundant (a javac warning): then the operand itself. */
  private static Expr cast(String type, Expr operand, Kind kind) {
    if (operand.kind().name().equalsIgnoreCase(type)) {
      return operand;
    }
    return new Expr("((" + type + ") " + operand.text() + ")", kind, operand.constant());
  }

  private Expr conditional(Kind kind, Expr then, Expr otherwise, int d) {
    Expr condition = of(Kind.BOOLEAN, d);
    return new Expr("(" + condition.text() + " ? " + then.text() + " : " + otherwise.text() + ")",
        kind, condition.constant() && then.constant() && otherwise.constant());
  }

  private static Expr call(String method, Kind kind, Expr... args) {
    List<String> texts = new ArrayList<>();
    for (Expr arg : args) {
      texts.add(arg.text());
    }
    return new Expr(method + "(" + String.join(", ", texts) + ")", kind, false);
  }

  private static Expr method(Expr receiver, String method, Kind kind, Expr... args) {
    return call("(" + receiver.text() + ")." + method, kind, args);
  }

  /** An expression that is not constant: a divisor that may be zero at run time only. */
  private Expr variable(Kind kind, int d) {
    for (var entry : names.entrySet()) {
      if (entry.getValue() == kind && !entry.getKey().equals("L")) {
        return new Expr("(" + entry.getKey() + " % 5)", kind, false);
      }
    }
    String name = names.keySet().stream().filter(n -> names.get(n) == Kind.BOX_INT
        || names.get(n) == Kind.INT).findFirst().orElse("x");
    return new Expr("(" + name + " % 5)", Kind.INT, false);
  }

  private Expr intConvertible(int d) {
    return of(List.of(Kind.INT, Kind.CHAR, Kind.BOX_INT, Kind.BOX_CHAR).get(random.nextInt(body ? 2 : 4)), d);
  }

  private Kind intLike() {
    return random.nextBoolean() ? Kind.INT : Kind.CHAR;
  }

  private Kind castableToInt() {
    return body ? List.of(Kind.DOUBLE, Kind.CHAR).get(random.nextInt(2))
        : List.of(Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.CHAR, Kind.BOX_INT).get(random.nextInt(5));
  }

  private Kind numeric() {
    return body ? List.of(Kind.INT, Kind.CHAR, Kind.DOUBLE).get(random.nextInt(3))
        : List.of(Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.CHAR, Kind.BOX_INT,
            Kind.BOX_CHAR, Kind.BOX_DOUBLE, Kind.NUMBER).get(random.nextInt(9));
  }

  private String pickText(String... options) {
    return options[random.nextInt(options.length)];
  }

  @SafeVarargs
  private Expr pick(java.util.function.Supplier<Expr>... options) {
    return options[random.nextInt(options.length)].get();
  }
}
