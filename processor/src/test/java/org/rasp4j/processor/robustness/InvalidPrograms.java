package org.rasp4j.processor.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Programs javac accepts that the processor must reject: a valid random body (a {@link
 * ProgramBody}) with one construct spliced in that the processor cannot evaluate, that fails while
 * the program is built, or that breaks a rule of {@code @RaspProgram}. Each knows the error code
 * it must get and marks its culprit (the expression, statement or method the error must point at).
 */
final class InvalidPrograms {
  /**
   * Class names that are also the simple names of types the generated code or the program's own
   * source may use: the generated class must not hide them.
   */
  private static final List<String> SHADOWING_NAMES = List.of("TokenChecks", "Arithmetic",
      "Problems", "Arrays", "List", "Objects", "Input", "Interpreter", "Generated",
      "Programs_");

  /** Names of types the programs' source names by their simple name, through java.lang or an
   *  import on demand: a generated class of that name in the package would hide them. */
  private static final List<String> HIDING_NAMES = List.of("String", "Object", "Math", "Integer",
      "Character", "System", "Override", "Sop", "RaspException", "Rasp", "Selector", "Library",
      "Program", "RaspProgram");

  /** Vocabularies the generated code must spell as Java literals. */
  private static final List<String> VOCABULARIES = List.of("", "ab01z", "ab01z\\\"",
      "\\u0000ab01", "*/ab01z", "ab\\u002a/", "z10ba\u2028");

  private InvalidPrograms() {}

  /** What one construct splices into a body. */
  private record Splice(String code, List<String> statements, List<String> helpers,
      String annotation, String signature, boolean wholeMethod) {
    static Splice body(String code, String... statements) {
      return new Splice(code, List.of(statements), List.of(), "", null, false);
    }

    Splice withHelpers(String... extra) {
      return new Splice(code, statements, List.of(extra), annotation, signature, wholeMethod);
    }

    static Splice method(String code, String annotation, String signature, String... statements) {
      return new Splice(code, List.of(statements), List.of(), annotation, signature, true);
    }
  }

  /** The context a construct is written in: the program's body, its id, its culprit marks. */
  private record Context(ProgramBody body, int id, String x, int k) {
    /** {@code text} marked as the culprit. */
    String m(String text) {
      return FuzzProgram.open(id) + text + FuzzProgram.close(id);
    }

    String t() {
      return "t";
    }

    String input() {
      return body.charTokens ? "\"ab\"" : "1, 2";
    }

    String fresh(String prefix) {
      return body.fresh(prefix);
    }
  }

  /** A construct: its name and how it is spliced into a valid body. */
  private record Construct(String name, Function<Context, Splice> splice) {}

