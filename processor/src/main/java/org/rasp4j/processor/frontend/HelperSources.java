package org.rasp4j.processor.frontend;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Finds the source of a helper method: in this compilation (javac's trees), or, for a class of
 * another jar marked {@code @RaspLibrary}, in the source the processor kept in that jar under
 * {@code META-INF/rasp4j/}, parsed here on demand.
 */
final class HelperSources {
  /**
   * A method's body and the compilation unit it is read in.
   *
   * @param library whether it comes from a library jar rather than this compilation
   */
  record Source(MethodTree tree, CompilationUnitTree unit, boolean library) {}

  private final Trees trees;
  private final Filer filer;
  private final Map<String, Optional<CompilationUnitTree>> libraries = new HashMap<>();

  HelperSources(Trees trees, Filer filer) {
    this.trees = trees;
    this.filer = filer;
  }

  Optional<Source> find(ExecutableElement method) {
    MethodTree tree = trees.getTree(method);
    TreePath path = trees.getPath(method);
    if (tree != null && path != null && tree.getBody() != null) {
      return Optional.of(new Source(tree, path.getCompilationUnit(), false));
    }
    TypeElement top = outermost(method);
    return library(top).flatMap(unit -> methodIn(unit, method));
  }

  private Optional<CompilationUnitTree> library(TypeElement top) {
    return libraries.computeIfAbsent(top.getQualifiedName().toString(), name -> parse(top));
  }

  private Optional<CompilationUnitTree> parse(TypeElement top) {
    String text;
    try {
      FileObject kept = filer.getResource(StandardLocation.CLASS_PATH, "", LibrarySources.resourceName(top));
      text = kept.getCharContent(true).toString();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // not a @RaspLibrary jar: the caller reports the helper as invisible
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + top.getQualifiedName().toString().replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
    try {
      for (CompilationUnitTree unit : task.parse()) {
        return Optional.of(unit);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The method declaration matching {@code method}: name, and parameter types by simple name. */
  private static Optional<Source> methodIn(CompilationUnitTree unit, ExecutableElement method) {
    List<String> path = enclosingNames(method);
    List<? extends Tree> members = unit.getTypeDecls();
    ClassTree current = null;
    for (String name : path) {
      current = null;
      for (Tree member : members) {
        if (member instanceof ClassTree type && type.getSimpleName().contentEquals(name)) {
          current = type;
        }
      }
      if (current == null) {
        return Optional.empty();
      }
      members = current.getMembers();
    }
    for (Tree member : members) {
      if (member instanceof MethodTree candidate
          && candidate.getName().contentEquals(method.getSimpleName())
          && candidate.getBody() != null
          && sameParameters(candidate, method)) {
        return Optional.of(new Source(candidate, unit, true));
      }
    }
    return Optional.empty();
  }

  private static boolean sameParameters(MethodTree tree, ExecutableElement method) {
    if (tree.getParameters().size() != method.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < tree.getParameters().size(); i++) {
      String written = tree.getParameters().get(i).getType().toString().replaceAll("<.*>", "");
      String declared = method.getParameters().get(i).asType().toString().replaceAll("<.*>", "");
      if (!simple(written).equals(simple(declared))) {
        return false;
      }
    }
    return true;
  }

  private static String simple(String typeName) {
    return typeName.substring(typeName.lastIndexOf('.') + 1).trim();
  }

  private static List<String> enclosingNames(ExecutableElement method) {
    java.util.LinkedList<String> names = new java.util.LinkedList<>();
    for (Element e = method.getEnclosingElement(); e instanceof TypeElement type;
        e = type.getEnclosingElement()) {
      names.addFirst(type.getSimpleName().toString());
    }
    return names;
  }

  private static TypeElement outermost(ExecutableElement method) {
    Element e = method.getEnclosingElement();
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      e = outer;
    }
    return (TypeElement) e;
  }
}
