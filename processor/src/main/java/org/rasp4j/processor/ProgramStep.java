package org.rasp4j.processor;

import com.palantir.javapoet.JavaFile;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.StandardLocation;
import org.rasp4j.Program;
import org.rasp4j.Rasp;
import org.rasp4j.RaspGenerated;
import org.rasp4j.RaspProgram;
import org.rasp4j.Sop;
import org.rasp4j.ValueType;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.picture.StructureDiagram;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.analysis.Budget;
import org.rasp4j.processor.analysis.ProgramSize;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.frontend.PartialEvaluator;
import org.rasp4j.processor.frontend.ProgramSignature;
import org.rasp4j.processor.generation.EvaluatorWriter;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;

/**
 * Compiles one {@code @RaspProgram} method: read its body into the RASP graph, analyse it, check
 * its budgets, and write its evaluator class. Problems in the program are {@link CompileError}s.
 */
final class ProgramStep {
  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Filer filer;
  /** Identifiers that are no keywords but may not name a class (JLS 3.9). */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

  /** Generated class (qualified name) to the method that claimed it, across the whole build. */
  private final Map<String, ExecutableElement> claimed = new HashMap<>();

  ProgramStep(Trees trees, Elements elements, Types types, Filer filer) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.filer = filer;
  }

  void compile(ExecutableElement method) {
    RaspProgram annotation = method.getAnnotation(RaspProgram.class);
    List<ElementType> tokenTypes = ProgramSignature.tokenTypes(method);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    PackageElement pkg = elements.getPackageOf(owner);
    String className =
        Program.generatedClassName(annotation.name(), method.getSimpleName().toString());
    String qualified = pkg.isUnnamed() ? className : pkg.getQualifiedName() + "." + className;
    checkName(method, className, qualified);

    PartialEvaluator evaluator = new PartialEvaluator(trees, elements, types, filer);
    List<Variant> variants = new ArrayList<>();
    for (ElementType tokenType : tokenTypes) {
      Sop<?> output = evaluator.evaluateProgram(method, Rasp.tokens(valueType(tokenType)));
      Optional<String> tooLarge =
          ProgramSize.check(method.getSimpleName().toString(), output.node());
      if (tooLarge.isPresent()) {
        throw new CompileError(null, null, tooLarge.get());
      }
      Schedule schedule = Schedule.of(output.node());
      Optional<String> overBudget = Budget.check(method.getSimpleName().toString(), schedule,
          annotation.maxLayers(), annotation.maxHeadsPerLayer());
      if (overBudget.isPresent()) {
        throw new CompileError(null, null, overBudget.get());
      }
      variants.add(new Variant(tokenType, output.node(), schedule));
    }

    ProgramModel model = new ProgramModel(
        pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(),
        className,
        method.getSimpleName().toString(),
        owner.getQualifiedName().toString(),
        variants);
    JavaFile file = EvaluatorWriter.write(model);
    writeStructurePicture(pkg, className, variants.get(0).schedule(), owner, evaluator);
    // Every inlined helper's class is an originating element, so incremental builds notice them.
    try (Writer writer =
        filer.createSourceFile(qualified, originating(owner, evaluator)).openWriter()) {
      file.writeTo(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + qualified, e);
    }
  }

  /**
   * The program's structure (SOps and heads by layer, no input) as {@code ClassName.svg} beside
   * the generated class, so a user finds {@code Add.svg} next to {@code Add.class}.
   */
  private void writeStructurePicture(
      PackageElement pkg, String className, Schedule schedule, TypeElement owner,
      PartialEvaluator evaluator) {
    try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT,
            pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(), className + ".svg",
            originating(owner, evaluator))
        .openWriter()) {
      writer.write(StructureDiagram.of(schedule));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + className + ".svg", e);
    }
  }

  private static TypeElement[] originating(TypeElement owner, PartialEvaluator evaluator) {
    List<TypeElement> all = new ArrayList<>();
    all.add(owner);
    for (TypeElement inlined : evaluator.inlinedClasses()) {
      if (!all.contains(inlined)) {
        all.add(inlined);
      }
    }
    return all.toArray(new TypeElement[0]);
  }

  private void checkName(ExecutableElement method, String className, String qualified) {
    if (!validClassName(className)) {
      throw new CompileError(nameTree(method), unit(method),
          Message.INVALID_NAME.format(className, method.getSimpleName()));
    }
    ExecutableElement previous = claimed.putIfAbsent(qualified, method);
    if (previous != null && !previous.equals(method)) {
      throw new CompileError(null, null, Message.NAME_COLLISION.format(
          "the generated class " + qualified + " is already generated for "
              + previous.getEnclosingElement().getSimpleName() + "." + previous.getSimpleName()
              + "; give one of them another name with @RaspProgram(name = \"...\")"));
    }
    TypeElement existing = elements.getTypeElement(qualified);
    if (existing != null && previous == null) {
      String marker = EvaluatorWriter.marker(
          ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString(),
          method.getSimpleName().toString());
      RaspGenerated generated = existing.getAnnotation(RaspGenerated.class);
      if (generated != null && generated.value().equals(marker)) {
        return; // this program's class from an earlier build: written again, no collision
      }
      throw new CompileError(null, null, Message.NAME_COLLISION.format(
          "the class " + qualified + " already exists"
              + (generated == null ? "" : " (generated for " + generated.value() + ")")
              + "; name the generated class differently with @RaspProgram(name = \"...\")"));
    }
  }

  /**
   * A simple name javac accepts for a class: an identifier, not a keyword, and not one of the
   * identifiers Java restricts as type names.
   */
  private static boolean validClassName(String name) {
    return SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name)
        && !RESTRICTED_TYPE_NAMES.contains(name);
  }

  /** The {@code name = "..."} of the method's @RaspProgram, or null (then the method is shown). */
  private Tree nameTree(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(RaspProgram.class.getCanonicalName())) {
        continue;
      }
      for (var entry : mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("name")) {
          return trees.getTree(method, mirror, entry.getValue());
        }
      }
    }
    return null;
  }

  private CompilationUnitTree unit(ExecutableElement method) {
    TreePath path = trees.getPath(method);
    return path == null ? null : path.getCompilationUnit();
  }

  private static ValueType<?> valueType(ElementType type) {
    return type == ElementType.CHAR ? Rasp.CHAR : Rasp.INT;
  }
}
