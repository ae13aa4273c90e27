package org.rasp4j.samples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;
import org.rasp4j.samples.CompiledProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code list}: one line per sample program, its name, token type(s), attention layers and heads
 * per layer (merged, as its generated evaluator records them), in columns.
 */
@Command(
    name = "list",
    description =
        "every sample program: token type(s), attention layers, heads per layer")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Program> programs = Catalog.all();
    int nameWidth = programs.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    int typeWidth = programs.stream().mapToInt(p -> tokenTypes(p).length()).max().orElse(0);
    for (Program program : programs) {
      // The counts the processor computed when it compiled the program.
      CompiledProgram compiled = CompiledProgram.of(program);
      out.println(
          pad(program.name(), nameWidth)
              + "  "
              + pad(tokenTypes(program), typeWidth)
              + "  layers="
              + compiled.attentionLayers()
              + "  heads="
              + compiled.headsPerLayer());
    }
    return 0;
  }

  /** "char", "int", or "char|int" for a program written for both. */
  static String tokenTypes(Program program) {
    return String.join("|", program.tokenTypes().stream().map(Object::toString).toList());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
