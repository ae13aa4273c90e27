package org.rasp4j.processor.endtoend;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.picture.Pictures;
import org.rasp4j.processor.RaspProcessor;

/**
 * A user's build on the module path: a module that requires {@code org.rasp4j} and {@code
 * org.rasp4j.annotation} compiles with the processor on the processor path, and its generated
 * evaluator runs in a module layer of its own, beside the interpreter, on the runtime's and the
 * annotations' own module descriptors. It fails if either jar has no module-info, if the runtime
 * does not export what the generated code calls, or if a package were split between them again.
 */
class ModulePathConsumerTest {
  private static final String MODULE_INFO =
      String.join(
          "\n",
          "module app {",
          // The programs' public signatures name Sop (and @RaspProgram, @Documented, is part of
          // the API too): -Xlint:exports asks that app's readers read the runtime, which in turn
          // passes the annotations on.
          "  requires transitive org.rasp4j;",
          "  requires org.rasp4j.annotation;",
          // Users call the evaluators; Program.of reaches the method by reflection.
          "  exports app;",
          "}");

  private static final String PROGRAMS =
      String.join(
          "\n",
          "package app;",
          "",
          "import static org.rasp4j.Rasp.indices;",
          "import static org.rasp4j.Rasp.key;",
          "import static org.rasp4j.Rasp.query;",
          "",
          "import org.rasp4j.Library;",
          "import org.rasp4j.Sop;",
          "import org.rasp4j.annotation.RaspProgram;",
          "",
          "public final class Programs {",
          "  private Programs() {}",
          "",
          "  @RaspProgram(name = \"Flip\", maxLayers = 2, vocabulary = \"ehlo\")",
          "  public static Sop<Character> flip(Sop<Character> tokens) {",
          "    Sop<Integer> length = Library.length();",
          "    return key(length.minus(indices()).minus(1)).eq(query(indices())).value(tokens);",
          "  }",
          "}");

  /**
   * A class of each jar the pictures run on, the structure picture's layout: ELK's layered
   * algorithm and its automatic modules, the EMF they are built on, and Guava.
   */
  private static final Class<?>[] PICTURES_RUN_ON = {
    org.eclipse.elk.alg.layered.options.LayeredOptions.class,
    org.eclipse.elk.alg.common.compaction.options.PolyominoOptions.class,
    org.eclipse.elk.core.RecursiveGraphLayoutEngine.class,
    org.eclipse.elk.graph.ElkNode.class,
    org.eclipse.emf.common.util.EList.class,
    org.eclipse.emf.ecore.EObject.class,
    org.eclipse.emf.ecore.xmi.XMLResource.class,
    com.google.common.collect.ImmutableList.class,
    com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class,
  };

  private static ModuleLayer layer;

