package org.rasp4j.processor.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes one random, type-correct {@code @RaspProgram} method (and the helpers it calls) as Java
 * source: selectors with every comparison and with predicates, and/or/not, value/mean/width with
 * and without defaults, where, map, zip, {@code org.rasp4j.Library}, Sop helpers, function helpers,
 * constant locals and loops that unroll. Every program is valid Java; what javac or the processor
 * rejects is a defect.
 */
final class ProgramGenerator {
  /** The element types a Sop of a program holds. */
  enum Type {
    INT("Integer", "INT"),
    CHAR("Character", "CHAR"),
    BOOL("Boolean", "BOOL"),
    DOUBLE("Double", "DOUBLE");

    final String boxed;
    final String valueType;

    Type(String boxed, String valueType) {
      this.boxed = boxed;
      this.valueType = valueType;
    }

    String sop() {
      return "Sop<" + boxed + ">";
    }
  }

  private static final String[] COMPARISONS = {"eq", "ne", "lt", "le", "gt", "ge"};
  private static final String[] CHARS = {"'a'", "'b'", "'c'", "'_'", "'<'", "'0'", "'z'"};

  /** Mixed into a program's seed to decide whether it is causal (one program in three). */
  private static final long CAUSAL_SALT = 0x6A09E667F3BCC908L;

  private final SplittableRandom random;
  private final String id;
  private final Type tokens;
  private final StringBuilder helpers = new StringBuilder();
  private final List<String> constants = new ArrayList<>();
  private final List<String> body = new ArrayList<>();
  private final List<String[]> variables = new ArrayList<>(); // {type name, variable name}
  private int fresh;
  /** Inside a Sop helper: its parameters stand in for the tokens, its int parameter for a constant. */
  private List<String[]> scope = variables;

  private ProgramGenerator(long seed, String id) {
    this.random = new SplittableRandom(seed);
    this.id = id;
    this.tokens = random.nextBoolean() ? Type.CHAR : Type.INT;
  }

  /** One program, its method named {@code id} and its generated class {@code className}. */
  static FuzzProgram generate(long seed, String id, String className) {
    return new ProgramGenerator(seed, id).program(seed, className);
  }

  private FuzzProgram program(long seed, String className) {
    Type output = pickType();
    int statements = random.nextInt(4);
    for (int i = 0; i < statements; i++) {
      statement();
    }
    String result = sop(output, 3);
    String vocabulary =
        tokens == Type.CHAR && random.nextInt(3) == 0
            ? "abc_<+0"
            : "";
    StringBuilder source = new StringBuilder();
    source.append("  @RaspProgram(name = \"").append(className).append('"');
    if (!vocabulary.isEmpty()) {
      source.append(", vocabulary = \"").append(vocabulary).append('"');
    }
    // From the seed alone, not the program's random stream: older seeds still replay the same
    // program bodies.
    boolean causal = new SplittableRandom(seed ^ CAUSAL_SALT).nextInt(3) == 0;
    if (causal) {
      source.append(", causal = true");
    }
    source.append(")\n");
    source.append("  public static ").append(output.sop()).append(' ').append(id)
        .append('(').append(tokens.sop()).append(" t) {\n");
    for (String line : body) {
      source.append("    ").append(line).append('\n');
    }
    source.append("    return ").append(result).append(";\n  }\n");
    source.append(helpers);
    return new FuzzProgram(
        seed, id, className, tokens == Type.CHAR, vocabulary, causal, source.toString());
  }

  // ---- statements ----

  private void statement() {
    switch (random.nextInt(4)) {
      case 0, 1 -> {
        Type type = pickType();
        declare(type, sop(type, 2));
      }
      case 2 -> loop();
      default -> constantLocal();
    }
  }

  private String declare(Type type, String expression) {
    String name = "v" + fresh++;
    body.add(type.sop() + " " + name + " = " + expression + ";");
    variables.add(new String[] {type.name(), name});
    return name;
  }

