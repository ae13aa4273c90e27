package org.rasp4j.processor.frontend;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Keeps the source of a {@code @RaspLibrary} class in its jar, so that programs compiled in other
 * modules can inline its helpers (see {@link HelperSources}).
 */
public final class LibrarySources {
  private LibrarySources() {}

  /** Where a library class's compilation unit is kept, relative to the class path. */
  static String resourceName(TypeElement type) {
    return "META-INF/rasp4j/" + type.getQualifiedName() + ".java";
  }

  /** The top-level class whose name a library class's compilation unit is kept under. */
  public static TypeElement topLevel(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer; // the whole compilation unit is kept, under its top-level class's name
    }
    return top;
  }

  /**
   * Writes the compilation unit of {@code type} to the class output, under META-INF/rasp4j/. A
   * unit is written once per build: the caller keeps each {@link #topLevel} once, since a class
   * and its nested class may both be annotated.
   */
  public static void keep(Trees trees, Filer filer, TypeElement type) {
    TypeElement top = topLevel(type);
    TreePath path = trees.getPath(top);
    if (path == null) {
      throw new IllegalStateException("no source for " + type.getQualifiedName());
    }
    try {
      CharSequence text = path.getCompilationUnit().getSourceFile().getCharContent(true);
      try (Writer writer = filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", resourceName(top), type).openWriter()) {
        writer.append(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the source of " + type.getQualifiedName(), e);
    }
  }
}
