package org.rasp4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.rasp4j.annotation.RaspProgram;

/** Where a program's {@code @RaspProgram} members are written, so errors can point at them. */
final class AnnotationValues {
  private AnnotationValues() {}

  /**
   * The {@code member = ...} of the method's @RaspProgram, or null when it is not written (then
   * errors are shown on the method).
   */
  static Tree tree(Trees trees, ExecutableElement method, String member) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(RaspProgram.class.getCanonicalName())) {
        continue;
      }
      for (var entry : mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(member)) {
          return trees.getTree(method, mirror, entry.getValue());
        }
      }
    }
    return null;
  }

  /** The compilation unit of the method's source, or null for a method read from a class file. */
  static CompilationUnitTree unit(Trees trees, ExecutableElement method) {
    TreePath path = trees.getPath(method);
    return path == null ? null : path.getCompilationUnit();
  }
}