  /** A loop of 1..3 iterations that unrolls: each step builds on the last. */
  private void loop() {
    int n = 1 + random.nextInt(3);
    String weights = "w" + fresh++;
    StringBuilder array = new StringBuilder("int[] " + weights + " = {");
    for (int i = 0; i < n; i++) {
      array.append(i == 0 ? "" : ", ").append(random.nextInt(-3, 4));
    }
    body.add(array.append("};").toString());
    String acc = "acc" + fresh++;
    body.add("Sop<Integer> " + acc + " = " + sop(Type.INT, 1) + ";");
    String step =
        switch (random.nextInt(5)) {
          case 0 -> acc + ".plus(Library.shift(j, 0, " + acc + "))";
          case 1 -> "where(" + acc + ".gt(j), " + acc + ", " + acc + ".minus(" + weights + "[j]))";
          case 2 -> acc + ".times(" + weights + "[j]).plus(j)";
          case 3 -> "key(indices()).eq(query(indices().minus(j))).value(" + acc + ", " + weights
              + "[j])";
          default -> acc + ".plus(" + sop(Type.INT, 1) + ")";
        };
    String guard =
        random.nextBoolean()
            ? "j > 0 && " + weights + "[j - 1] > 0"
            : weights + "[j] != 2";
    if (random.nextBoolean()) {
      body.add("for (int j = 0; j < " + weights + ".length; j++) {");
      body.add("  if (" + guard + ") {");
      body.add("    " + acc + " = " + step + ";");
      body.add("  }");
      body.add("}");
    } else {
      body.add("for (int w : " + weights + ") {");
      body.add("  " + acc + " = " + acc + ".plus(w);");
      body.add("}");
    }
    variables.add(new String[] {Type.INT.name(), acc});
  }

  /** An int constant computed in the body, used later as an operand. */
  private void constantLocal() {
    String name = "k" + fresh++;
    if (random.nextBoolean()) {
      String d = "d" + fresh++;
      body.add("double " + d + " = 0;");
      body.add(d + " = " + random.nextInt(1, 5) + ";");
      body.add("int " + name + " = (int) (" + d + " / 2 * 10);");
      body.add(name + " += 1.5;");
    } else {
      body.add("int " + name + " = " + random.nextInt(-4, 5) + " * " + random.nextInt(1, 4)
          + " + " + random.nextInt(0, 3) + ";");
    }
    constants.add(name);
  }

  // ---- Sops ----

  private Type pickType() {
    return Type.values()[random.nextInt(4)];
  }

  private String variable(Type type) {
    List<String> names = new ArrayList<>();
    for (String[] v : scope) {
      if (v[0].equals(type.name())) {
        names.add(v[1]);
      }
    }
    return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
  }

  private String leaf(Type type) {
    String variable = variable(type);
    if (variable != null && random.nextInt(3) > 0) {
      return variable;
    }
    String input = scope == variables ? "t" : null;
    return switch (type) {
      case INT -> tokens == Type.INT && input != null && random.nextBoolean()
          ? input
          : pick("indices()", "Library.length()", "constant(" + smallInt() + ")");
      case CHAR -> tokens == Type.CHAR && input != null && random.nextInt(3) > 0
          ? input
          : random.nextBoolean()
              ? "indices().map(CHAR, " + lambda("letters", "i",
                  () -> "(char) ('a' + i % " + random.nextInt(2, 30) + ")") + ")"
              : "constant(" + pick(CHARS) + ")";
      case BOOL -> leaf(Type.INT) + "." + pick(COMPARISONS) + "(" + smallInt() + ")";
      case DOUBLE -> pick("indices().toDouble()", leaf(Type.INT) + ".toDouble()");
    };
  }

  private String sop(Type type, int depth) {
    if (depth <= 0 || random.nextInt(5) == 0) {
      return leaf(type);
    }
    int d = depth - 1;
    return switch (type) {
      case INT -> intSop(d);
      case CHAR -> charSop(d);
      case BOOL -> boolSop(d);
      case DOUBLE -> doubleSop(d);
    };
  }