  private static final List<Construct> CONSTRUCTS = List.of(
      construct("loop bound read from the input", c -> Splice.body("input-dependent",
          "for (int i = 0; i < " + c.m("t.eval(" + c.input() + ")") + ".size(); i++) { " + c.x
              + " = " + c.x + ".plus(i); }")),
      construct("condition on Sops", c -> Splice.body("unsupported-expression",
          "if (" + c.m(c.x + " == " + c.x) + ") { " + c.x + " = " + c.x + ".plus(1); }")),
      construct("?: on Sops", c -> Splice.body("unknown-method",
          c.x + " = " + c.m(c.x + ".equals(t)") + " ? " + c.x + " : " + c.x + ".plus(1);")),
      construct("switch statement", c -> Splice.body("unsupported-statement",
          c.m("switch (" + c.k + ") { case 1: " + c.x + " = " + c.x + ".plus(1); break; default:"
              + " break; }"))),
      construct("switch expression", c -> Splice.body("unsupported-expression",
          "int " + c.fresh("s") + " = " + c.m("switch (" + c.k + ") { case 1 -> 2; default -> 3; }")
              + ";")),
      construct("try", c -> Splice.body("unsupported-statement",
          c.m("try { " + c.x + " = " + c.x + ".plus(1); } finally { " + c.x + " = " + c.x
              + ".plus(2); }"))),
      construct("try-catch", c -> Splice.body("unsupported-statement",
          c.m("try { " + c.x + " = " + c.x + ".plus(1); } catch (RuntimeException e) { }"))),
      construct("do-while", c -> {
        String d = c.fresh("d");
        return Splice.body("unsupported-statement", "int " + d + " = 0;",
            c.m("do { " + c.x + " = " + c.x + ".plus(1); " + d + "++; } while (" + d + " < "
                + c.k + ");"));
      }),
      construct("labelled break", c -> Splice.body("unsupported-statement",
          c.m("outer: for (int i = 0; i < 2; i++) { for (int j = 0; j < 2; j++) { if (j == 1)"
              + " break outer; " + c.x + " = " + c.x + ".plus(j); } }"))),
      construct("break", c -> Splice.body("unsupported-statement",
          "for (int i = 0; i < 3; i++) { if (i == 1) " + c.m("break;") + " " + c.x + " = " + c.x
              + ".plus(i); }")),
      construct("continue", c -> Splice.body("unsupported-statement",
          "for (int i = 0; i < 3; i++) { if (i == 1) " + c.m("continue;") + " " + c.x + " = "
              + c.x + ".plus(i); }")),
      construct("lambda with a block", c -> Splice.body("lambda",
          c.x + " = " + c.x + ".map(INT, " + c.m("v -> { int w = v + 1; return w; }") + ");")),
      construct("local class", c -> Splice.body("unsupported-statement",
          c.m("class Local" + c.id + " { }"))),
      construct("instance helper", c -> Splice.body("instance-helper",
          c.x + " = " + c.m("new Programs().inst" + c.id + "(" + c.x + ")") + ";")
          .withHelpers("Sop<Integer> inst" + c.id + "(Sop<Integer> a) { return a.plus(1); }")),
      construct("endless recursion", c -> Splice.body("too-deep",
          c.x + " = rec" + c.id + "(" + c.x + ");")
          .withHelpers("static Sop<Integer> rec" + c.id + "(Sop<Integer> a) { return "
              + c.m("rec" + c.id + "(a.plus(1))") + "; }")),
      construct("throw reached", c -> Splice.body("throws",
          "if (" + c.k + " > 0) { " + c.m("throw new IllegalStateException(\"no \" + " + c.k
              + ");") + " }")),
      construct("throw in a helper", c -> Splice.body("throws",
          c.x + " = fail" + c.id + "(" + c.x + ", " + c.k + ");")
          .withHelpers("static Sop<Integer> fail" + c.id + "(Sop<Integer> a, int k) { if (k > 0) { "
              + c.m("throw new IllegalArgumentException(\"k = \" + k);") + " } return a; }")),
      construct("parseInt fails", c -> Splice.body("type-error",
          "int " + c.fresh("n") + " = " + c.m("Integer.parseInt(\"x\" + " + c.k + ")") + ";")),
      construct("charAt out of range", c -> Splice.body("type-error",
          "char " + c.fresh("ch") + " = " + c.m("\"ab\".charAt(" + c.k + " + 5)") + ";")),
      construct("List.get out of range", c -> {
        String l = c.fresh("l");
        return Splice.body("type-error",
            "java.util.List<Integer> " + l + " = java.util.List.of(1, 2);",
            "int " + c.fresh("g") + " = " + c.m(l + ".get(" + c.k + " + 2)") + ";");
      }),
      construct("add to an immutable list", c -> {
        String l = c.fresh("l");
        return Splice.body("throws",
            "java.util.List<Sop<Integer>> " + l + " = java.util.List.of(" + c.x + ");",
            c.m(l + ".add(" + c.x + ")") + ";");
      }),
      construct("addExact overflows", c -> Splice.body("type-error",
          "int " + c.fresh("o") + " = " + c.m("Math.addExact(Integer.MAX_VALUE, " + c.k + ")")
              + ";")),
      construct("array index out of range", c -> {
        String a = c.fresh("a");
        return Splice.body("not-constant", "int[] " + a + " = {1, 2, 3};",
            c.x + " = " + c.x + ".plus(" + c.m(a + "[" + c.k + " + 2]") + ");");
      }),
      construct("negative array index", c -> {
        String a = c.fresh("a");
        return Splice.body("not-constant", "int[] " + a + " = {1, 2, 3};",
            c.x + " = " + c.x + ".plus(" + c.m(a + "[-" + c.k + "]") + ");");
      }),
      construct("division by zero", c -> {
        String z = c.fresh("z");
        return Splice.body("type-error", "int " + z + " = " + c.k + " - " + c.k + ";",
            c.x + " = " + c.x + ".plus(" + c.m("7 " + (c.k % 2 == 0 ? "/" : "%") + " " + z)
                + ");");
      }),
      construct("compound division by zero", c -> {
        String z = c.fresh("z");
        String q = c.fresh("q");
        return Splice.body("type-error", "int " + z + " = 0;", "int " + q + " = 7;",
            c.m(q + " /= " + z) + ";", c.x + " = " + c.x + ".plus(" + q + ");");
      }),
      construct("null name", c -> Splice.body("unsupported-expression",
          c.x + " = " + c.x + ".named(" + c.m("null") + ");")),
      construct("null constant", c -> Splice.body("unsupported-expression",
          "Sop<Integer> " + c.fresh("n") + " = constant(" + c.m("null") + ");")),
      construct("helper without visible source", c -> Splice.body("helper-not-visible",
          c.x + " = " + c.m("org.rasp4j.processor.robustness.CompiledHelpers.twice(" + c.x + ")")
              + ";")),
      construct("layer budget", c -> Splice.method("layer-budget", "maxLayers = 1", null,
          c.x + " = selectAll().value(selectAll().value(" + c.x + "));")),
      construct("negative budget", c -> Splice.method("bad-budget",
          c.k % 2 == 0 ? "maxLayers = -1" : "maxHeadsPerLayer = -1", null,
          c.x + " = selectAll().value(" + c.x + ");")),
      construct("head budget", c -> Splice.method("head-budget", "maxHeadsPerLayer = 1", null,
          c.x + " = " + c.x + ".plus(key(indices()).lt(query(indices())).width())"
              + ".plus(key(indices()).gt(query(indices())).width());")),
      construct("program size", c -> Splice.method("program-size", "", null,
          "for (int i = 0; i < 4100; i++) { " + c.x + " = " + c.x + ".plus(i); }")),
      construct("endless loop", c -> {
        String w = c.fresh("w");
        return Splice.body("too-deep", "int " + w + " = 0;",
            c.m("while (" + w + " >= 0) { " + w + " = " + w + " + 0; }"));
      }),
      construct("very long chain", c -> Splice.method("program-size", "", null,
          "for (int i = 0; i < 60000; i++) { " + c.x + " = " + c.x + ".plus(1); }")),
      construct("name starting with a digit", c -> Splice.method("invalid-name",
          "name = \"" + c.k + "Bad\"", null)),
      construct("dotted name", c -> Splice.method("invalid-name", "name = \"a.B" + c.id + "\"",
          null)),
      construct("keyword name", c -> Splice.method("invalid-name", "name = \"class\"", null)),
      construct("name of the owner class", c -> Splice.method("name-collision",
          "name = \"Programs\"", null)),
      construct("name hiding a type", c -> Splice.method("name-collision",
          "name = \"" + c.body.pick(HIDING_NAMES) + "\"", null)),
      construct("long bos", c -> Splice.method("bos", "bos = \"ab\"", null)),
      construct("instance program", c -> Splice.method("not-static", "", "instance")),
      construct("string tokens", c -> Splice.method("bad-signature", "", "strings")),
      construct("two parameters", c -> Splice.method("bad-signature", "", "two")),
      construct("no body", c -> Splice.method("no-body", "", "native")),
      construct("generic plus", c -> Splice.method("type-error", "", "generic")),
      construct("char plus", c -> Splice.body("type-error",
          "Sop<Character> " + c.fresh("cp") + " = " + c.m("constant('x').plus('a')") + ";")),
      construct("boolean plus", c -> Splice.body("type-error",
          "Sop<Boolean> " + c.fresh("bp") + " = " + c.m(c.x + ".eq(1).plus(true)") + ";")),
      construct("where of char and int", c -> Splice.body("type-error",
          "Sop<?> " + c.fresh("w") + " = " + c.m("where(" + c.x + ".eq(1), 'a', 1)") + ";")),
      construct("value of char with int default", c -> Splice.body("type-error",
          "Sop<?> " + c.fresh("sv") + " = " + c.m("selectAll().value('a', 1)") + ";")),
      construct("round of ints", c -> Splice.body("type-error",
          "Sop<Integer> " + c.fresh("r") + " = " + c.m(c.x + ".round()") + ";")),
      construct("function capturing a Sop", c -> {
        String cap = c.fresh("cap");
        return Splice.body("not-constant", "Sop<Integer> " + cap + " = " + c.x + ";",
            c.x + " = " + c.x + ".map(BOOL, " + c.m("v -> " + cap + ".equals(v)") + ").toInt();");
      }),
      construct("selectors compared with ==", c -> Splice.body("unsupported-expression",
          "Selector " + c.fresh("s") + " = " + c.m("selectAll() == before()") + " ? selectAll() :"
              + " before();")),
      construct("selector from a block lambda", c -> Splice.body("lambda",
          c.x + " = select(" + c.x + ", " + c.x + ", "
              + c.m("(k, q) -> { boolean lt = k < q; return lt; }")
              + ").width();")),
      construct("cast of a selector to Sop", c -> Splice.body("throws",
          "Sop<Integer> " + c.fresh("sc") + " = " + c.m("(Sop<Integer>) (Object) selectAll()")
              + ";")),
      construct("cast of a String to Integer", c -> {
        String o = c.fresh("o");
        return Splice.body("throws", "Object " + o + " = \"x\";",
            c.x + " = " + c.x + ".plus(" + c.m("(Integer) " + o) + ");");
      }),
      construct("second tokens", c -> Splice.body("second-tokens",
          "Sop<Integer> " + c.fresh("tk") + " = " + c.m("tokens(INT)") + ";")),
      construct("long literal", c -> Splice.body("unsupported-expression",
          "long " + c.fresh("lg") + " = " + c.m("5L") + ";")),
      construct("float literal", c -> Splice.body("unsupported-expression",
          "float " + c.fresh("fl") + " = " + c.m("1.5f") + ";")),
      construct("instanceof", c -> Splice.body("unsupported-expression",
          "boolean " + c.fresh("io") + " = " + c.m(c.x + " instanceof Sop<?>") + ";")),
      construct("assert", c -> Splice.body("unsupported-statement",
          c.m("assert " + c.k + " > 0;"))),
      construct("uninitialised local", c -> Splice.body("unsupported-statement",
          c.m("int " + c.fresh("u") + ";"))),
      construct("mutable static field", c -> Splice.body("not-constant",
          c.x + " = " + c.x + ".plus(" + c.m("counter" + c.id) + ");")
          .withHelpers("static int counter" + c.id + " = 3;")),
      construct("static final Sop field", c -> Splice.body("not-constant",
          c.x + " = " + c.x + ".plus(" + c.m("IDX" + c.id) + ");")
          .withHelpers("static final Sop<Integer> IDX" + c.id + " = indices();")),
      construct("anonymous function class", c -> Splice.body("unsupported-expression",
          c.x + " = " + c.x + ".map(INT, " + c.m("new Fn1<Integer, Integer>() {"
              + " private static final long serialVersionUID = 1L;"
              + " @Override public Integer apply(Integer v) { return v; } }") + ");")),
      construct("array without initializer", c -> Splice.body("unsupported-expression",
          "int[] " + c.fresh("na") + " = " + c.m("new int[3]") + ";")),
      construct("increment inside an expression", c -> {
        String i = c.fresh("i");
        return Splice.body("unsupported-expression", "int " + i + " = 0;",
            c.x + " = " + c.x + ".plus(" + c.m(i + "++") + ");");
      }),
      construct("Math.random folded at compile time", c -> Splice.body("unknown-method",
          c.x + " = " + c.x + ".plus((int) (10 * " + c.m("Math.random()") + "));")),
      construct("function reading a mutable list", c -> {
        String l = c.fresh("ml");
        return Splice.body("not-constant",
            "java.util.List<Integer> " + l + " = new java.util.ArrayList<>();",
            l + ".add(1);",
            c.x + " = " + c.x + ".map(INT, " + c.m("v -> v + " + l + ".size()") + ");",
            l + ".add(2);");
      }));

