package org.rasp4j.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.rasp4j.annotation.RaspGenerated;
import org.rasp4j.annotation.RaspLibrary;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.frontend.LibrarySources;

/**
 * The rasp4j annotation processor: compiles every {@code @RaspProgram} method into a
 * layer-scheduled array evaluator. A thin entry point: {@link ProgramStep} does the work, and no
 * exception ever escapes into javac.
 */
@AutoService(Processor.class)
public final class RaspProcessor extends AbstractProcessor {
  private ProgramStep step;
  private Trees trees;
  /** Top-level classes whose source is kept already: a unit may hold several libraries. */
  private final Set<String> keptLibraries = new HashSet<>();
  /** Runs before each program compiles: nothing, except in tests that make it fail. */
  private final Consumer<ExecutableElement> beforeCompile;

  public RaspProcessor() {
    this(method -> { });
  }

  /** A processor that runs {@code beforeCompile} on each program first (tests inject failures). */
  RaspProcessor(Consumer<ExecutableElement> beforeCompile) {
    this.beforeCompile = beforeCompile;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Only rasp4j's own annotations: other processors see every other annotation. The generated
    // classes carry @RaspGenerated (not javax's @Generated, which no processor would claim) and
    // are compiled in the same javac run, so -Xlint:all -Werror builds stay quiet about them.
    return Set.of(
        RaspProgram.class.getCanonicalName(),
        RaspLibrary.class.getCanonicalName(),
        RaspGenerated.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported(); // a fixed version warns on newer --release
  }

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    trees = Trees.instance(env);
    step = new ProgramStep(trees, env.getElementUtils(), env.getTypeUtils(), env.getFiler());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(RaspLibrary.class)) {
      try {
        TypeElement top = LibrarySources.topLevel((TypeElement) element);
        if (!keptLibraries.add(top.getQualifiedName().toString())) {
          continue;
        }
        LibrarySources.keep(trees, processingEnv.getFiler(), (TypeElement) element);
      } catch (RuntimeException | Error failure) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL.format(element.getSimpleName(), stackTrace(failure)), element);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(RaspProgram.class)) {
      ExecutableElement method = (ExecutableElement) element;
      try {
        beforeCompile.accept(method);
        for (String note : step.compile(method)) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, note, method);
        }
      } catch (CompileError error) {
        report(method, error);
      } catch (StackOverflowError deep) {
        // The partial evaluator recurses over the body's trees and inlined helpers: valid Java
        // nested deeper than javac's thread stack allows is the program's size, not a bug here.
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.TOO_DEEP.format(
            method.getSimpleName() + " nests expressions or helper calls too deeply for the"
                + " processor's stack; split deep expressions into local variables, or give javac a"
                + " larger stack (-J-Xss16m, or -Xss16m in MAVEN_OPTS)"), method);
      } catch (RuntimeException | Error failure) {
        // Whatever fails inside (an AssertionError, a StackOverflowError, even running out of
        // memory) is one error on the method, and the other programs still compile: a failure
        // that escaped would abort javac with a stack trace and no position.
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL.format(method.getSimpleName(), stackTrace(failure)), method);
      }
    }
    // Claims rasp4j's annotations alone (see getSupportedAnnotationTypes): no other processor owns
    // them, and an unclaimed annotation warns under -Xlint:processing.
    return true;
  }

  private void report(ExecutableElement method, CompileError error) {
    if (error.tree() != null && error.unit() != null) {
      trees.printMessage(Diagnostic.Kind.ERROR, error.getMessage(), error.tree(), error.unit());
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, error.getMessage(), method);
    }
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return failure + "; please report this with the program that caused it\n" + text;
  }
}