  private String intSop(int d) {
    return switch (random.nextInt(18)) {
      case 0 -> sop(Type.INT, d) + "." + pick("plus", "minus", "times") + "(" + sop(Type.INT, d)
          + ")";
      case 1 -> sop(Type.INT, d) + "." + pick("plus", "minus", "times") + "(" + intOperand() + ")";
      case 2 -> sop(Type.INT, d) + "." + pick("div", "mod") + "(" + pick(sop(Type.INT, d),
          String.valueOf(nonZero())) + ")";
      case 3 -> sop(Type.INT, d) + ".negate()";
      case 4 -> sop(Type.BOOL, d) + ".toInt()";
      case 5 -> sop(Type.DOUBLE, d) + ".round()";
      case 6 -> selector(d) + ".value(" + sop(Type.INT, d) + optionalDefault(smallInt()) + ")";
      case 7 -> selector(d) + ".width()";
      case 8 -> where(Type.INT, d, smallInt());
      case 9 -> map(Type.INT, d);
      case 10 -> zip(Type.INT, d);
      case 11 -> "Library.cumsum(" + sop(Type.INT, d) + ")";
      case 12 -> "Library.index(" + random.nextInt(0, 4) + ", " + sop(Type.INT, d) + ")";
      case 13 -> "Library.shift(" + random.nextInt(-2, 3) + ", " + smallInt() + ", " + sop(Type.INT,
          d) + ")";
      case 14 -> random.nextBoolean()
          ? "Library.minimum(" + sop(Type.INT, d) + ")"
          : pick("Library.sort(", "Library.sortUnique(") + sop(Type.INT, d) + ", " + sortKeys(d)
              + ")";
      case 15 -> "Library.widthWithBos(" + selector(d) + ")";
      case 16 -> twice(d);
      default -> helperCall(Type.INT, d);
    };
  }

  /** One predicate selector written out twice: the same operation, or two, to each side. */
  private String twice(int d) {
    Type keys = random.nextBoolean() ? Type.INT : Type.CHAR;
    String keySop = sop(keys, d);
    String querySop = sop(Type.INT, d);
    String body = scalar(Scalar.BOOL, new String[] {"k", "q"}, new Type[] {keys, Type.INT}, 2);
    String selector = "select(" + keySop + ", " + querySop + ", (k, q) -> " + body + ")";
    return selector + ".value(" + sop(Type.INT, d) + ").plus(" + selector + ".width())";
  }

  private String sortKeys(int d) {
    return sop(random.nextBoolean() ? Type.INT : Type.CHAR, d);
  }

  private String charSop(int d) {
    return switch (random.nextInt(9)) {
      case 0 -> where(Type.CHAR, d, pick(CHARS));
      case 1 -> singleSelector(d) + ".value(" + sop(Type.CHAR, d) + optionalDefault(pick(CHARS))
          + ")";
      case 2 -> selector(d) + ".value(" + sop(Type.CHAR, d) + ", " + pick(CHARS) + ")";
      case 3 -> map(Type.CHAR, d);
      case 4 -> zip(Type.CHAR, d);
      case 5 -> "Library.shift(" + random.nextInt(-2, 3) + ", " + pick(CHARS) + ", "
          + sop(Type.CHAR, d) + ")";
      case 6 -> "Library.index(" + random.nextInt(0, 4) + ", " + sop(Type.CHAR, d) + ")";
      case 7 -> random.nextBoolean()
          ? "Library.minimum(" + sop(Type.CHAR, d) + ")"
          : "Library.sort(" + sop(Type.CHAR, d) + ", " + sortKeys(d) + ")";
      default -> helperCall(Type.CHAR, d);
    };
  }

  private String boolSop(int d) {
    return switch (random.nextInt(8)) {
      case 0, 1 -> {
        Type compared = random.nextInt(3) == 0 ? Type.CHAR : random.nextBoolean() ? Type.INT
            : Type.DOUBLE;
        String operand = random.nextBoolean() ? sop(compared, d) : constantOf(compared);
        yield sop(compared, d) + "." + pick(COMPARISONS) + "(" + operand + ")";
      }
      case 2 -> sop(Type.BOOL, d) + "." + pick("and", "or") + "(" + pick(sop(Type.BOOL, d),
          String.valueOf(random.nextBoolean())) + ")";
      case 3 -> sop(Type.BOOL, d) + ".not()";
      case 4 -> singleSelector(d) + ".value(" + sop(Type.BOOL, d) + optionalDefault(
          String.valueOf(random.nextBoolean())) + ")";
      case 5 -> random.nextBoolean() ? map(Type.BOOL, d) : strings(d);
      case 6 -> zip(Type.BOOL, d);
      default -> where(Type.BOOL, d, String.valueOf(random.nextBoolean()));
    };
  }

