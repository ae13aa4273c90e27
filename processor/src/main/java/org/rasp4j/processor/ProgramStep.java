package org.rasp4j.processor;

import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.StandardLocation;
import org.rasp4j.Program;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;
import org.rasp4j.ValueType;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.ir.ElementType;
import org.rasp4j.picture.Pictures;
import org.rasp4j.processor.analysis.Budget;
import org.rasp4j.processor.analysis.LookAhead;
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
  private final ClassNames names;
  private final List<String> notes = new ArrayList<>();

  ProgramStep(Trees trees, Elements elements, Types types, Filer filer) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.filer = filer;
    this.names = new ClassNames(trees, elements);
  }

  /**
   * Compiles one program. {@return the notes for the method (the same for every token type
   * variant, reported once)}
   */
  List<String> compile(ExecutableElement method) {
    notes.clear();
    RaspProgram annotation = method.getAnnotation(RaspProgram.class);
    List<ElementType> tokenTypes = ProgramSignature.tokenTypes(method);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    PackageElement pkg = elements.getPackageOf(owner);
    String className =
        Program.generatedClassName(annotation.name(), method.getSimpleName().toString());
    String qualified = pkg.isUnnamed() ? className : pkg.getQualifiedName() + "." + className;
    names.check(method, className, qualified);
    BudgetValues.check(trees, method, annotation);
    if (annotation.bos().length() > 1) {
      throw new CompileError(null, null, Message.BOS.format(annotation.bos()));
    }

    PartialEvaluator evaluator = new PartialEvaluator(trees, elements, types, filer);
    List<Variant> variants = new ArrayList<>();
    for (ElementType tokenType : tokenTypes) {
      try {
        variants.add(variant(method, annotation, evaluator, tokenType));
      } catch (CompileError error) {
        throw tokenTypes.size() == 1 ? error : TokenTypes.inVariant(error, method, tokenType);
      }
    }

    ProgramModel model = new ProgramModel(
        pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(),
        className,
        method.getSimpleName().toString(),
        owner.getQualifiedName().toString(),
        variants,
        annotation.vocabulary(),
        annotation.bos(),
        annotation.causal());
    JavaFile file = EvaluatorWriter.write(model);
    writeStructurePicture(pkg, className, variants.get(0).schedule(), owner, evaluator);
    // Every inlined helper's class is an originating element, so incremental builds notice them.
    try (Writer writer =
        filer.createSourceFile(qualified, originating(owner, evaluator)).openWriter()) {
      file.writeTo(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + qualified, e);
    }
    return List.copyOf(new java.util.LinkedHashSet<>(notes));
  }

  /** The program compiled for one token type: its graph, checked against its size and budgets. */
  private Variant variant(ExecutableElement method, RaspProgram annotation,
      PartialEvaluator evaluator, ElementType tokenType) {
    Sop<?> built = evaluator.evaluateProgram(method, Rasp.tokens(valueType(tokenType)));
    // A causal program's graph is the masked one, as Program.build gives the interpreter.
    Sop<?> output = annotation.causal() ? built.causal() : built;
    if (annotation.causal()) {
      notes.addAll(LookAhead.notes(method.getSimpleName().toString(), built.node(),
          evaluator.sites()));
    }
    Optional<String> tooLarge =
        ProgramSize.check(method.getSimpleName().toString(), output.node());
    if (tooLarge.isPresent()) {
      throw new CompileError(null, null, tooLarge.get());
    }
    Schedule schedule = Schedule.of(output.node());
    Optional<String> overBudget = Budget.check(method.getSimpleName().toString(), schedule,
        annotation.maxLayers(), annotation.maxHeadsPerLayer(), evaluator.sites());
    if (overBudget.isPresent()) {
      throw new CompileError(null, null, overBudget.get());
    }
    return new Variant(tokenType, output.node(), schedule);
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
      writer.write(Pictures.structure(schedule));
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

  private static ValueType<?> valueType(ElementType type) {
    return type == ElementType.CHAR ? Rasp.CHAR : Rasp.INT;
  }
}
