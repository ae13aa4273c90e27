package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;
import org.rasp4j.samples.CompiledProgram;

/**
 * {@code list}: one line per sample program, its name, token type(s), attention layers and heads
 * per layer (merged, as its generated evaluator records them), in columns.
 */
final class ListCommand implements Command {
  @Override
  public void execute(List<String> arguments, PrintStream out) {
    Command.requireNoArguments("list", arguments);
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
  }

  /** "char", "int", or "char|int" for a program written for both. */
  static String tokenTypes(Program program) {
    return String.join("|", program.tokenTypes().stream().map(Object::toString).toList());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