  private String doubleSop(int d) {
    return switch (random.nextInt(8)) {
      case 0 -> sop(Type.INT, d) + ".toDouble()";
      case 1 -> selector(d) + ".mean(" + sop(random.nextBoolean() ? Type.INT : Type.DOUBLE, d)
          + optionalDefault(pick("-1.0", "0.5", "2.0")) + ")";
      case 2 -> sop(Type.DOUBLE, d) + "." + pick("plus", "minus", "times", "div", "mod") + "("
          + pick(sop(Type.DOUBLE, d), pick("0.5", "2.0", "-3.0")) + ")";
      case 3 -> selector(d) + ".value(" + sop(Type.DOUBLE, d) + optionalDefault("1.5") + ")";
      case 4 -> "Library.fracPrevs(" + sop(Type.BOOL, d) + ")";
      case 5 -> map(Type.DOUBLE, d);
      case 6 -> zip(Type.DOUBLE, d);
      default -> where(Type.DOUBLE, d, "0.25");
    };
  }

  private String where(Type type, int d, String constant) {
    String then = random.nextInt(3) == 0 ? constant : sop(type, d);
    String otherwise = random.nextInt(3) == 0 ? constant : sop(type, d);
    // with two Sop branches, a generic call as an argument can make javac's overload choice
    // ambiguous: the type witness settles it
    String where = then.equals(constant) || otherwise.equals(constant) ? "where(" : "Rasp.<"
        + type.boxed + ">where(";
    return where + sop(Type.BOOL, d) + ", " + then + ", " + otherwise + ")";
  }

  private String optionalDefault(String constant) {
    return random.nextBoolean() ? ", " + constant : "";
  }

  private String constantOf(Type type) {
    return switch (type) {
      case INT -> smallInt();
      case CHAR -> pick(CHARS);
      case BOOL -> String.valueOf(random.nextBoolean());
      case DOUBLE -> pick("0.5", "1.0", "-2.0");
    };
  }

  // ---- selectors ----

  private String selector(int d) {
    return switch (random.nextInt(9)) {
      case 0, 1, 2 -> comparison(d);
      case 3 -> predicate(d);
      case 4 -> selector(d - 1) + "." + pick("and", "or") + "(" + selector(d - 1) + ")";
      case 5 -> selector(d - 1) + ".not()";
      case 6 -> pick("Library.selectAll()", "Library.before()", "Library.upToSelf()");
      default -> singleSelector(d);
    };
  }

  /** A selector that mostly selects at most one key: non-numeric values then aggregate. */
  private String singleSelector(int d) {
    return random.nextInt(4) == 0
        ? comparison(d)
        : "key(indices()).eq(query(" + sop(Type.INT, d - 1) + "))";
  }

  private String comparison(int d) {
    // Doubles too: value-order sorts double keys (-0.0 equal to 0.0, NaN in no order).
    Type type = random.nextInt(4) == 0 ? Type.CHAR : random.nextInt(5) == 0 ? Type.BOOL
        : random.nextInt(5) == 0 ? Type.DOUBLE : Type.INT;
    String key = random.nextInt(5) == 0 ? constantOf(type) : sop(type, d);
    String query = random.nextInt(5) == 0 ? constantOf(type) : sop(type, d);
    String op = type == Type.BOOL ? pick("eq", "ne") : pick(COMPARISONS);
    return "key(" + key + ")." + op + "(query(" + query + "))";
  }

  private String predicate(int d) {
    Type keys = random.nextBoolean() ? Type.INT : Type.CHAR;
    Type queries = random.nextBoolean() ? Type.INT : Type.CHAR;
    String function = lambda("select" + keys + queries, "(k, q)",
        () -> scalar(Scalar.BOOL, new String[] {"k", "q"}, new Type[] {keys, queries}, 2));
    return "select(" + sop(keys, d) + ", " + sop(queries, d) + ", " + function + ")";
  }

  // ---- functions ----

  private String map(Type result, int d) {
    Type from = random.nextBoolean() ? Type.INT : random.nextBoolean() ? Type.CHAR : Type.DOUBLE;
    String function = lambda("map" + from + result, "x",
        () -> scalar(Scalar.of(result), new String[] {"x"}, new Type[] {from}, 2));
    return sop(from, d) + ".map(" + result.valueType + ", " + function + ")";
  }