  private static Construct construct(String name, Function<Context, Splice> splice) {
    return new Construct(name, splice);
  }

  /** The constructs this run draws from. */
  static List<String> names() {
    return CONSTRUCTS.stream().map(Construct::name).toList();
  }

  /** An invalid program with a random construct. */
  static FuzzProgram random(Random random, int id) {
    List<Construct> constructs = CONSTRUCTS;
    return of(random, id, constructs.get(random.nextInt(constructs.size())));
  }

  /** The invalid program of the construct named {@code name}. */
  static FuzzProgram named(Random random, int id, String name) {
    return of(random, id, CONSTRUCTS.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow());
  }

  private static FuzzProgram of(Random random, int id, Construct construct) {
    ProgramBody body = new ProgramBody(random, random.nextBoolean(), id, random.nextInt(5));
    String x = body.result();
    Context context = new Context(body, id, x, 1 + random.nextInt(3));
    Splice splice = construct.splice().apply(context);
    String method = "p" + id;
    List<String> statements = new ArrayList<>(body.statements);
    statements.addAll(splice.statements());
    String returned = x;
    String signature;
    String generated = Character.toUpperCase(method.charAt(0)) + method.substring(1);
    String tokens = body.tokenType();
    String kind = splice.signature() == null ? "plain" : splice.signature();
    switch (kind) {
      case "instance" -> signature = "Sop<Integer> " + method + "(Sop<" + tokens + "> t)";
      case "strings" -> signature = "static Sop<Integer> " + method + "(Sop<String> t)";
      case "two" -> signature = "static Sop<Integer> " + method + "(Sop<" + tokens
          + "> t, Sop<Integer> u)";
      case "native" -> signature = "static native Sop<Integer> " + method + "(Sop<" + tokens
          + "> t)";
      case "generic" -> signature = "static <T> Sop<T> " + method + "(Sop<T> t)";
      default -> signature = "static Sop<Integer> " + method + "(Sop<" + tokens + "> t)";
    }
    StringBuilder text = new StringBuilder();
    text.append("@RaspProgram(").append(splice.annotation()).append(") ").append(signature);
    if (kind.equals("native")) {
      text.append(";");
    } else if (kind.equals("generic")) {
      text.append(" {\n    return t.plus(t).named(\"g" + id + "\");\n  }");
    } else if (kind.equals("strings")) {
      text.append(" {\n    return length();\n  }");
    } else {
      text.append(" {\n");
      for (String statement : statements) {
        text.append("    ").append(statement).append('\n');
      }
      text.append("    return ").append(returned).append(";\n  }");
    }
    String methodText = splice.wholeMethod()
        ? context.m(text.toString())
        : text.toString();
    if (splice.annotation().startsWith("name =")) {
      generated = splice.annotation().substring(splice.annotation().indexOf('"') + 1,
          splice.annotation().lastIndexOf('"'));
    }
    List<String> members = new ArrayList<>();
    members.add(methodText);
    members.addAll(body.helpers);
    members.addAll(splice.helpers());
    return new FuzzProgram(id, method, generated, body.charTokens, members, construct.name(),
        "rasp4j." + splice.code());
  }

