package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.processor.RaspProcessor;

/**
 * The processor as a good citizen of a build: it claims only rasp4j's annotations, its output
 * compiles quietly under -Xlint:all, it recognises its own output from an earlier build, and a
 * class name it cannot write has its own error.
 */
class ProcessorHygieneTest {
  private static JavaFileObject program(String className, String name) {
    return JavaFileObjects.forSourceLines("app." + className,
        "package app;",
        "import org.rasp4j.*;",
        "import org.rasp4j.annotation.*;",
        "public class " + className + " {",
        "  @RaspProgram(name = \"" + name + "\")",
        "  static Sop<Character> same(Sop<Character> tokens) {",
        "    return tokens;",
        "  }",
        "}");
  }

  /** Records whether it was given javax.annotation.processing.Generated to process. */
  private static final class GeneratedWatcher extends AbstractProcessor {
    private boolean sawGenerated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("javax.annotation.processing.Generated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        sawGenerated |= annotation.getQualifiedName()
            .contentEquals("javax.annotation.processing.Generated");
      }
      return false;
    }
  }

  @Test
  void itClaimsOnlyRaspAnnotations() {
    assertThat(new RaspProcessor().getSupportedAnnotationTypes())
        .containsExactly("org.rasp4j.annotation.RaspProgram", "org.rasp4j.annotation.RaspLibrary",
            "org.rasp4j.annotation.RaspGenerated");
    JavaFileObject other = JavaFileObjects.forSourceLines("app.Written",
        "package app;",
        "@javax.annotation.processing.Generated(\"another tool\")",
        "class Written {}");
    GeneratedWatcher watcher = new GeneratedWatcher();
    Compilation compilation = javac()
        .withProcessors(new RaspProcessor(), watcher)
        .compile(other, program("Programs", "Same"));
    assertThat(compilation).succeeded();
    assertThat(watcher.sawGenerated).isTrue();
  }

  @Test
  void itsOutputCompilesQuietlyUnderEveryLintCheck() {
    Compilation compilation = javac()
        .withOptions("-Xlint:all", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(program("Programs", "Same"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("app.Same").contentsAsUtf8String()
        .contains("@RaspGenerated(\"app.Programs.same\")");
  }

  /** An incremental or IDE build: last build's classes are on the class path. */
  @Test
  void itsOwnClassFromAnEarlierBuildIsNoCollision(@TempDir Path folder) throws IOException {
    Path earlier = write(compileQuietly(program("Programs", "Same")), folder.resolve("earlier"));
    assertThat(Files.exists(earlier.resolve("app/Same.class"))).isTrue();
    Compilation again = compile(earlier, program("Programs", "Same"));
    assertThat(again).succeeded();
    assertThat(again).generatedSourceFile("app.Same").isNotNull();
  }

  @Test
  void aClassGeneratedForAnotherProgramIsACollision(@TempDir Path folder) throws IOException {
    Path earlier = write(compileQuietly(program("Programs", "Same")), folder.resolve("earlier"));
    JavaFileObject other = program("Others", "Same");
    Compilation compilation = compile(earlier, other);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j.name-collision] the class app.Same already exists"
            + " (generated for app.Programs.same)")
        .inFile(other)
        .onLineContaining("static Sop<Character> same(");
  }

  @Test
  void aHandWrittenClassOfTheNameIsACollision(@TempDir Path folder) throws IOException {
    Path earlier = write(compileQuietly(JavaFileObjects.forSourceLines("app.Same",
        "package app;",
        "public class Same {}")), folder.resolve("earlier"));
    Compilation compilation = compile(earlier, program("Programs", "Same"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[rasp4j.name-collision] the class app.Same already exists; name the generated class");
  }

  @Test
  void anInvalidClassNameHasItsOwnError() {
    for (String name : List.of("3x", "class", "a.B", "var", "two words")) {
      JavaFileObject source = program("Programs", name);
      Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[rasp4j.invalid-name] \"" + name + "\" is not a valid class name"
              + " for the program same")
          .inFile(source)
          .onLineContaining("@RaspProgram(name = ");
    }
  }

  private static Compilation compileQuietly(JavaFileObject source) {
    Compilation compilation = javac()
        .withOptions("-Xlint:all", "-Werror")
        .withProcessors(new RaspProcessor())
        .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static Compilation compile(Path classes, JavaFileObject source) {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.add(classes.toFile());
    return javac().withClasspath(classpath).withProcessors(new RaspProcessor()).compile(source);
  }

  /** The classes a compilation wrote, as a class-path folder. */
  private static Path write(Compilation compilation, Path folder) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (uri.endsWith(".class")) {
        Path target = folder.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + 14));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    return folder;
  }
}
