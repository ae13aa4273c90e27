package org.rasp4j.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.ir.Builtin;
import org.rasp4j.processor.RaspProcessor;

/** A causal program's heads that can only look ahead are noted (a note: the build succeeds). */
class LookAheadTest {
  private static JavaFileObject program(String selector, boolean causal) {
    return JavaFileObjects.forSourceLines("test.Programs",
        "package test;",
        "import static org.rasp4j.Rasp.*;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Programs {",
        "  @RaspProgram(causal = " + causal + ")",
        "  static Sop<Integer> ahead(Sop<Integer> tokens) {",
        "    return " + selector + ".width();",
        "  }",
        "}");
  }

  @Test
  void aHeadOfLaterKeysIsNoted() {
    Compilation compilation = javac().withProcessors(new RaspProcessor())
        .compile(program("key(indices()).gt(query(indices()))", true));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[rasp4j.causal-look-ahead] ahead is causal, and its"
        + " head at Programs.java:7 selects (with >) only keys after the query's position");
  }

  @Test
  void aHeadThatCanSeeThePastIsNotNoted() {
    for (String selector : new String[] {
        "key(indices()).lt(query(indices()))", "key(indices()).eq(query(indices().minus(1)))",
        "key(indices().plus(1)).gt(query(indices()))"}) {
      Compilation compilation = javac().withProcessors(new RaspProcessor())
          .compile(program(selector, true));
      assertThat(compilation).succeeded();
      assertThat(compilation.diagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
          .map(d -> d.getMessage(null)).filter(m -> m.contains("look-ahead")).toList())
          .isEmpty();
    }
  }

  @Test
  void aProgramWithoutTheMaskIsNotNoted() {
    Compilation compilation = javac().withProcessors(new RaspProcessor())
        .compile(program("key(indices()).gt(query(indices()))", false));
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null)).filter(m -> m.contains("look-ahead")).toList())
        .isEmpty();
  }

  /** k + d OP q for k <= q, worked out by hand for each comparison. */
  @Test
  void emptinessByComparison() {
    assertThat(LookAhead.empty(Builtin.GT, 0)).isTrue(); // k > q never
    assertThat(LookAhead.empty(Builtin.GT, 1)).isFalse(); // k + 1 > k
    assertThat(LookAhead.empty(Builtin.GE, 0)).isFalse(); // k >= k
    assertThat(LookAhead.empty(Builtin.GE, -1)).isTrue(); // k - 1 >= q never
    assertThat(LookAhead.empty(Builtin.EQ, -1)).isTrue(); // k - 1 == q never
    assertThat(LookAhead.empty(Builtin.EQ, 2)).isFalse(); // k + 2 == k + 2
    assertThat(LookAhead.empty(Builtin.LT, -5)).isFalse();
  }
}
