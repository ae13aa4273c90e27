package org.rasp4j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.rasp4j.processor.RaspProcessor;

/**
 * An error inside a helper of another file is shown in that file, at the helper's line, and says
 * which call of the program led there: the helper's file alone does not say which program failed.
 */
class HelperFilesTest {
  private static final JavaFileObject HELPERS = JavaFileObjects.forSourceLines("test.Helpers",
      "package test;",
      "import org.rasp4j.*; import org.rasp4j.annotation.*;",
      "class Helpers {",
      "  static Sop<Integer> letters(Sop<Integer> t) {",
      "    return t.plus('a');",
      "  }",
      "  static Sop<Integer> viaLetters(Sop<Integer> t) {",
      "    return letters(t);",
      "  }",
      "}");

  @Test
  void anErrorInAHelperOfAnotherFileIsAtTheHelpersLineAndNamesTheCall() {
    JavaFileObject program = JavaFileObjects.forSourceLines("test.Programs",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Programs {",
        "  @RaspProgram",
        "  static Sop<Integer> p(Sop<Integer> tokens) {",
        "    Sop<Integer> same = tokens;",
        "    return Helpers.viaLetters(same);",
        "  }",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(HELPERS, program);
    assertThat(compilation).failed();
    // The helper's file calls letters within itself; the call that leaves Programs.java is named.
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.type-error] '+' needs operands of one type, not int and char"
            + " (in Helpers.viaLetters, called at Programs.java:7)")
        .inFile(HELPERS)
        .onLineContaining("return t.plus('a')");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anErrorInAHelperOfTheProgramsOwnFileNeedsNoCall() {
    JavaFileObject program = JavaFileObjects.forSourceLines("test.Programs",
        "package test;",
        "import org.rasp4j.*; import org.rasp4j.annotation.*;",
        "class Programs {",
        "  static Sop<Integer> letters(Sop<Integer> t) { return t.plus('a'); }",
        "  @RaspProgram",
        "  static Sop<Integer> p(Sop<Integer> tokens) { return letters(tokens); }",
        "}");
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(program);
    assertThat(compilation)
        .hadErrorContaining("not int and char")
        .inFile(program)
        .onLineContaining("return t.plus('a')");
    org.junit.jupiter.api.Assertions.assertFalse(
        compilation.errors().get(0).getMessage(null).contains("called at"));
  }
}
