package org.rasp4j.processor.analysis;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rasp4j.Library;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.processor.model.SourceSites;
import org.rasp4j.processor.RaspProcessor;

/** A program over its layer or head budget fails the build with the critical path. */
class BudgetTest {
  /** The blog's add, line for line; six attention layers. */
  private static JavaFileObject add(String annotation) {
    return JavaFileObjects.forSourceLines("test.Adder",
        "package test;",
        "import static org.rasp4j.Rasp.*;",
        "import static org.rasp4j.Library.*;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "class Adder {",
        "  static Sop<Integer> atoi(Sop<Character> s) { return s.map(INT, c -> c - '0'); }",
        "  static Sop<Character> ralign(char fill, Sop<Character> sop) {",
        "    Sop<Integer> c = key(sop).eq(query('_')).value(1).named(\"count\");",
        "    return key(indices().plus(c)).eq(query(indices())).value(sop, fill).named(\"ralign\");",
        "  }",
        "  static Sop<Character> split(char v, int i, Sop<Character> sop) {",
        "    Sop<Integer> mid = key(sop).eq(query(v)).value(indices()).named(\"split point\");",
        "    if (i == 0) {",
        "      return ralign('0', where(indices().lt(mid), sop, '_'));",
        "    }",
        "    return where(indices().gt(mid), sop, '0');",
        "  }",
        "  static <T> Sop<T> slide(Sop<Boolean> match, Sop<T> seq) {",
        "    Sop<Integer> x = cumsum(match.toInt());",
        "    Sop<T> y = key(x).eq(query(x.plus(1))).and(key(match).eq(query(true))).value(seq);",
        "    return where(match, seq, y).named(\"slide\");",
        "  }",
        "  " + annotation,
        "  static Sop<Integer> add(Sop<Character> sop) {",
        "    Sop<Integer> x = atoi(split('+', 0, sop)).plus(atoi(split('+', 1, sop)));",
        "    Sop<Character> carry = shift(-1, '0', where(x.gt(9), '1', where(x.eq(9), '<', '0')));",
        "    Sop<Integer> carries = atoi(slide(carry.ne('<'), carry));",
        "    return x.plus(carries).mod(10);",
        "  }",
        "}");
  }

  @Test
  void addWithFiveLayersFailsWithItsCriticalPath() {
    JavaFileObject source = add("@RaspProgram(maxLayers = 5)");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[rasp4j.layer-budget] add needs 6 attention layers, maxLayers is 5: critical path"
                + " split point (Adder.java:13) -> count (Adder.java:9) -> ralign (Adder.java:10)"
                + " -> shift (Adder.java:27) -> cumsum (Adder.java:20) -> aggregate (Adder.java:21)")
        .inFile(source)
        .onLineContaining("static Sop<Integer> add(");
  }

  @Test
  void addWithOneHeadPerLayerFitsItsHeadBudget() {
    JavaFileObject source = add("@RaspProgram(maxLayers = 6, maxHeadsPerLayer = 1)");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(compilation.errors().size());
    compilation.errors().forEach(e ->
        org.junit.jupiter.api.Assertions.assertFalse(
            e.getMessage(null).contains("rasp4j.layer-budget")
                || e.getMessage(null).contains("rasp4j.head-budget"),
            e.getMessage(null)));
  }

  @Test
  void twoHeadsInALayerBreakABudgetOfOne() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Hist",
        "package test;",
        "import static org.rasp4j.Rasp.*;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "class Hist {",
        "  @RaspProgram(maxHeadsPerLayer = 1)",
        "  static Sop<Integer> histogram(Sop<Character> tokens) {",
        "    return key(tokens).eq(query(tokens)).width();",
        "  }",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[rasp4j.head-budget] histogram needs 2 heads in layer 1, maxHeadsPerLayer is 1")
        .inFile(source)
        .onLineContaining("static Sop<Integer> histogram(");
  }

