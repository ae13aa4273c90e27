package org.rasp4j.processor.fuzz;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Programs written as the source of one class, {@code fuzz.<name>}, to compile together. */
record Batch(String className, List<FuzzProgram> programs) {
  static final String PACKAGE = "fuzz";

  String qualifiedName() {
    return PACKAGE + "." + className;
  }

  String source() {
    StringBuilder source = new StringBuilder();
    source.append("package ").append(PACKAGE).append(";\n\n")
        .append("import static org.rasp4j.Rasp.*;\n\n")
        .append("import org.rasp4j.*;\n")
        .append("import org.rasp4j.annotation.*;\n\n")
        .append("public class ").append(className).append(" {\n");
    for (FuzzProgram program : programs) {
      source.append(program.source());
    }
    return source.append("}\n").toString();
  }

  JavaFileObject file() {
    return JavaFileObjects.forSourceString(qualifiedName(), source());
  }

  /** The program whose source holds {@code line} (1-based) of {@link #source()}, if any. */
  FuzzProgram programAt(long line) {
    long start = 9; // the package, imports and class lines come first
    for (FuzzProgram program : programs) {
      long lines = program.source().lines().count();
      if (line >= start && line < start + lines) {
        return program;
      }
      start += lines;
    }
    return null;
  }

  /** The program whose generated class is {@code simpleName}, if any. */
  FuzzProgram programNamed(String simpleName) {
    for (FuzzProgram program : programs) {
      if (program.className().equals(simpleName)) {
        return program;
      }
    }
    return null;
  }

  Batch without(List<FuzzProgram> failed) {
    List<FuzzProgram> rest = new ArrayList<>(programs);
    rest.removeAll(failed);
    return new Batch(className, rest);
  }
}
