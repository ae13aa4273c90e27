package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;
import org.rasp4j.processor.RaspProcessor;

/**
 * RASP helpers in another jar: a {@code @RaspLibrary} class compiled on its own keeps its source
 * in its output, and a program compiled against that output inlines its helpers.
 */
class LibraryJarTest {
  private static JavaFileObject library(String annotation) {
    return JavaFileObjects.forSourceLines("lib.Helpers",
        "package lib;",
        "import static org.rasp4j.Rasp.*;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        annotation,
        "public final class Helpers {",
        "  static final int OFFSET = 1;",
        "  public static <T> Sop<T> flipped(Sop<T> seq) {",
        "    Sop<Integer> length = Library.length();",
        "    return key(length.minus(indices()).minus(OFFSET)).eq(query(indices())).value(seq);",
        "  }",
        "  public static Sop<Integer> digits(Sop<Character> seq) {",
        "    return seq.map(INT, c -> Character.isDigit(c) ? c - '0' : -1);",
        "  }",
        "  public static Sop<Character> broken(Sop<Character> seq) {",
        "    switch (OFFSET) { default: return seq; }",
        "  }",
        "}");
  }

  private static final JavaFileObject PROGRAM = JavaFileObjects.forSourceLines("app.Programs",
      "package app;",
      "import org.rasp4j.*;",
      "import org.rasp4j.annotation.*;",
      "import lib.Helpers;",
      "public class Programs {",
      "  @RaspProgram(name = \"FlippedDigits\", maxLayers = 2)",
      "  public static Sop<Integer> flippedDigits(Sop<Character> tokens) {",
      "    return Helpers.digits(Helpers.flipped(tokens));",
      "  }",
      "}");

  /** Compiles the library alone and writes what it produced (classes, kept source) to a folder. */
  private static Path compileLibrary(Path folder, String annotation) throws IOException {
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(library(annotation));
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      String relative = uri.substring(uri.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      Path target = folder.resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    return folder;
  }

  private static Compilation compileProgram(Path libraryFolder, JavaFileObject program) {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.add(libraryFolder.toFile());
    return javac().withClasspath(classpath).withProcessors(new RaspProcessor()).compile(program);
  }

  @Test
  void aProgramInlinesHelpersFromALibraryJar(@TempDir Path folder) throws Exception {
    Path lib = compileLibrary(folder.resolve("lib"), "@RaspLibrary");
    assertThat(Files.exists(lib.resolve("META-INF/rasp4j/lib.Helpers.java"))).isTrue();
    Compilation compilation = compileProgram(lib, PROGRAM);
    assertThat(compilation).succeeded();

    Path app = folder.resolve("app");
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (uri.endsWith(".class")) {
        Path target = app.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + 14));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {lib.toUri().toURL(), app.toUri().toURL()}, getClass().getClassLoader())) {
      var generated = loader.loadClass("app.FlippedDigits").getMethod("evaluate", String.class);
      var source = loader.loadClass("app.Programs").getMethod("flippedDigits", Sop.class);
      for (String input : List.of("", "7", "12a4", "x9y8z7")) {
        Sop<?> program = (Sop<?>) source.invoke(null, Rasp.tokens(Rasp.CHAR));
        Object result = generated.invoke(null, input);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < Array.getLength(result); i++) {
          values.add(Array.get(result, i));
        }
        assertThat(values).isEqualTo(program.eval(input));
      }
      // By hand: "12a4" flipped is "4a21", digits 4 -1 2 1.
      Object byHand = generated.invoke(null, "12a4");
      assertThat((int[]) byHand).asList().containsExactly(4, -1, 2, 1).inOrder();
    }
  }

  @Test
  void withoutRaspLibraryTheHelperIsNotVisible(@TempDir Path folder) throws Exception {
    Path lib = compileLibrary(folder, "");
    Compilation compilation = compileProgram(lib, PROGRAM);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.helper-not-visible] the body of Helpers.flipped is not visible")
        .inFile(PROGRAM)
        .onLineContaining("Helpers.flipped(tokens)");
  }

  @Test
  void anErrorInALibraryHelperPointsAtTheCall(@TempDir Path folder) throws Exception {
    Path lib = compileLibrary(folder, "@RaspLibrary");
    JavaFileObject program = JavaFileObjects.forSourceLines("app.Broken",
        "package app;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "public class Broken {",
        "  @RaspProgram",
        "  public static Sop<Character> callsBroken(Sop<Character> tokens) {",
        "    return lib.Helpers.broken(tokens);",
        "  }",
        "}");
    Compilation compilation = compileProgram(lib, program);
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.unsupported-statement] switch")
        .inFile(program)
        .onLineContaining("lib.Helpers.broken(tokens)");
    assertThat(compilation).hadErrorContaining("(in library helper Helpers.broken, Helpers.java:16)");
  }

  /** A library class and its nested class share one compilation unit: it is kept once. */
  @Test
  void aLibraryWithANestedLibraryKeepsItsSourceOnce(@TempDir Path folder) throws Exception {
    JavaFileObject nested = JavaFileObjects.forSourceLines("lib.Outer",
        "package lib;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "@RaspLibrary",
        "public final class Outer {",
        "  public static <T> Sop<T> same(Sop<T> seq) { return Inner.same(seq); }",
        "  @RaspLibrary",
        "  public static final class Inner {",
        "    public static <T> Sop<T> same(Sop<T> seq) { return seq; }",
        "  }",
        "}");
    Compilation library = javac()
        .withOptions("-Xlint:all,-processing", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(nested);
    assertThat(library).succeededWithoutWarnings();
    Path lib = folder.resolve("lib");
    for (JavaFileObject file : library.generatedFiles()) {
      String uri = file.toUri().getPath();
      Path target = lib.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + 14));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    assertThat(Files.readString(lib.resolve("META-INF/rasp4j/lib.Outer.java")))
        .contains("class Inner");
    JavaFileObject program = JavaFileObjects.forSourceLines("app.UsesNested",
        "package app;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "public class UsesNested {",
        "  @RaspProgram",
        "  public static Sop<Character> viaInner(Sop<Character> tokens) {",
        "    return lib.Outer.Inner.same(lib.Outer.same(tokens));",
        "  }",
        "}");
    assertThat(compileProgram(lib, program)).succeeded();
  }
}