  /**
   * A negative budget fails every program, one of no attention layer too, with an empty critical
   * path: the annotation is the error, at the budget written.
   */
  @ParameterizedTest
  @ValueSource(strings = {"maxLayers = -1", "maxHeadsPerLayer = -5"})
  void aNegativeBudgetIsAnErrorAtTheAnnotation(String budget) {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Plus",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Plus {",
        "  @RaspProgram(name = \"PlusOne\",",
        "      " + budget + ")",
        "  static Sop<Integer> plusOne(Sop<Integer> tokens) {",
        "    return tokens.plus(1);",
        "  }",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    String member = budget.substring(0, budget.indexOf(' '));
    String what = member.equals("maxLayers") ? "attention layers" : "heads in a layer";
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.bad-budget] @RaspProgram(" + budget + ") allows no program:"
            + " a budget is a number of " + what + ", 0 or more (0: the program uses no"
            + " attention); leave it out for no limit")
        .inFile(source)
        .onLineContaining(budget);
    assertThat(compilation).hadErrorCount(1);
  }

  /** Zero says "elementwise only" (the blog's atoi): such a program fits it. */
  @Test
  void aBudgetOfZeroFitsAProgramWithoutAttention() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Plus",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Plus {",
        "  @RaspProgram(maxLayers = 0, maxHeadsPerLayer = 0)",
        "  static Sop<Integer> plusOne(Sop<Integer> tokens) {",
        "    return tokens.plus(1);",
        "  }",
        "}");
    assertThat(javac().withProcessors(new RaspProcessor()).compile(source)).succeeded();
  }

  /** Over a budget of zero, the one layer needed is singular and the path names it. */
  @Test
  void oneLayerOverABudgetOfZeroIsSingular() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Widths",
        "package test;",
        "import static org.rasp4j.Library.*;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Widths {",
        "  @RaspProgram(maxLayers = 0)",
        "  static Sop<Integer> n(Sop<Integer> tokens) {",
        "    return length();",
        "  }",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.layer-budget] n needs 1 attention layer, maxLayers is 0:"
            + " critical path length (Widths.java:7)")
        .inFile(source)
        .onLineContaining("static Sop<Integer> n(");
  }

  /** One layer or head is singular in the message ("needs 1 attention layer"). */
  @Test
  void countsOfOneAreSingular() {
    Schedule oneLayer = Schedule.of(Library.length().node());
    assertThat(oneLayer.attentionLayers()).isEqualTo(1);
    assertThat(Budget.check("p", oneLayer, 0, 5, new SourceSites()).orElseThrow())
        .isEqualTo("[rasp4j.layer-budget] p needs 1 attention layer, maxLayers is 0: critical path"
            + " length");
    assertThat(Budget.check("p", oneLayer, 1, 0, new SourceSites()).orElseThrow())
        .startsWith("[rasp4j.head-budget] p needs 1 head in layer 1, maxHeadsPerLayer is 0:");
  }

  /** Helpers in a file of their own, beside the program's. */
  private static final JavaFileObject HELPERS = JavaFileObjects.forSourceLines("test.Helpers",
      "package test;",
      "import static org.rasp4j.Rasp.*;",
      "import static org.rasp4j.Library.*;",
      "import org.rasp4j.*; import org.rasp4j.annotation.*;",
      "class Helpers {",
      "  static Sop<Integer> count(Sop<Integer> t, int v) { return key(t).eq(query(v)).width(); }",
      "  static Sop<Integer> twice(Sop<Integer> t) {",
      "    return selectAll().value(selectAll().value(t));",
      "  }",
      "}");

  /**
   * A node built in a helper of another file is shown at File.java:line of that file: "line 8"
   * read as the program's line 8.
   */
  @Test
  void theCriticalPathNamesTheHelpersFile() {
    JavaFileObject program = JavaFileObjects.forSourceLines("test.Programs",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Programs {",
        "  @RaspProgram(maxLayers = 1)",
        "  static Sop<Integer> p(Sop<Integer> tokens) {",
        "    return Helpers.twice(tokens);",
        "  }",
        "}");
    Compilation compilation =
        javac().withProcessors(new RaspProcessor()).compile(HELPERS, program);
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.layer-budget] p needs 2 attention layers, maxLayers is 1:"
            + " critical path aggregate (Helpers.java:8) -> aggregate (Helpers.java:8)")
        .inFile(program)
        .onLineContaining("static Sop<Integer> p(");
  }

  /**
   * One helper line builds a head per call: the heads say which call built them, and heads alike
   * in that are counted, not listed three times.
   */
  @Test
  void theHeadsOfAHelperCalledThriceNameTheirCalls() {
    JavaFileObject program = JavaFileObjects.forSourceLines("test.Programs",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Programs {",
        "  @RaspProgram(maxHeadsPerLayer = 1)",
        "  static Sop<Integer> p(Sop<Integer> tokens) {",
        "    Sop<Integer> ones = Helpers.count(tokens, 1);",
        "    Sop<Integer> twos = Helpers.count(tokens, 2);",
        "    return ones.plus(twos).plus(Helpers.count(tokens, 3));",
        "  }",
        "}");
    Compilation compilation =
        javac().withProcessors(new RaspProcessor()).compile(HELPERS, program);
    // A selector width is two heads in one layer, as RASP's library builds it.
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.head-budget] p needs 6 heads in layer 1, maxHeadsPerLayer is"
            + " 1: heads width (Helpers.java:6, in count called at Programs.java:6) x2,"
            + " width (Helpers.java:6, in count called at Programs.java:7) x2,"
            + " width (Helpers.java:6, in count called at Programs.java:8) x2")
        .inFile(program)
        .onLineContaining("static Sop<Integer> p(");
  }
}