  /**
   * Strings: a function writes each value as text, compared with a constant, or aggregated first
   * (one selected String passes, an empty row gives the default or "").
   */
  private String strings(int d) {
    Type from = random.nextBoolean() ? Type.INT : Type.CHAR;
    String function = lambda("string" + from, "x", () -> switch (random.nextInt(3)) {
      case 0 -> "\"\" + x";
      case 1 -> "\"s\" + " + scalar(Scalar.INT, new String[] {"x"}, new Type[] {from}, 1);
      default -> "String.valueOf(" + scalar(Scalar.CHAR, new String[] {"x"}, new Type[] {from}, 1)
          + ")";
    });
    String text = sop(from, d) + ".map(STRING, " + function + ")";
    if (random.nextBoolean()) {
      text = singleSelector(d) + ".value(" + text + optionalDefault("\"none\"") + ")";
    }
    return text + "." + pick("eq", "ne") + "(" + pick("\"a\"", "\"1\"", "\"s0\"", "\"\"") + ")";
  }

  private String zip(Type result, int d) {
    Type a = random.nextBoolean() ? Type.INT : Type.CHAR;
    Type b = random.nextBoolean() ? Type.INT : Type.CHAR;
    if (random.nextInt(4) == 0) {
      Type c = random.nextBoolean() ? Type.INT : Type.DOUBLE;
      String function = lambda("zip" + a + b + c + result, "(a, b, c)", () -> scalar(
          Scalar.of(result), new String[] {"a", "b", "c"}, new Type[] {a, b, c}, 2));
      return "zip(" + result.valueType + ", " + sop(a, d) + ", " + sop(b, d) + ", " + sop(c, d)
          + ", " + function + ")";
    }
    String function = lambda("zip" + a + b + result, "(a, b)",
        () -> scalar(Scalar.of(result), new String[] {"a", "b"}, new Type[] {a, b}, 2));
    return "zip(" + result.valueType + ", " + sop(a, d) + ", " + sop(b, d) + ", " + function
        + ")";
  }

  /**
   * A lambda's text; a third of the time an earlier one of the same signature, written again at
   * another place (two operations, for the interpreter and the processor alike).
   */
  private String lambda(String signature, String params, Supplier<String> body) {
    List<String> earlier = bySignature.computeIfAbsent(signature, s -> new ArrayList<>());
    if (!earlier.isEmpty() && random.nextInt(3) == 0) {
      return earlier.get(random.nextInt(earlier.size()));
    }
    String text = params + " -> " + body.get();
    earlier.add(text);
    return text;
  }

  private final Map<String, List<String>> bySignature = new HashMap<>();

  /** The scalar types a function computes. */
  enum Scalar {
    INT,
    CHAR,
    BOOL,
    DOUBLE;

    static Scalar of(Type type) {
      return Scalar.valueOf(type.name());
    }
  }

