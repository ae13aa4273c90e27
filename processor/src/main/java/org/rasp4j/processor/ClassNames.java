package org.rasp4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.rasp4j.annotation.RaspGenerated;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.generation.EvaluatorWriter;

/**
 * The generated classes' names across one build: each is a valid class name, generated for one
 * program only, and no other class of the build or its class path already has it, unless that
 * class is the same program's output from an earlier build (marked {@code @RaspGenerated}).
 */
final class ClassNames {
  /** Identifiers that are no keywords but may not name a class (JLS 3.9). */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

  private final Trees trees;
  private final Elements elements;
  /** Generated class (qualified name) to the method that claimed it, across the whole build. */
  private final Map<String, ExecutableElement> claimed = new HashMap<>();

  ClassNames(Trees trees, Elements elements) {
    this.trees = trees;
    this.elements = elements;
  }

  /**
   * Checks that {@code method} may generate the class {@code className} ({@code qualified} with its
   * package), and records that it does.
   *
   * @throws CompileError if the name is no valid class name, or the class is another's
   */
  void check(ExecutableElement method, String className, String qualified) {
    if (!validClassName(className)) {
      throw new CompileError(nameTree(method), unit(method),
          Message.INVALID_NAME.format(className, method.getSimpleName()));
    }
    String hidden = hiddenType(method, className, qualified);
    if (hidden != null) {
      throw new CompileError(nameTree(method), unit(method), Message.NAME_COLLISION.format(
          "the generated class " + qualified + " would hide " + hidden + ", which the source of "
              + method.getEnclosingElement().getSimpleName() + " means by " + className
              + " (a class of its own package wins over java.lang and imports on demand), so"
              + " the program's own code would no longer compile; name the generated class"
              + " differently with @RaspProgram(name = \"...\")"));
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
   * The type that the owner's source names {@code className} and a class of that name in its
   * own package would hide: one of java.lang, or of a package (or class) it imports on demand
   * ({@code import org.rasp4j.*;} makes {@code Sop} mean {@code org.rasp4j.Sop} only while the
   * package has no {@code Sop} of its own). Null when there is none.
   */
  private String hiddenType(ExecutableElement method, String className, String qualified) {
    List<String> scopes = new ArrayList<>();
    scopes.add("java.lang");
    CompilationUnitTree unit = unit(method);
    if (unit != null) {
      for (ImportTree imported : unit.getImports()) {
        if (!imported.isStatic()
            && imported.getQualifiedIdentifier() instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("*")) {
          scopes.add(select.getExpression().toString());
        }
      }
    }
    for (String scope : scopes) {
      String candidate = scope + "." + className;
      if (!candidate.equals(qualified) && elements.getTypeElement(candidate) != null) {
        return candidate;
      }
    }
    return null;
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
    return AnnotationValues.tree(trees, method, "name");
  }

  private CompilationUnitTree unit(ExecutableElement method) {
    return AnnotationValues.unit(trees, method);
  }
}