  /**
   * A valid program: a random body returned as it is. With {@code shadow}, its class takes a name
   * that other types also have.
   */
  static FuzzProgram valid(Random random, int id, boolean shadow) {
    ProgramBody body = new ProgramBody(random, random.nextBoolean(), id, 1 + random.nextInt(8));
    String method = "p" + id;
    String generated = shadow ? body.pick(SHADOWING_NAMES) : "P" + id;
    List<String> settings = new ArrayList<>();
    if (shadow) {
      settings.add("name = \"" + generated + "\"");
    }
    if (body.charTokens && random.nextBoolean()) {
      settings.add("vocabulary = \"" + body.pick(VOCABULARIES) + "\"");
    }
    if (body.charTokens && random.nextInt(4) == 0) {
      settings.add("bos = \"" + body.pick(List.of("a", "\\\\", "\\\"", "\\u0000")) + "\"");
    }
    StringBuilder text = new StringBuilder();
    text.append("@RaspProgram(").append(String.join(", ", settings))
        .append(") static Sop<Integer> ")
        .append(method).append("(Sop<")
        .append(body.tokenType()).append("> t) {\n");
    for (String statement : body.statements) {
      text.append("    ").append(statement).append('\n');
    }
    text.append("    return ").append(body.result()).append(";\n  }");
    List<String> members = new ArrayList<>();
    members.add(text.toString());
    members.addAll(body.helpers);
    return new FuzzProgram(id, method, generated, body.charTokens, members, "valid", null);
  }
}
