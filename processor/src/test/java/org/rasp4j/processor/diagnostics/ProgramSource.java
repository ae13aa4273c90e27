package org.rasp4j.processor.diagnostics;

import com.google.testing.compile.JavaFileObjects;

/** Builds test sources: a class {@code test.Programs} with the DSL imported statically. */
final class ProgramSource {
  private ProgramSource() {}

  static javax.tools.JavaFileObject of(String... members) {
    StringBuilder text = new StringBuilder();
    text.append("package test;\n")
        .append("import static org.rasp4j.Rasp.*;\n")
        .append("import static org.rasp4j.Library.*;\n")
        .append("import org.rasp4j.*;\n")
        .append("import org.rasp4j.annotation.*;\n")
        .append("public class Programs {\n");
    for (String member : members) {
      text.append(member).append('\n');
    }
    text.append("}\n");
    return JavaFileObjects.forSourceString("test.Programs", text.toString());
  }

}