  @BeforeAll
  static void compileAndLoad(@TempDir Path folder) throws IOException {
    Path sources = folder.resolve("src");
    Files.createDirectories(sources.resolve("app"));
    Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(sources.resolve("app/Programs.java"), PROGRAMS);
    Path classes = folder.resolve("classes");
    Files.createDirectories(classes);

    // The libraries as a user's build has them: annotations and runtime on the module path, the
    // processor and what it runs on the processor path.
    String modulePath = path(RaspProgram.class, Sop.class);
    String processorPath =
        path(RaspProcessor.class, Sop.class, RaspProgram.class, Pictures.class, ClassName.class)
            + File.pathSeparator
            + path(PICTURES_RUN_ON);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "--module-path", modulePath,
              "--processor-path", processorPath,
              "-Xlint:all,-processing",
              "-Werror",
              "-d", classes.toString());
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjects(
                      sources.resolve("module-info.java"), sources.resolve("app/Programs.java")))
              .call();
      assertWithMessage(
              diagnostics.getDiagnostics().stream()
                  .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                  .collect(Collectors.joining("\n")))
          .that(compiled)
          .isTrue();
    }
    assertThat(Files.exists(classes.resolve("app/Flip.class"))).isTrue();

    // The platform loader as parent: no class of rasp4j can come from the test's class path.
    List<Path> modules = new ArrayList<>(
        List.of(classes, location(RaspProgram.class), location(Sop.class), location(Pictures.class)));
    Stream.of(PICTURES_RUN_ON).forEach(type -> modules.add(location(type)));
    ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(finder, ModuleFinder.of(), Set.of("app", "org.rasp4j.picture"));
    layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void everyClassComesFromItsNamedModule() throws Exception {
    assertThat(load("app.Flip").getModule().getName()).isEqualTo("app");
    assertThat(load("org.rasp4j.Sop").getModule().getName()).isEqualTo("org.rasp4j");
    assertThat(load("org.rasp4j.support.TokenChecks").getModule().getName())
        .isEqualTo("org.rasp4j");
    assertThat(load("org.rasp4j.annotation.RaspProgram").getModule().getName())
        .isEqualTo("org.rasp4j.annotation");
    assertThat(load("org.rasp4j.Sop")).isNotSameInstanceAs(Sop.class);
  }

  @Test
  void theLibrariesExportTheirApiAndNoMore() {
    assertThat(exports("org.rasp4j.annotation")).containsExactly("org.rasp4j.annotation");
    assertThat(exports("org.rasp4j"))
        .containsExactly(
            "org.rasp4j",
            "org.rasp4j.ir",
            "org.rasp4j.analysis",
            "org.rasp4j.interpreter",
            "org.rasp4j.support");
    assertThat(layer.findModule("org.rasp4j").orElseThrow().getPackages())
        .contains("org.rasp4j.internal");
    assertThat(exports("org.rasp4j.picture")).containsExactly("org.rasp4j.picture");
  }

  @Test
  void theStructurePictureIsLaidOutInTheLayer() throws Exception {
    Method flip = load("app.Programs").getMethod("flip", load("org.rasp4j.Sop"));
    Object program = load("org.rasp4j.Program").getMethod("of", Method.class).invoke(null, flip);
    Object schedule = program.getClass().getMethod("schedule").invoke(program);
    Class<?> pictures = Class.forName(
        "org.rasp4j.picture.Pictures", true, layer.findLoader("org.rasp4j.picture"));
    assertThat(pictures).isNotSameInstanceAs(Pictures.class);

    String svg = (String) pictures.getMethod("structure", load("org.rasp4j.analysis.Schedule"))
        .invoke(null, schedule);

    assertThat(svg).contains("class=\"rasp-structure\"");
    assertThat(svg).contains("<polyline class=\"edge\"");
  }

  @Test
  void theGeneratedEvaluatorAndTheInterpreterRunInTheLayer() throws Exception {
    char[] flipped = (char[]) evaluate("hello");

    assertThat(new String(flipped)).isEqualTo("olleh");
    assertThat(interpret("hello").toString()).isEqualTo("[o, l, l, e, h]");
  }

  @Test
  void theyRejectAnUnknownTokenAlike() throws Exception {
    Throwable generated = assertThrows(InvocationTargetException.class, () -> evaluate("help"))
        .getCause();
    Throwable interpreted = assertThrows(InvocationTargetException.class, () -> interpret("help"))
        .getCause();

    assertThat(generated.getClass()).isSameInstanceAs(load("org.rasp4j.RaspException"));
    assertThat(interpreted.getClass()).isSameInstanceAs(generated.getClass());
    assertThat(generated).hasMessageThat().contains("'p'");
    assertThat(interpreted).hasMessageThat().isEqualTo(generated.getMessage());
  }

  /** The packages {@code module} exports, to everyone or to some. */
  private static Set<String> exports(String module) {
    return layer.findModule(module).orElseThrow().getDescriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static Object evaluate(String input) throws Exception {
    return load("app.Flip").getMethod("evaluate", String.class).invoke(null, input);
  }

  /** {@code Program.of(Programs.flip).run(Input.of(input))}, all from the layer. */
  private static Object interpret(String input) throws Exception {
    Method flip = load("app.Programs").getMethod("flip", load("org.rasp4j.Sop"));
    Class<?> inputClass = load("org.rasp4j.interpreter.Input");
    Object program = load("org.rasp4j.Program").getMethod("of", Method.class).invoke(null, flip);
    Object tokens = inputClass.getMethod("of", String.class).invoke(null, input);
    return program.getClass().getMethod("run", inputClass).invoke(program, tokens);
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    String module = name.startsWith("app.") ? "app" : "org.rasp4j";
    return Class.forName(name, true, layer.findLoader(module));
  }

  /** The jar or classes folder each class was loaded from, joined as a path. */
  private static String path(Class<?>... classes) {
    return Stream.of(classes)
        .map(type -> location(type).toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