  /** A Java expression of {@code want}'s primitive type over the parameters. */
  private String scalar(Scalar want, String[] names, Type[] types, int depth) {
    boolean leaf = depth <= 0 || random.nextInt(4) == 0;
    switch (want) {
      case INT -> {
        if (leaf) {
          return intAtom(names, types);
        }
        return switch (random.nextInt(9)) {
          case 0 -> "(" + scalar(Scalar.INT, names, types, depth - 1) + " " + pick("+", "-", "*")
              + " " + scalar(Scalar.INT, names, types, depth - 1) + ")";
          case 1 -> "(" + scalar(Scalar.INT, names, types, depth - 1) + " " + pick("/", "%") + " "
              + divisor(names, types) + ")";
          case 2 -> "Math." + pick("abs(", "negateExact(") + scalar(Scalar.INT, names, types,
              depth - 1) + ")";
          case 3 -> "Math." + pick("max(", "min(", "floorMod(") + scalar(Scalar.INT, names, types,
              depth - 1) + ", " + nonZero() + ")";
          case 4 -> "(" + scalar(Scalar.BOOL, names, types, depth - 1) + " ? " + scalar(Scalar.INT,
              names, types, depth - 1) + " : " + scalar(Scalar.INT, names, types, depth - 1) + ")";
          case 5 -> "(int) " + scalar(Scalar.DOUBLE, names, types, depth - 1);
          case 6 -> "(" + scalar(Scalar.CHAR, names, types, depth - 1) + " - 'a')";
          case 7 -> functionCall(Scalar.INT, names, types, depth);
          default -> "Integer.signum(" + scalar(Scalar.INT, names, types, depth - 1) + ")";
        };
      }
      case CHAR -> {
        String param = paramOf(Type.CHAR, names, types);
        if (leaf) {
          return param != null && random.nextBoolean() ? param : pick(CHARS);
        }
        return switch (random.nextInt(5)) {
          case 0 -> "(char) ('a' + Math.floorMod(" + scalar(Scalar.INT, names, types, depth - 1)
              + ", 4))";
          case 1 -> "(" + scalar(Scalar.BOOL, names, types, depth - 1) + " ? " + scalar(Scalar.CHAR,
              names, types, depth - 1) + " : " + scalar(Scalar.CHAR, names, types, depth - 1) + ")";
          case 2 -> random.nextBoolean()
              ? "(" + scalar(Scalar.BOOL, names, types, depth - 1) + " ? 'x' : " + random.nextInt(
                  48, 123) + ")"
              : "Character.toUpperCase(" + scalar(Scalar.CHAR, names, types, depth - 1) + ")";
          case 3 -> functionCall(Scalar.CHAR, names, types, depth);
          default -> "(char) (" + scalar(Scalar.CHAR, names, types, depth - 1) + " + 1)";
        };
      }
      case BOOL -> {
        if (leaf) {
          return "(" + intAtom(names, types) + " " + pick("<", "<=", ">", ">=", "==", "!=") + " "
              + smallInt() + ")";
        }
        return switch (random.nextInt(7)) {
          case 0 -> comparison(scalar(Scalar.INT, names, types, depth - 1), pick("<", "<=", ">",
              ">=", "==", "!="), scalar(Scalar.INT, names, types, depth - 1));
          case 1 -> "(" + scalar(Scalar.BOOL, names, types, depth - 1) + " " + pick("&&", "||")
              + " " + scalar(Scalar.BOOL, names, types, depth - 1) + ")";
          case 2 -> "!" + scalar(Scalar.BOOL, names, types, depth - 1);
          case 3 -> "Character." + pick("isLetter(", "isDigit(") + scalar(Scalar.CHAR, names, types,
              depth - 1) + ")";
          case 4 -> equality(names, types);
          case 5 -> comparison(scalar(Scalar.CHAR, names, types, depth - 1), pick("<", "==", ">="),
              scalar(Scalar.CHAR, names, types, depth - 1));
          default -> functionCall(Scalar.BOOL, names, types, depth);
        };
      }
      default -> {
        if (leaf) {
          return pick("0.5", "2.0", "(double) " + intAtom(names, types));
        }
        return switch (random.nextInt(4)) {
          case 0 -> "(" + scalar(Scalar.DOUBLE, names, types, depth - 1) + " " + pick("+", "-", "*",
              "/") + " " + scalar(Scalar.DOUBLE, names, types, depth - 1) + ")";
          case 1 -> "Math.sqrt(Math.abs(" + scalar(Scalar.DOUBLE, names, types, depth - 1) + "))";
          case 2 -> "(" + scalar(Scalar.INT, names, types, depth - 1) + " / 2.0)";
          default -> "Math.floor(" + scalar(Scalar.DOUBLE, names, types, depth - 1) + ")";
        };
      }
    }
  }

  /**
   * {@code left op right}; for {@code ==} and {@code !=} the left side is unboxed by unary plus,
   * since both sides may be boxed (a parameter, or a {@code ?:} of parameters), and Java would then
   * compare references, which the processor rejects.
   */
  private static String comparison(String left, String op, String right) {
    boolean equality = op.equals("==") || op.equals("!=");
    return "(" + (equality ? "+" + left : left) + " " + op + " " + right + ")";
  }

  /** Two parameters compared by value: {@code equals}, or {@code ==} on unboxed values. */
  private String equality(String[] names, Type[] types) {
    if (names.length < 2) {
      return "(" + intAtom(names, types) + " == " + smallInt() + ")";
    }
    if (random.nextBoolean()) {
      return comparison(intAtom(names, types), "==", intAtom(names, types));
    }
    return names[0] + ".equals(" + names[1] + ")";
  }

  /**
   * A divisor: a nonzero literal, or one that reads a parameter (a constant zero divisor would be
   * javac's divzero warning; a zero at run time is the point).
   */
  private String divisor(String[] names, Type[] types) {
    if (random.nextBoolean()) {
      return String.valueOf(nonZero());
    }
    int i = random.nextInt(names.length);
    String atom = switch (types[i]) {
      case INT -> names[i];
      case CHAR -> "(" + names[i] + " - 'a')";
      case DOUBLE -> "(int) Math.floor(" + names[i] + ")";
      case BOOL -> "(" + names[i] + " ? 1 : 0)";
    };
    return "(" + atom + " " + pick("+", "-") + " " + random.nextInt(0, 3) + ")";
  }

  /** An int-typed atom: a parameter (chars as their distance from 'a') or a literal. */
  private String intAtom(String[] names, Type[] types) {
    int i = random.nextInt(names.length + 1);
    if (i == names.length) {
      return smallInt();
    }
    return switch (types[i]) {
      case INT -> names[i];
      case CHAR -> "(" + names[i] + " - 'a')";
      case DOUBLE -> "(int) Math.floor(" + names[i] + ")";
      case BOOL -> "(" + names[i] + " ? 1 : 0)";
    };
  }

  private static String paramOf(Type type, String[] names, Type[] types) {
    for (int i = 0; i < names.length; i++) {
      if (types[i] == type) {
        return names[i];
      }
    }
    return null;
  }

  /** A call of a static function method of this class (written here, once per program). */
  private String functionCall(Scalar want, String[] names, Type[] types, int depth) {
    String name = id + "f" + fresh++;
    String[] javaTypes = {"int", "char", "boolean", "double"};
    String result = javaTypes[want.ordinal()];
    // overloads Java does not pick for an int argument, declared before the one it picks
    String other = scalar(want, new String[] {"p"}, new Type[] {Type.DOUBLE}, 1);
    helpers.append("  static ").append(result).append(' ').append(name).append("(double p) {\n")
        .append("    return ").append(other).append(";\n  }\n");
    helpers.append("  static ").append(result).append(' ').append(name).append("(long p) {\n")
        .append("    return ").append(new String[] {"7", "'q'", "false", "7.5"}[want.ordinal()])
        .append(";\n  }\n");
    String body = scalar(want, new String[] {"p"}, new Type[] {Type.INT}, 1);
    helpers.append("  static ").append(result).append(' ').append(name).append("(int p) {\n")
        .append("    return ").append(body).append(";\n  }\n");
    return name + "(" + scalar(Scalar.INT, names, types, depth - 1) + ")";
  }

  // ---- Sop helpers ----

  /** A static helper of this class, called with Sops and an int constant, inlined by the processor. */
  private String helperCall(Type result, int d) {
    String name = id + "h" + fresh++;
    Type a = random.nextBoolean() ? Type.INT : Type.CHAR;
    List<String[]> outer = scope;
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {a.name(), "first"});
    params.add(new String[] {Type.INT.name(), "second"});
    scope = params;
    String body = sop(result, Math.min(d, 2));
    String other = sop(result, 0);
    scope = outer;
    String withK = result == Type.INT ? body + ".plus(n)" : body;
    // declared first, and not the one javac picks for an int argument
    helpers.append("  static ").append(result.sop()).append(' ').append(name).append('(')
        .append(a.sop()).append(" first, Sop<Integer> second, double n) {\n")
        .append("    return ").append(other).append(";\n  }\n");
    helpers.append("  static ").append(result.sop()).append(' ').append(name).append('(')
        .append(a.sop()).append(" first, Sop<Integer> second, int n) {\n")
        .append("    return ").append(withK).append(";\n  }\n");
    return name + "(" + sop(a, d) + ", " + sop(Type.INT, d) + ", " + intOperand() + ")";
  }

  // ---- constants ----

  private String smallInt() {
    return String.valueOf(random.nextInt(-3, 4));
  }

  private int nonZero() {
    int v = random.nextInt(1, 5);
    return random.nextBoolean() ? v : -v;
  }

  /** An int operand: small, a body constant, or (when allowed) a large one. */
  private String intOperand() {
    int pick = random.nextInt(6);
    if (pick == 0 && !constants.isEmpty() && scope == variables) {
      return constants.get(random.nextInt(constants.size()));
    }
    if (pick == 1) {
      return pick("Integer.MAX_VALUE", "Integer.MIN_VALUE", "1 << 30", "65536", "-46341");
    }
    return smallInt();
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
